package diplograph.extract.fact;

import diplograph.extract.Tokens;
import diplograph.extract.mention.ArticleDates;
import diplograph.extract.mention.DateMention;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.Communication;
import diplograph.model.Entity;
import diplograph.model.Evidence;
import diplograph.model.Mention;
import diplograph.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads messages, greetings and congratulations from the communication cues of the lexicon: the
 * subject passes it on, "from X" is the sender, "to X" (or the object of "congratulated") the
 * recipient, "on [the occasion of] Y" the occasion. Dates come from the sentence, else the
 * publication date, since such exchanges are reported on the day they happen.
 */
public final class CommunicationExtractor {

    private static final int SUBJECT_GAP = 4;
    private static final int REACH = 12;

    private final Lexicon lexicon;

    public CommunicationExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Communication> extract(AnalysedArticle a, ArticleDates dates, List<PersonResolver.Resolved> persons, List<Mention> states,
                                Salience salience) {
        List<Communication> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (var cue : lexicon.communications().findAll(a.tokens(), s.tokens().start(), s.tokens().end(),
                    a.article().text())) {
                Entity subject = subject(a, s, cue.start(), persons, salience);
                int end = Math.min(s.tokens().end(), cue.end() + REACH);
                Entity from = after(a, persons, states, "from", cue.end(), end);
                Entity to = after(a, persons, states, "to", cue.end(), end);
                if (cue.value().equals("congratulation") && to == null) {
                    to = at(persons, states, skipDeterminers(a, cue.end()));
                }
                Entity sender = from != null ? from : subject;
                Entity via = from != null ? subject : null;
                // An event needs a person taking part; a state alone ("from Kazakhstan") is not one.
                if (!isPerson(sender) && !isPerson(via)) {
                    continue;
                }
                LocalDate date = dates.in(s).stream().map(DateMention::date).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(a.article().published());
                found.add(new Communication(cue.value(), sender, to, via, occasion(a, s, cue.end()), date,
                        new Evidence(s.index(), s.span(), "communication.cue.v1", 0.8)));
            }
        }
        return found;
    }

    private static boolean isPerson(Entity e) {
        return e != null && e.kind() == diplograph.model.EntityKind.PERSON;
    }

    private static Entity subject(AnalysedArticle a, Sentence s, int cue, List<PersonResolver.Resolved> persons,
                                  Salience salience) {
        Entity subject = null;
        for (PersonResolver.Resolved r : persons) {
            if (r.mention().sentence() == s.index() && r.mention().end() <= cue) {
                if (subject == null || cue - r.mention().end() <= SUBJECT_GAP) {
                    subject = r.person();
                }
            }
        }
        if (subject == null) {
            for (int i = s.tokens().start(); i < cue; i++) {
                if (Salience.isPronoun(a, i)) {
                    return salience.resolve(i, s.index());
                }
            }
        }
        return subject;
    }

    private static Entity after(AnalysedArticle a, List<PersonResolver.Resolved> persons, List<Mention> states,
                                String preposition, int from, int end) {
        for (int i = from; i < end; i++) {
            if (Tokens.is(a.tokens(), i, preposition)) {
                return at(persons, states, skipDeterminers(a, i + 1));
            }
        }
        return null;
    }

    private static int skipDeterminers(AnalysedArticle a, int i) {
        while (i < a.tokens().size() && a.tokens().get(i).pos().equals("DET")) {
            i++;
        }
        return i;
    }

    private static Entity at(List<PersonResolver.Resolved> persons, List<Mention> states, int token) {
        for (PersonResolver.Resolved r : persons) {
            if (r.mention().start() == token) {
                return r.person();
            }
        }
        for (Mention m : states) {
            if (m.tokens().start() == token) {
                return m.entity();
            }
        }
        return null;
    }

    /** "on the occasion of Eid al-Adha", "on Eid al-Adha": the capitalised name after it. */
    private String occasion(AnalysedArticle a, Sentence s, int from) {
        for (int i = from; i < s.tokens().end(); i++) {
            if (Tokens.is(a.tokens(), i, "on")) {
                int j = i + 1;
                if (Tokens.is(a.tokens(), j, "the") && Tokens.is(a.tokens(), j + 1, "occasion") && Tokens.is(a.tokens(), j + 2, "of")) {
                    j += 3;
                }
                int k = j;
                // A capitalised name, its hyphens and lowercase particles: "Eid al-Adha".
                while (k < s.tokens().end() && (a.tokens().get(k).isCapitalized()
                        || k > j && Tokens.is(a.tokens(), k, "-") && Tokens.touching(a.tokens(), k)
                        || k > j && lexicon.isNameParticle(a.tokens().get(k).text()))) {
                    k++;
                }
                if (k > j) {
                    return Tokens.text(a, j, k);
                }
            }
        }
        return null;
    }
}
