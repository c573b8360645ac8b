package diplograph.extract.resolve;

import diplograph.extract.Tokens;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.CharSpan;
import diplograph.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Who "he" or "she" is: the person most recently mentioned before a point of the article,
 * outside quotations (a name inside someone's quote is not who is speaking or acting).
 */
public final class Salience {

    private static final List<String> PRONOUNS = List.of("he", "she");

    private final List<PersonResolver.Resolved> outsideQuotes = new ArrayList<>();
    private final AnalysedArticle a;
    private final PhraseMatcher<String> speechVerbs;

    /**
     * @param speechVerbs verbs of saying, after which a person opens the clause said ("officials said
     *                    Abdullah would meet …"): its subject
     */
    public Salience(AnalysedArticle a, List<PersonResolver.Resolved> persons, List<CharSpan> quotations,
                    PhraseMatcher<String> speechVerbs) {
        this.a = a;
        this.speechVerbs = speechVerbs;
        for (PersonResolver.Resolved r : persons) {
            int begin = a.tokens().get(r.mention().start()).span().begin();
            if (quotations.stream().noneMatch(q -> q.contains(begin))) {
                outsideQuotes.add(r);
            }
        }
    }

    /**
     * Who "the two ministers" or "both sides" are: the participants of the last event reported at
     * or before sentence {@code sentence}.
     */
    public static List<Entity> participantsBefore(List<diplograph.model.Event> events, int sentence) {
        diplograph.model.Event last = null;
        for (diplograph.model.Event e : events) {
            if (e.evidence().sentence() <= sentence
                    && (last == null || e.evidence().sentence() >= last.evidence().sentence())) {
                last = e;
            }
        }
        return last == null ? List.of() : last.participants();
    }

    public static boolean isPronoun(AnalysedArticle a, int token) {
        return Tokens.isAny(a.tokens(), token, PRONOUNS);
    }

    /**
     * Who a pronoun at {@code token} refers to: the subject (first person mentioned, outside
     * quotations, that is not the object of a preposition or verb nor a possessor) of its own sentence before it, else of the closest earlier sentence that
     * mentions a person. Subjects stay in focus across sentences; the last name mentioned often
     * does not ("…conveyed greetings from President Tokayev. He congratulated…" is not Tokayev).
     */
    public Entity resolve(int token, int sentence) {
        return resolve(token, sentence, java.util.Set.of());
    }

    /**
     * As {@link #resolve(int, int)}, passing over the persons {@code excluded}: the speaker of
     * "“I cannot accept Uribe's lies,” he said" is not Uribe, who is spoken of.
     */
    public Entity resolve(int token, int sentence, java.util.Set<Entity> excluded) {
        // A subject within the last few sentences first: "When challenged by Bollinger, he said"
        // after a sentence that Ahmadinejad opens is Ahmadinejad; else the first person named in
        // the nearest sentence that names one.
        PersonResolver.Resolved nearest = null;
        for (int k = sentence; k >= 0; k--) {
            PersonResolver.Resolved first = null;
            for (PersonResolver.Resolved r : outsideQuotes) {
                if (excluded.contains(r.person())) {
                    continue;
                }
                if (r.mention().sentence() == k && (k < sentence || r.mention().end() <= token)) {
                    if (subjectLike(r)) {
                        return r.person();
                    }
                    if (first == null) {
                        first = r;
                    }
                }
            }
            if (nearest == null) {
                nearest = first;
            }
            if (nearest != null && sentence - k >= SUBJECT_REACH) {
                break;
            }
        }
        return nearest == null ? null : nearest.person();
    }

    /** Whether the word at {@code k} is a verb of saying, or the "that" after one: what follows opens the clause said. */
    private boolean opensReportedClause(int k) {
        int verb = Tokens.is(a.tokens(), k, "that") ? k - 1 : k;
        return speechVerbs.endingAt(a.tokens(), verb - 2, verb + 1, a.article().text()) != null;
    }

    /** How many sentences back a subject is preferred to a nearer person who is no subject. */
    private static final int SUBJECT_REACH = 3;

    /**
     * Whether a mention can be its clause's subject: not the object of a preposition or a verb
     * ("with Prime Minister Paul Martin, Bush said", "Welcoming President Sarkozy, Bush says") and
     * not a possessor ("Bush's speech").
     */
    private boolean subjectLike(PersonResolver.Resolved r) {
        int before = r.mention().start() - 1;
        if (before >= 0 && a.sentences().get(r.mention().sentence()).tokens().start() <= before) {
            String pos = a.tokens().get(before).pos();
            if ((pos.equals("ADP") || pos.equals("VERB")) && !opensReportedClause(before)) {
                return false;
            }
        }
        return !Tokens.isAny(a.tokens(), r.mention().end(), List.of("'s", "’s", "'"));
    }
}
