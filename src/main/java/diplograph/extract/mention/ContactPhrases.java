package diplograph.extract.mention;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.EventKind;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the phrases of a sentence that report a contact: an event verb of the lexicon ("met with",
 * "spoke"), a light verb with a contact noun ("had an extended telephone conversation with", "held
 * talks"), or a contact noun before "between" ("talks were held in Sochi between A and B").
 */
public final class ContactPhrases {

    /**
     * An event phrase.
     *
     * @param start    first token
     * @param end      token after the phrase (after "with" or "between" when they close it)
     * @param kind     the kind it reports
     * @param inPerson the kind when the sentence places the contact ("spoke with X in Rome"), or null
     * @param between  whether all participants follow the phrase ("talks between A and B")
     * @param ownerFirst whether the phrase is the noun of the sentence's subject ("A discussed …
     *                 during his telephone conversations with B"): the subject is then the sentence's
     *                 first person
     * @param parseOnly whether only the sentence's parse can say who took part: a contact noun
     *                 the surface patterns do not place ("before opening talks with B", "had a
     *                 second, hour-long telephone conversation with B")
     * @param channel  whether the phrase is a channel cue on a verb that names no contact of its
     *                 own ("congratulated B by telephone"): the verb's subject and the persons it
     *                 addresses took part (parse only)
     */
    public record Phrase(int start, int end, EventKind kind, EventKind inPerson, boolean between, boolean ownerFirst,
                         boolean parseOnly, boolean channel) {

        Phrase(int start, int end, EventKind kind, EventKind inPerson, boolean between, boolean ownerFirst) {
            this(start, end, kind, inPerson, between, ownerFirst, false, false);
        }
    }

    private static final List<String> OWNERS = List.of("his", "her", "their");
    private static final List<String> PREPOSITIONS = List.of("in", "during", "at", "In", "During", "At");

    /** Articles, adjectives and adverbs between a light verb and its noun: "had an extended". */
    private static final int MAX_MODIFIERS = 4;
    /** How far "between" may follow its noun: "talks were held in Sochi between". */
    private static final int BETWEEN_GAP = 6;

    private final Lexicon lexicon;

    public ContactPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The phrases of every sentence, by sentence index: found once, read by persons and events. */
    public List<List<Phrase>> find(AnalysedArticle a) {
        List<List<Phrase>> all = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            all.add(find(a, s));
        }
        return all;
    }

    public List<Phrase> find(AnalysedArticle a, Sentence s) {
        List<Phrase> found = new ArrayList<>();
        int end = s.tokens().end();
        for (int i = s.tokens().start(); i < end; ) {
            Phrase p = at(a, s.tokens().start(), i, end);
            if (p != null) {
                found.add(p);
                i = p.end();
            } else {
                i++;
            }
        }
        if (parsed(a, s)) {
            found.addAll(nounsLeft(a, s, found));
            found.addAll(channelsLeft(a, s, found));
            found.sort(java.util.Comparator.comparingInt(Phrase::start));
        }
        return found;
    }

    /**
     * The channel cues of a call or videoconference on a verb no phrase above took, for the parse
     * to read: "congratulated B by telephone", "told B over the phone that …", "lodged a protest
     * via telephone with B".
     */
    private List<Phrase> channelsLeft(AnalysedArticle a, Sentence s, List<Phrase> taken) {
        List<Phrase> left = new ArrayList<>();
        String text = a.article().text();
        for (var cue : lexicon.channelCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), text)) {
            int verb = channelVerb(a, cue.end() - 1);
            if (!Lexicon.isRemoteChannel(cue) || verb < 0
                    || taken.stream().anyMatch(p -> p.start() < cue.end() && cue.start() < p.end()
                            || p.start() <= verb && verb < p.end())) {
                continue;
            }
            left.add(new Phrase(cue.start(), cue.end(), cue.value(), null, false, false, true, true));
        }
        return left;
    }

    /**
     * The contact nouns no phrase above took, for the parse to read: "before opening talks with
     * B", "had a second, hour-long telephone conversation with B", "went into a meeting with B".
     */
    private List<Phrase> nounsLeft(AnalysedArticle a, Sentence s, List<Phrase> taken) {
        List<Phrase> left = new ArrayList<>();
        String text = a.article().text();
        for (int i = s.tokens().start(); i < s.tokens().end(); ) {
            int at = i;
            boolean covered = taken.stream().anyMatch(p -> p.start() <= at && at < p.end());
            PhraseMatcher.Match<EventKind> noun = covered ? null : lexicon.contactNouns().matchAt(a.tokens(), i, text);
            if (noun != null && noun.end() <= s.tokens().end()) {
                left.add(new Phrase(i, noun.end(), noun.value(), lexicon.inPersonKind(noun.phrase()), false, false, true, false));
                i = noun.end();
            } else {
                i++;
            }
        }
        return left;
    }

    /**
     * The verb a channel cue's last word hangs on, also through the verb's object ("lodged a
     * protest via telephone with B"); -1 when it hangs on no verb.
     */
    public static int channelVerb(AnalysedArticle a, int cueWord) {
        int h = a.dependencies().head(cueWord);
        if (h >= 0 && !a.tokens().get(h).pos().equals("VERB") && a.dependencies().relation(h).equals("obj")) {
            h = a.dependencies().head(h);
        }
        return h >= 0 && a.tokens().get(h).pos().equals("VERB") ? h : -1;
    }

    private static boolean parsed(AnalysedArticle a, Sentence s) {
        for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
            if (a.dependencies().head(i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Phrase at(AnalysedArticle a, int sentenceStart, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        PhraseMatcher.Match<EventKind> verb = lexicon.triggers().matchAt(t, i, text);
        Phrase construction = lightVerbAt(a, i, end, i == sentenceStart);
        if (construction != null && (verb == null || construction.end() >= verb.end())) {
            return construction;
        }
        if (verb != null && verb.end() <= end) {
            if (verb.phrase().endsWith(" on") && demandFollows(t, verb.end(), end)) {
                return null; // "called on President Putin to withdraw": a demand, not a courtesy call
            }
            if (verb.value() == EventKind.PHONE_CALL && namesAContact(a, verb.end(), end)) {
                return null; // "called the meeting with Lavrov 'sincere'": the verb names it, it is no call
            }
            return new Phrase(i, verb.end(), verb.value(), lexicon.inPersonKind(verb.phrase()), false, false);
        }
        Phrase prepositional = nounAfterAt(a, i, end);
        if (prepositional != null) {
            return prepositional;
        }
        PhraseMatcher.Match<EventKind> noun = lexicon.contactNouns().matchAt(t, i, text);
        if (noun != null) {
            for (int k = noun.end(); k < Math.min(end, noun.end() + BETWEEN_GAP); k++) {
                if (Tokens.is(t, k, "between")) {
                    return new Phrase(i, k + 1, noun.value(), lexicon.inPersonKind(noun.phrase()), true, false);
                }
                if (t.get(k).pos().equals("PUNCT")) {
                    break;
                }
            }
        }
        return null;
    }

    /** Words that may open the object of "called" before its noun: "the", "his", "Tuesday's", "first". */
    private static final int OBJECT_MODIFIERS = 3;

    /**
     * Whether the object of a call verb is a contact ("called the meeting … 'sincere and
     * constructive'", "called the talks frank"): the verb then says what the contact was, not that a
     * call took place. The object opens with a determiner or a possessive, then at most a few
     * modifiers before the contact noun.
     */
    private boolean namesAContact(AnalysedArticle a, int from, int end) {
        List<Token> t = a.tokens();
        if (from >= end || !(t.get(from).pos().equals("DET") || t.get(from).pos().equals("PRON"))) {
            return false;
        }
        for (int k = from + 1; k < Math.min(end, from + 1 + OBJECT_MODIFIERS); k++) {
            if (lexicon.contactNouns().matchAt(t, k, a.article().text()) != null) {
                return true;
            }
            String pos = t.get(k).pos();
            if (!(pos.equals("ADJ") || pos.equals("NUM") || pos.equals("PART"))) {
                return false;
            }
        }
        return false;
    }

    /** Tokens of an object between "called on" and the infinitive of a demand: "on the President of Russia to". */
    private static final int DEMAND_OBJECT_REACH = 12;

    /**
     * Whether an infinitive follows the object after {@code from} within its clause ("called on
     * President Putin to withdraw"; not "called on President Joko Widodo in Jakarta today").
     */
    public static boolean demandFollows(List<Token> t, int from, int end) {
        for (int k = from; k < Math.min(end - 1, from + DEMAND_OBJECT_REACH); k++) {
            if (t.get(k).pos().equals("PUNCT") && !Tokens.is(t, k, ",") || t.get(k).pos().equals("VERB")) {
                return false;
            }
            if (Tokens.is(t, k, "to") && (t.get(k + 1).pos().equals("VERB") || t.get(k + 1).pos().equals("AUX"))) {
                return true;
            }
        }
        return false;
    }

    /** "had an extended telephone conversation with", "held talks". */
    private Phrase lightVerbAt(AnalysedArticle a, int i, int end, boolean opensSentence) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        PhraseMatcher.Match<String> light = lexicon.lightVerbs().matchAt(t, i, text);
        if (light == null) {
            return null;
        }
        // (A light verb opening its sentence is a participle: "Held at Kyrgyzstan's initiative, the
        // telephone conversation between A and B …" has no adjunct between a verb and its noun.)
        int j = opensSentence ? light.end() : afterAdjunct(t, light.end(), end);
        for (int m = 0; m <= MAX_MODIFIERS && j < end; m++) {
            PhraseMatcher.Match<EventKind> noun = lexicon.contactNouns().matchAt(t, j, text);
            if (noun != null && noun.end() <= end) {
                int e = Tokens.is(t, noun.end(), "with") ? noun.end() + 1 : noun.end();
                return new Phrase(i, e, noun.value(), lexicon.inPersonKind(noun.phrase()), false, false);
            }
            if (joinsModifiers(t, j)) {
                // "had a second, hour-long telephone conversation with": commas and hyphens between
                // modifiers are not words of their own.
                m--;
            } else if (!modifier(t.get(j))) {
                return null;
            }
            j++;
        }
        return null;
    }

    /** Prepositions that open a phrase of time or place between a light verb and its noun. */
    private static final List<String> ADJUNCT_OPENERS = List.of("on", "at", "in");
    /** How long such a phrase may be: "on Thursday at the headquarters of the Presidency of the Republic". */
    private static final int ADJUNCT_REACH = 16;

    /**
     * After a phrase of time or place set off by commas between a light verb and its noun ("held,
     * on October 26, 2023 in Prague, a joint press conference"; "held on Thursday at the
     * headquarters of the Presidency of the Republic, talks with"), else {@code j}.
     */
    private static int afterAdjunct(List<Token> t, int j, int end) {
        int k = Tokens.is(t, j, ",") ? j + 1 : j;
        if (!Tokens.isAny(t, k, ADJUNCT_OPENERS)) {
            return j;
        }
        for (int i = k + 1; i < Math.min(end, k + ADJUNCT_REACH); i++) {
            String pos = t.get(i).pos();
            if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("PRON")) {
                return j;
            }
            if (Tokens.is(t, i, ",") && !t.get(i - 1).pos().equals("NUM")) {
                return i + 1;
            }
        }
        return j;
    }

    /** A comma between two modifiers, or a hyphen inside one ("hour-long"). */
    private static boolean joinsModifiers(List<Token> t, int j) {
        return Tokens.is(t, j, ",") || (Tokens.is(t, j, "-") && Tokens.touching(t, j) && Tokens.touching(t, j + 1));
    }

    /** "an extended", "a brief", "their": small lower-case words before a contact noun. */
    private static boolean modifier(Token tok) {
        String pos = tok.pos();
        // The tagger's tags on the parts of a hyphenated modifier ("hour/PUNCT - long/ADV") vary.
        return !tok.isCapitalized() && (pos.equals("DET") || pos.equals("ADJ") || pos.equals("ADV")
                || pos.equals("NUM") || pos.equals("NOUN") || pos.equals("PRON")
                || tok.text().chars().allMatch(Character::isLowerCase) && !pos.startsWith("VERB") && !pos.startsWith("ADP"));
    }

    /**
     * "shared opinions in a telephone conversation", "during his telephone conversations with B":
     * a contact noun after a preposition, its participants the subject before it and the persons
     * after "with".
     */
    private Phrase nounAfterAt(AnalysedArticle a, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        if (!Tokens.isAny(t, i, PREPOSITIONS)) {
            return null;
        }
        boolean owner = false;
        for (int j = i + 1; j < end && j <= i + 1 + MAX_MODIFIERS; j++) {
            PhraseMatcher.Match<EventKind> noun = lexicon.contactNouns().matchAt(t, j, text);
            if (noun != null && noun.end() <= end && j > i + 1) {
                if (Tokens.is(t, noun.end(), "between")) {
                    // "was reached at a meeting between A and B": the persons after "between" are its participants.
                    return new Phrase(i, noun.end() + 1, noun.value(), lexicon.inPersonKind(noun.phrase()), true, false);
                }
                int e = Tokens.is(t, noun.end(), "with") ? noun.end() + 1 : noun.end();
                return new Phrase(i, e, noun.value(), lexicon.inPersonKind(noun.phrase()), false, owner);
            }
            owner |= Tokens.isAny(t, j, OWNERS);
            if (!modifier(t.get(j))) {
                return null;
            }
        }
        return null;
    }
}
