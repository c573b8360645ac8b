package diplograph.analyse;

/**
 * Attachment scores of parses against a treebank's gold trees: UAS (the right head) and LAS (the
 * right head and relation, subtypes included: "nmod:poss" is not "nmod"), over every word and
 * over the words whose gold relation is not "punct". {@link #lasBase} compares relations without
 * their subtypes, as the CoNLL 2018 shared task's LAS does. Not thread-safe.
 */
public final class ParseScore {

    private long words;
    private long heads;
    private long labelled;
    private long labelledBase;
    private long wordsNoPunct;
    private long headsNoPunct;
    private long labelledNoPunct;

    void add(TreebankSentence gold, DependencyParser.ParsedSentence parsed) {
        for (int i = 0; i < gold.size(); i++) {
            boolean head = parsed.head(i) == gold.heads()[i];
            boolean label = head && parsed.relation(i).equals(gold.relations()[i]);
            boolean base = head && base(parsed.relation(i)).equals(base(gold.relations()[i]));
            words++;
            heads += head ? 1 : 0;
            labelled += label ? 1 : 0;
            labelledBase += base ? 1 : 0;
            if (!gold.relations()[i].equals("punct")) {
                wordsNoPunct++;
                headsNoPunct += head ? 1 : 0;
                labelledNoPunct += label ? 1 : 0;
            }
        }
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    public long words() {
        return words;
    }

    public double uas() {
        return ratio(heads, words);
    }

    public double las() {
        return ratio(labelled, words);
    }

    /** LAS with relations compared without their subtypes. */
    public double lasBase() {
        return ratio(labelledBase, words);
    }

    public double uasNoPunct() {
        return ratio(headsNoPunct, wordsNoPunct);
    }

    public double lasNoPunct() {
        return ratio(labelledNoPunct, wordsNoPunct);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "UAS %.2f LAS %.2f (no punct: UAS %.2f LAS %.2f; LAS without subtypes %.2f) over %d words",
                uas(), las(), uasNoPunct(), lasNoPunct(), lasBase(), words);
    }
}
