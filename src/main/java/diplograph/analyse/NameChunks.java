package diplograph.analyse;

import diplograph.model.Token;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs of capitalised words read as one name when a sentence is parsed: "Peruvian President Ana
 * Ruiz", "Secretary of State Antony J. Blinken", "His Highness the Amir of Kuwait Sheikh Nawaf
 * Al-Ahmad Al-Jaber Al-Sabah". The parser learned from web text, where long titled names are rare;
 * given one word for each such run (its last word, a proper noun) it parses the clause around it
 * as it parses short names, and each run's other words hang on that last word as {@code flat}.
 * The runs are found from spelling and tags alone: capitalised words, initials, and inside a run
 * "of", "the", particles and touching hyphens between capitalised words; day and month names,
 * function words and a possessive end a run.
 */
final class NameChunks {

    /** Tags a capitalised word of a name never has: sentence-initial "The", "In", "He". */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART",
            "NUM", "PUNCT", "SYM", "INTJ");
    /** Lower-case words that may stand inside a name, between capitalised words. */
    private static final Set<String> INNER = Set.of("of", "the", "al", "el", "bin", "ibn", "de", "da", "do", "dos",
            "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "y", "for");
    private static final Set<String> CALENDAR = Stream.concat(
            Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
            .collect(Collectors.toUnmodifiableSet());

    /** Each token's run: {@code end[i]} is the token after the run starting at {@code i}, or i+1. */
    private final int[] runEnd;
    /** For every token, the index of the word standing for it in the parser's input. */
    private final int[] reducedIndex;
    private final int reducedSize;

    NameChunks(List<Token> sentence) {
        int n = sentence.size();
        runEnd = new int[n];
        reducedIndex = new int[n];
        int r = 0;
        for (int i = 0; i < n; ) {
            int end = runFrom(sentence, i);
            runEnd[i] = end;
            for (int k = i; k < end; k++) {
                reducedIndex[k] = r;
            }
            r++;
            i = end;
        }
        reducedSize = r;
    }

    /** The end of the name run starting at {@code i}: a run of two words or more, else {@code i + 1}. */
    private static int runFrom(List<Token> t, int i) {
        if (!nameWord(t.get(i))) {
            return i + 1;
        }
        int end = i + 1;
        int j = i + 1;
        while (j < t.size()) {
            if (nameWord(t.get(j)) || innerNameWord(t.get(j))) {
                end = ++j;
                continue;
            }
            // "Al-Sabah", "Jean-Noël": a hyphen touching capitalised words on both sides.
            if (isHyphen(t.get(j)) && touching(t, j) && j + 1 < t.size() && touching(t, j + 1) && nameWord(t.get(j + 1))) {
                j += 2;
                end = j;
                continue;
            }
            // "Secretary of State", "Speaker of the National Assembly", "Marzouq al Ghanem".
            int k = j;
            while (k < t.size() && INNER.contains(t.get(k).text()) && k - j < 2) {
                k++;
            }
            if (k > j && k < t.size() && nameWord(t.get(k))) {
                j = k;
                continue;
            }
            break;
        }
        return end - i >= 2 ? end : i + 1;
    }

    private static boolean nameWord(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || CALENDAR.contains(w)) {
            return false;
        }
        String tag = t.pos();
        int plus = tag.indexOf('+');
        String base = plus < 0 ? tag : tag.substring(0, plus);
        return !FUNCTION_TAGS.contains(base) || w.length() > 1 && w.endsWith(".");
    }

    /** Words that stay function words even capitalised inside a run ("The Hague" excepted: it opens one). */
    private static final Set<String> CLOSED = Set.of("the", "of", "and", "or", "in", "on", "at", "for", "to", "by",
            "with", "a", "an", "from", "as", "but");

    /**
     * A capitalised word inside a run, whatever its tag: the tagger's pronoun or preposition on a
     * foreign name ("Yang/PRON Jiechi", "Celso/ADP Amorim") is not trusted there.
     */
    private static boolean innerNameWord(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0))
                && !CALENDAR.contains(w) && !CLOSED.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isHyphen(Token t) {
        return t.text().equals("-") || t.text().equals("‑");
    }

    private static boolean touching(List<Token> t, int i) {
        return t.get(i - 1).span().end() == t.get(i).span().begin();
    }

    /** The words the parser reads: one per token outside runs, the last word of each run. */
    String[] words(List<Token> sentence) {
        String[] words = new String[reducedSize];
        for (int i = 0; i < sentence.size(); i++) {
            words[reducedIndex[i]] = sentence.get(i).text();
        }
        return words;
    }

    /** The tags the parser reads: a run is a proper noun. */
    String[] tags(List<Token> sentence) {
        String[] tags = new String[reducedSize];
        for (int i = 0; i < sentence.size(); ) {
            int end = runEnd[i];
            tags[reducedIndex[i]] = end - i >= 2 ? "PROPN" : sentence.get(i).pos();
            i = end;
        }
        return tags;
    }

    /** The head of each token of the sentence (sentence-relative, -1 for the root) from the parse of the reduced words. */
    void expand(DependencyParser.ParsedSentence tree, int sentenceSize, int[] heads, String[] relations) {
        int[] lastOf = new int[reducedSize];
        for (int i = 0; i < sentenceSize; ) {
            int end = runEnd[i];
            lastOf[reducedIndex[i]] = end - 1;
            i = end;
        }
        for (int i = 0; i < sentenceSize; ) {
            int end = runEnd[i];
            int last = end - 1;
            int r = reducedIndex[i];
            heads[last] = tree.head(r) < 0 ? -1 : lastOf[tree.head(r)];
            relations[last] = tree.relation(r);
            for (int k = i; k < last; k++) {
                heads[k] = last;
                relations[k] = "flat";
            }
            i = end;
        }
    }
}
