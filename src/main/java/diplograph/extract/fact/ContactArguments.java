package diplograph.extract.fact;

import diplograph.extract.Clauses;
import diplograph.extract.mention.ContactPhrases;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.Token;
import diplograph.model.TokenSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who took part in a contact, read from the sentence's dependency parse rather than from the
 * words next to the phrase: the subject of the contact's verb (or of the clause a participle
 * hangs on: "A attended the ceremony after holding talks with B"), its object, the persons of its
 * "with", "between" and passive "by" phrases, each with what is coordinated with it ("A and B
 * met"), and for a contact noun its owner ("A's talks with B", "A told reporters after his
 * meeting with B"). Which preposition says what is data ({@code contact-roles.tsv}); so are the
 * nouns that stand for persons ({@code contact-objects.tsv}: "a delegation led by B", "the
 * credentials of the ambassadors …") and the group words ("the two leaders": the participants
 * of the contact reported before).
 */
final class ContactArguments {

    private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");

    private final Lexicon lexicon;

    ContactArguments(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What the parse says of one contact phrase.
     *
     * @param anchor    the predicate: the verb, or the contact noun of a nominal contact
     * @param subjects  the persons of its subject or owner
     * @param others    the persons it takes as object, with-, between- or by-phrase
     * @param each      groups of persons that each had a contact of their own with the subjects
     *                  (the ambassadors of a credentials ceremony)
     * @param modality  what the parse says of whether it happened, or {@code null} for happened
     * @param last      the last token of the phrases read (where channel cues end)
     */
    record Reading(int anchor, List<Entity> subjects, List<Entity> others, List<Entity> each,
                   Lexicon.Modality modality, int last) {

        List<Entity> participants() {
            Set<Entity> all = new LinkedHashSet<>(subjects);
            all.addAll(others);
            return List.copyOf(all);
        }
    }

    /** The article-wide inputs of every reading. */
    static final class Context {
        final AnalysedArticle article;
        final Clauses clauses;
        final PersonResolver.Resolved[] personAt;
        final Salience salience;

        Context(AnalysedArticle a, Clauses clauses, List<PersonResolver.Resolved> persons, Salience salience) {
            this.article = a;
            this.clauses = clauses;
            this.salience = salience;
            this.personAt = new PersonResolver.Resolved[a.tokens().size()];
            for (PersonResolver.Resolved r : persons) {
                for (int i = r.mention().start(); i < r.mention().end(); i++) {
                    personAt[i] = r;
                }
            }
        }
    }

    /** The reading of a phrase, or {@code null} when the article has no parse. */
    Reading read(Context x, ContactPhrases.Phrase p, int sentence, List<Event> earlier) {
        Clauses c = x.clauses;
        if (!c.parsed()) {
            return null;
        }
        int anchor = c.headOf(p.start(), p.end());
        if (anchor < 0) {
            return null;
        }
        Token head = x.article.tokens().get(anchor);
        List<Entity> subjects = new ArrayList<>();
        List<Entity> others = new ArrayList<>();
        List<Entity> each = new ArrayList<>();
        int[] last = {p.end() - 1};
        Lexicon.Modality modality;
        if (VERB_TAGS.contains(head.pos()) || c.subject(anchor) >= 0) {
            modality = verbal(x, anchor, sentence, earlier, subjects, others, each, last);
        } else {
            modality = nominal(x, anchor, sentence, earlier, subjects, others, last);
        }
        others.removeAll(subjects);
        return new Reading(anchor, List.copyOf(new LinkedHashSet<>(subjects)), List.copyOf(new LinkedHashSet<>(others)),
                List.copyOf(new LinkedHashSet<>(each)), modality, last[0]);
    }

    /** "A met B", "A held talks with B", "A was received by B", "after holding talks with B". */
    private Lexicon.Modality verbal(Context x, int v, int sentence, List<Event> earlier, List<Entity> subjects,
                                    List<Entity> others, List<Entity> each, int[] last) {
        Clauses c = x.clauses;
        subjects.addAll(persons(x, c.clauseSubject(v), sentence, earlier, last));
        for (int o : c.all(v, "obj", "iobj")) {
            PhraseMatcher.Match<String> object = lexicon.contactObjects().matchAt(x.article.tokens(), o, x.article.article().text());
            if (object != null) {
                List<Entity> named = inside(x, o, last);
                (object.value().equals("each") ? each : others).addAll(named);
            } else if (lexicon.contactNouns().matchAt(x.article.tokens(), o, x.article.article().text()) != null) {
                // "held talks with B", "had a second, hour-long telephone conversation with B".
                others.addAll(participantPhrases(x, o, sentence, earlier, last));
                for (int poss : possessors(c, o)) {
                    subjects.addAll(persons(x, poss, sentence, earlier, last));
                }
            } else {
                others.addAll(persons(x, o, sentence, earlier, last));
            }
        }
        for (int s : c.all(v, "nsubj")) {
            // "Talks were held between A and B": the contact noun is the passive's subject.
            if (c.passive(v) && lexicon.contactNouns().matchAt(x.article.tokens(), s, x.article.article().text()) != null) {
                others.addAll(participantPhrases(x, s, sentence, earlier, last));
            }
        }
        others.addAll(participantPhrases(x, v, sentence, earlier, last));
        if (c.passive(v)) {
            for (int agent : c.all(v, "obl")) {
                if ("agent".equals(lexicon.contactRole(c.preposition(agent)))) {
                    others.addAll(persons(x, agent, sentence, earlier, last));
                }
            }
        }
        return verbModality(x, v);
    }

    /** "the meeting between A and B", "A's talks with B", "A told reporters after his meeting with B". */
    private Lexicon.Modality nominal(Context x, int n, int sentence, List<Event> earlier, List<Entity> subjects,
                                     List<Entity> others, int[] last) {
        Clauses c = x.clauses;
        others.addAll(participantPhrases(x, n, sentence, earlier, last));
        for (int poss : possessors(c, n)) {
            subjects.addAll(persons(x, poss, sentence, earlier, last));
        }
        Lexicon.Modality modality = nounModality(x, n);
        boolean between = c.prepositional(n, List.of("between", "among")).size() > 0;
        int g = c.head(n);
        if (!between && subjects.isEmpty() && g >= 0) {
            String rel = c.relation(n);
            String role = rel.equals("obl") || rel.equals("nmod") ? lexicon.contactRole(c.preposition(n)) : null;
            boolean light = rel.equals("obj") && lexicon.lightVerbs().matchAt(x.article.tokens(), g, x.article.article().text()) != null;
            if ("owner".equals(role) && rel.equals("obl") || light) {
                subjects.addAll(persons(x, c.clauseSubject(g), sentence, earlier, last));
                if (light) {
                    others.addAll(participantPhrases(x, g, sentence, earlier, last));
                }
            } else if ("planned".equals(role)) {
                modality = Lexicon.Modality.PLANNED;
            }
            if (light && modality == null) {
                modality = verbModality(x, g);
            }
        }
        return modality;
    }

    /** The persons of the with-, between- and among-phrases hanging from {@code head}. */
    private List<Entity> participantPhrases(Context x, int head, int sentence, List<Event> earlier, int[] last) {
        List<Entity> found = new ArrayList<>();
        for (int k : x.clauses.children(head)) {
            String rel = x.clauses.relation(k);
            if ((rel.equals("obl") || rel.equals("nmod"))
                    && "participant".equals(lexicon.contactRole(x.clauses.preposition(k)))) {
                found.addAll(persons(x, k, sentence, earlier, last));
            }
        }
        return found;
    }

    private static List<Integer> possessors(Clauses c, int noun) {
        List<Integer> found = new ArrayList<>();
        for (int k : c.children(noun)) {
            if (c.fullRelation(k).equals("nmod:poss")) {
                found.add(k);
            }
        }
        return found;
    }

    /**
     * The persons a nominal stands for, with those coordinated with it: a person mention at its
     * head, a pronoun ("he"), a group ("the two leaders"), a person in apposition ("her
     * counterpart, Sameh Shoukry").
     */
    private List<Entity> persons(Context x, int token, int sentence, List<Event> earlier, int[] last) {
        List<Entity> found = new ArrayList<>();
        if (token < 0) {
            return found;
        }
        for (int k : x.clauses.conjuncts(token)) {
            Entity p = personOf(x, k, sentence, earlier, found);
            if (p != null) {
                found.add(p);
                last[0] = Math.max(last[0], x.personAt[k] != null ? x.personAt[k].mention().end() - 1 : k);
            }
        }
        return found;
    }

    private Entity personOf(Context x, int k, int sentence, List<Event> earlier, List<Entity> group) {
        Clauses c = x.clauses;
        if (x.personAt[k] != null) {
            return x.personAt[k].person();
        }
        Token t = x.article.tokens().get(k);
        if (t.pos().startsWith("PRON") && PERSONAL.contains(c.word(k))) {
            return x.salience.resolve(k, sentence);
        }
        TokenSpan phrase = c.span(k);
        var cue = lexicon.continuations().matchAt(x.article.tokens(), phrase.start(), x.article.article().text());
        if (cue != null && cue.value().equals("participants") && cue.end() > k) {
            group.addAll(Salience.participantsBefore(earlier, sentence));
            return null;
        }
        for (int a : c.all(k, "appos", "flat", "compound")) {
            if (x.personAt[a] != null) {
                return x.personAt[a].person();
            }
        }
        return null;
    }

    /** The persons named anywhere in the phrase headed by {@code token}. */
    private List<Entity> inside(Context x, int token, int[] last) {
        List<Entity> found = new ArrayList<>();
        TokenSpan span = x.clauses.span(token);
        for (int i = span.start(); i < span.end(); i++) {
            if (x.personAt[i] != null && !found.contains(x.personAt[i].person())) {
                found.add(x.personAt[i].person());
                last[0] = Math.max(last[0], x.personAt[i].mention().end() - 1);
            }
        }
        return found;
    }

    /**
     * "will meet", "is expected to meet", "did not meet", "if they meet": a modality cue among the
     * auxiliaries, markers and adverbs of the verb, or of the verb it is coordinated with or
     * depends on as an infinitive ("agreed to hold talks").
     */
    private Lexicon.Modality verbModality(Context x, int v) {
        Clauses c = x.clauses;
        for (int p = v, depth = 0; p >= 0 && depth < 4; depth++) {
            for (int k : c.children(p)) {
                String rel = c.relation(k);
                if (rel.equals("aux") || rel.equals("mark") || rel.equals("advmod")) {
                    var cue = lexicon.modalities().matchAt(x.article.tokens(), k, x.article.article().text());
                    if (cue != null) {
                        return cue.value();
                    }
                }
            }
            String rel = c.relation(p);
            if (!(rel.equals("conj") || rel.equals("xcomp"))) {
                break;
            }
            p = c.head(p);
        }
        return null;
    }

    /** "the planned meeting", "a possible visit": a modality cue before the noun in its own phrase. */
    private Lexicon.Modality nounModality(Context x, int n) {
        TokenSpan phrase = x.clauses.span(n);
        for (var cue : lexicon.modalities().findAll(x.article.tokens(), phrase.start(), n, x.article.article().text())) {
            return cue.value();
        }
        return null;
    }
}
