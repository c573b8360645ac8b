package diplograph.extract.fact;

import diplograph.extract.Clauses;
import diplograph.extract.Groups;
import diplograph.extract.mention.ContactPhrases;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.EventKind;
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
        // A contact noun the surface left is read from its own head word, the last of the noun
        // ("telephone conversation"), whatever the parse made of the words before it.
        int anchor = p.parseOnly() ? p.end() - 1 : c.headOf(p.start(), p.end());
        if (anchor < 0) {
            return null;
        }
        Token head = x.article.tokens().get(anchor);
        List<Entity> subjects = new ArrayList<>();
        List<Entity> others = new ArrayList<>();
        List<Entity> each = new ArrayList<>();
        int[] last = {p.end() - 1};
        Lexicon.Modality modality;
        if (p.channel()) {
            // "A congratulated B by telephone": the cue hangs on the verb of the contact.
            anchor = ContactPhrases.channelVerb(x.article, anchor);
            if (anchor < 0) {
                return null;
            }
            subjects.addAll(clauseSubjects(x, anchor, sentence, earlier, last));
            others.addAll(addressed(x, anchor, sentence, earlier, last));
            modality = verbModality(x, anchor);
        } else if (!p.parseOnly() && (VERB_TAGS.contains(head.pos()) || c.subject(anchor) >= 0)) {
            modality = verbal(x, anchor, sentence, earlier, subjects, others, each, last);
            if (subjects.isEmpty() && c.relation(anchor).equals("acl")
                    && lexicon.lightVerbs().matchAt(x.article.tokens(), anchor, x.article.article().text()) != null) {
                // "A, B and C wasted no time launching talks": the participle modifies a noun that
                // names no one; the talks are the sentence's subjects'.
                subjects.addAll(rootSubjects(x, anchor, sentence, earlier, last));
            }
            for (int i = p.start(); i < p.end(); i++) {
                // "spoke by phone with B": the with-phrase may hang on a word of the phrase.
                if (i != anchor) {
                    others.addAll(participantPhrases(x, i, sentence, earlier, last));
                }
            }
        } else {
            modality = nominal(x, anchor, p.kind(), sentence, earlier, subjects, others, last);
            boolean lightOpened = !p.parseOnly() && p.start() < anchor
                    && lexicon.lightVerbs().matchAt(x.article.tokens(), p.start(), x.article.article().text()) != null;
            if (lightOpened && subjects.isEmpty() && others.isEmpty()) {
                // "A, B and C wasted no time - launching talks …": a participle the parse lost
                // the clause of (it read the verb as the noun's modifier) still has the subject
                // of the sentence it stands in.
                subjects.addAll(rootSubjects(x, anchor, sentence, earlier, last));
            }
        }
        others.removeAll(subjects);
        return new Reading(anchor, List.copyOf(new LinkedHashSet<>(subjects)), List.copyOf(new LinkedHashSet<>(others)),
                List.copyOf(new LinkedHashSet<>(each)), modality, last[0]);
    }

    /** "A met B", "A held talks with B", "A was received by B", "after holding talks with B". */
    private Lexicon.Modality verbal(Context x, int v, int sentence, List<Event> earlier, List<Entity> subjects,
                                    List<Entity> others, List<Entity> each, int[] last) {
        Clauses c = x.clauses;
        subjects.addAll(clauseSubjects(x, v, sentence, earlier, last));
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
    private Lexicon.Modality nominal(Context x, int n, EventKind kind, int sentence, List<Event> earlier,
                                     List<Entity> subjects, List<Entity> others, int[] last) {
        Clauses c = x.clauses;
        others.addAll(participantPhrases(x, n, sentence, earlier, last));
        for (int poss : possessors(c, n)) {
            subjects.addAll(persons(x, poss, sentence, earlier, last));
        }
        // "the Indian leader meeting with B": a person the parse made a modifier of the noun.
        for (int k : c.all(n, "compound")) {
            subjects.addAll(persons(x, k, sentence, earlier, last));
        }
        Lexicon.Modality modality = nounModality(x, n);
        boolean between = c.prepositional(n, List.of("between", "among")).size() > 0;
        int g = c.head(n);
        if (!between && subjects.isEmpty() && g >= 0) {
            String rel = c.relation(n);
            String role = rel.equals("obl") || rel.equals("nmod") ? lexicon.contactRole(c.preposition(n)) : null;
            boolean light = rel.equals("obj") && lexicon.lightVerbs().matchAt(x.article.tokens(), g, x.article.article().text()) != null;
            // "A is in London for talks with B": on a copular predicate the parse may hang the
            // phrase as a noun's modifier; it is still the clause's.
            boolean clausal = rel.equals("obl") || rel.equals("nmod") && !c.all(g, "cop").isEmpty();
            if ("including".equals(c.preposition(n)) && rel.equals("nmod") && !clausal && c.head(g) >= 0
                    && c.relation(g).equals("obj") && VERB_TAGS.contains(x.article.tokens().get(c.head(g)).pos())
                    && !VERB_TAGS.contains(x.article.tokens().get(g).pos())) {
                // "A held a series of engagements, including bilateral meetings with B": the parse hangs
                // the phrase on the verb's object, of which it names a part; it is still the clause's.
                // (Only a part: "meet next weekend for their first summit" hangs on a time.)
                g = c.head(g);
                clausal = true;
            }
            if ("owner".equals(role) && clausal || light) {
                subjects.addAll(clauseSubjects(x, g, sentence, earlier, last));
                if (light) {
                    others.addAll(participantPhrases(x, g, sentence, earlier, last));
                } else if (others.isEmpty() && (kind == EventKind.PHONE_CALL || kind == EventKind.VIDEOCONFERENCE)) {
                    // "A congratulated B in a phone call": a call that names no one else is with
                    // the persons its clause addresses. (A meeting is not: "A praised B at a
                    // press conference".)
                    others.addAll(addressed(x, g, sentence, earlier, last));
                }
            } else if ("planned".equals(role)) {
                modality = Lexicon.Modality.PLANNED;
            }
            if ((light || "owner".equals(role) && clausal) && modality == null) {
                // "A will travel to Rome for talks with B": the verb's modality is the contact's.
                modality = verbModality(x, g);
            }
        }
        return modality;
    }

    /**
     * The persons a verb addresses: its objects ("congratulated B", "told B that") and its with-phrases
     * ("discussed the war with B").
     */
    private List<Entity> addressed(Context x, int v, int sentence, List<Event> earlier, int[] last) {
        List<Entity> found = new ArrayList<>();
        for (int o : x.clauses.all(v, "obj", "iobj")) {
            found.addAll(persons(x, o, sentence, earlier, last));
        }
        found.addAll(participantPhrases(x, v, sentence, earlier, last));
        return found;
    }

    /**
     * The persons of a predicate's subject; when the parse gave a clause inside another a subject
     * that names no person ("Marsudi told reporters before opening talks", read as "reporters …
     * opening"), the persons of the subject of the clause it is in.
     */
    private List<Entity> clauseSubjects(Context x, int predicate, int sentence, List<Event> earlier, int[] last) {
        Clauses c = x.clauses;
        int p = predicate;
        for (int depth = 0; p >= 0 && depth < 3; depth++) {
            List<Entity> found = persons(x, c.clauseSubject(p), sentence, earlier, last);
            for (int other : c.all(p, "nsubj")) {
                // Two subjects where the parse misread a date as one ("… Wednesday …, Mr. Bush said").
                if (found.isEmpty()) {
                    found = persons(x, other, sentence, earlier, last);
                }
            }
            if (!found.isEmpty() || !Set.of("ccomp", "advcl", "xcomp", "conj").contains(c.relation(p))) {
                return found;
            }
            p = c.head(p);
        }
        return List.of();
    }

    /** The persons of every subject of the main verb of the sentence {@code token} is in. */
    private List<Entity> rootSubjects(Context x, int token, int sentence, List<Event> earlier, int[] last) {
        Clauses c = x.clauses;
        int root = token;
        for (int depth = 0; c.head(root) >= 0 && depth < 12; depth++) {
            root = c.head(root);
        }
        List<Entity> found = new ArrayList<>();
        // A news sentence addresses no one: a "vocative" before the subject is the parse's reading
        // of the first member of a listed subject ("A, B and C wasted …").
        for (int s : c.all(root, "nsubj", "vocative")) {
            found.addAll(persons(x, s, sentence, earlier, last));
        }
        return found;
    }

    /**
     * The persons of the with-, between- and among-phrases hanging from {@code head}; also when
     * the parse hung the preposition itself there with its noun below it ("meeting with/acl
     * counterpart/obj"), as it does when it misreads the phrase around it.
     */
    private List<Entity> participantPhrases(Context x, int head, int sentence, List<Event> earlier, int[] last) {
        List<Entity> found = new ArrayList<>();
        // A with-phrase the parse hung lower than the predicate, through nouns only ("spoke by
        // phone with B today" read as "with B today/compound"): still the predicate's, as no other
        // verb claims it.
        TokenSpan span = x.clauses.span(head);
        for (int k = span.start(); k < span.end(); k++) {
            if (k == head || x.clauses.head(k) == head || !"participant".equals(lexicon.contactRole(x.clauses.preposition(k)))
                    || !throughNounsOnly(x, k, head)) {
                continue;
            }
            found.addAll(persons(x, k, sentence, earlier, last));
        }
        for (int k : x.clauses.children(head)) {
            String rel = x.clauses.relation(k);
            String role = lexicon.contactRole(x.clauses.preposition(k));
            // "received a telephone call from B": a from-phrase names a party of a contact noun
            // only ("received a letter from B" names none).
            boolean caller = "caller".equals(role) && lexicon.contactNouns().matchAt(x.article.tokens(), head,
                    x.article.article().text()) != null;
            if ((rel.equals("obl") || rel.equals("nmod")) && ("participant".equals(role) || caller)) {
                found.addAll(persons(x, k, sentence, earlier, last));
            } else if (!rel.equals("case") && "participant".equals(lexicon.contactRole(x.clauses.word(k)))
                    && x.article.tokens().get(k).pos().equals("ADP")) {
                for (int o : x.clauses.all(k, "obj", "nmod", "obl")) {
                    found.addAll(persons(x, o, sentence, earlier, last));
                }
            }
        }
        return found;
    }

    /**
     * Whether the way up from {@code k} to {@code head} passes only nouns and names, no verb or
     * clause, and no contact noun of its own: in "Ahead of his meeting with Xi, Blinken held talks
     * with Wang" the with-phrase of "meeting" is that meeting's, not the talks'.
     */
    private boolean throughNounsOnly(Context x, int k, int head) {
        for (int j = x.clauses.head(k); j != head; j = x.clauses.head(j)) {
            if (j < 0 || VERB_TAGS.contains(x.article.tokens().get(j).pos()) || Set.of("acl", "advcl", "ccomp", "xcomp",
                    "parataxis", "csubj").contains(x.clauses.relation(j))
                    || lexicon.contactNouns().matchAt(x.article.tokens(), j, x.article.article().text()) != null) {
                return false;
            }
        }
        return true;
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
        int listEnd = -1;
        int listStart = Integer.MAX_VALUE;
        for (int k : x.clauses.conjuncts(token)) {
            Entity p = personOf(x, k, sentence, earlier, found);
            if (p != null) {
                found.add(p);
                last[0] = Math.max(last[0], x.personAt[k] != null ? x.personAt[k].mention().end() - 1 : k);
                listEnd = x.personAt[k] != null ? Math.max(listEnd, x.personAt[k].mention().end()) : listEnd;
                listStart = x.personAt[k] != null ? Math.min(listStart, x.personAt[k].mention().start()) : listStart;
            }
        }
        // The persons listed just before the first one ("Russia's Foreign [minister] and Defense ministers").
        while (listStart != Integer.MAX_VALUE && listStart >= 2 && x.article.tokens().get(listStart - 1).text().equals("and")) {
            PersonResolver.Resolved r = x.personAt[listStart - 2];
            if (r == null || r.mention().end() != listStart - 1 || found.contains(r.person())) {
                break;
            }
            found.add(0, r.person());
            listStart = r.mention().start();
        }
        // The persons listed after the last one, as the words separate them ("B, C and D"), where
        // the parse coordinates them otherwise.
        while (listEnd > 0) {
            int next = afterSeparator(x, listEnd);
            PersonResolver.Resolved r = next < 0 || next >= x.personAt.length ? null : x.personAt[next];
            if (r == null || r.mention().start() > next || found.contains(r.person())) {
                break;
            }
            found.add(r.person());
            last[0] = Math.max(last[0], r.mention().end() - 1);
            listEnd = r.mention().end();
        }
        return found;
    }

    /**
     * The token after ",", "and" or ", and" at {@code from} (in one sentence), and after the
     * lower-case adjectives that may open the next person's phrase ("and southern leader Salva
     * Kiir"); -1 when no separator stands there.
     */
    private static int afterSeparator(Context x, int from) {
        var t = x.article.tokens();
        int k = from;
        while (k < t.size() && k - from < 2 && (t.get(k).text().equals(",") || t.get(k).text().equals("and"))) {
            k++;
        }
        if (k == from) {
            return -1;
        }
        for (int m = 0; m < 2 && k < t.size() && !t.get(k).isCapitalized() && t.get(k).pos().startsWith("ADJ")
                && x.personAt[k] == null; m++) {
            k++;
        }
        return k;
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
        var cue = Groups.at(lexicon, x.article, phrase.start());
        if (cue != null && cue.value().equals("participants") && cue.end() > k) {
            List<Entity> before = Salience.participantsBefore(earlier, sentence);
            // "… Bush and Hu discussed trade. … where the two leaders met": with no contact before,
            // the persons the closest subject coordinated.
            group.addAll(before.isEmpty() ? coordinatedSubject(x, k, sentence) : before);
            return null;
        }
        for (int a : c.all(k, "appos", "flat", "compound")) {
            if (x.personAt[a] != null) {
                return x.personAt[a].person();
            }
        }
        // "met with a delegation led by B": a noun standing for the persons named under it.
        if (lexicon.contactObjects().matchAt(x.article.tokens(), k, x.article.article().text()) != null) {
            group.addAll(inside(x, k, new int[1]));
        }
        return null;
    }

    /**
     * The persons of the closest subject made of two persons or more, in the sentence before
     * {@code token} or the one before it.
     */
    private List<Entity> coordinatedSubject(Context x, int token, int sentence) {
        Clauses c = x.clauses;
        for (int sk = sentence; sk >= Math.max(0, sentence - 1); sk--) {
            var s = x.article.sentences().get(sk);
            int to = sk == sentence ? token : s.tokens().end();
            for (int i = to - 1; i >= s.tokens().start(); i--) {
                if (!c.relation(i).equals("nsubj") || x.personAt[i] == null) {
                    continue;
                }
                List<Entity> found = new ArrayList<>();
                for (int k : c.conjuncts(i)) {
                    if (x.personAt[k] != null && !found.contains(x.personAt[k].person())) {
                        found.add(x.personAt[k].person());
                    }
                }
                if (found.size() >= 2) {
                    return found;
                }
            }
        }
        return List.of();
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
                // A conjunction opens its clause wherever the verb stands ("If A meets B"); an
                // auxiliary, "to" or "not" stands next to its verb.
                boolean conjunction = rel.equals("mark") && x.article.tokens().get(k).pos().startsWith("SCONJ");
                if ((rel.equals("aux") || rel.equals("mark") || rel.equals("advmod")) && (conjunction || nextTo(x, k, p))) {
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

    /**
     * Whether an auxiliary, marker or adverb stands right before its verb, with only auxiliaries
     * and adverbs between ("will soon meet", "did not meet"): a "to" the parse took from another
     * phrase ("In the lead-up to Eid al-Adha, A and B held…") says nothing of the verb.
     */
    private static boolean nextTo(Context x, int k, int verb) {
        if (k > verb) {
            return false;
        }
        for (int i = k + 1; i < verb; i++) {
            String pos = x.article.tokens().get(i).pos();
            if (!(pos.startsWith("ADV") || pos.startsWith("AUX") || pos.startsWith("PART"))) {
                return false;
            }
        }
        return true;
    }

    /** "the planned meeting", "a possible visit": a modality cue before the noun in its own phrase. */
    private Lexicon.Modality nounModality(Context x, int n) {
        TokenSpan phrase = x.clauses.span(n);
        for (var cue : lexicon.modalities().findAll(x.article.tokens(), phrase.start(), n, x.article.article().text())) {
            // Words that modify a noun ("planned", "possible"), not a verb's ("to", "will"), which a
            // misread phrase may put before it.
            String pos = x.article.tokens().get(cue.start()).pos();
            if (!(pos.startsWith("PART") || pos.startsWith("ADP") || pos.startsWith("AUX") || pos.startsWith("SCONJ"))) {
                return cue.value();
            }
        }
        // "the meeting … scheduled for December 15", "talks that are expected to resume": a clause on the noun.
        for (int k : x.clauses.all(n, "acl")) {
            TokenSpan clause = x.clauses.span(k);
            for (var cue : lexicon.modalities().findAll(x.article.tokens(), clause.start(), Math.min(clause.end(), k + 3),
                    x.article.article().text())) {
                return cue.value();
            }
        }
        return null;
    }
}
