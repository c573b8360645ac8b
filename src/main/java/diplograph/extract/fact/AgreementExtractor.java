package diplograph.extract.fact;

import diplograph.extract.Groups;
import diplograph.extract.Tokens;
import diplograph.extract.mention.ArticleDates;
import diplograph.extract.mention.DateMention;
import diplograph.extract.mention.PlaceFinder;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Agreement;
import diplograph.model.Diagnostic;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Event;
import diplograph.model.Evidence;
import diplograph.model.Mention;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads agreements from a signing verb followed by an agreement kind ("signed a new memorandum of
 * understanding", "issued a joint statement"). Signatories are the persons of the subject, or the
 * participants of the event just reported when the subject refers back to them ("The two
 * ministers signed…"); parties are their states, or the states of the subject. Date and place
 * come from the sentence or the sentences continuing its story ("The agreement, signed … on
 * Saturday"); topics from the topics lexicon in those sentences.
 */
public final class AgreementExtractor {

    /** How far after the verb the document may be named ("signed a new bilateral memorandum"). */
    private static final int KIND_REACH = 6;
    private static final int SUBJECT_GAP = 3;
    private static final int MAX_CONTINUATION = 3;
    /** How far a document's name may run between the verb and the kind, or the kind and "was signed". */
    private static final int TITLE_REACH = 20;
    /** A signing dated this many days before the article is an earlier agreement it refers to. */
    private static final int EARLIER_DAYS = 31;
    private static final List<String> PASSIVE_AUXILIARIES = List.of("was", "were", "is", "are", "has", "have");
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "in", "on", "and", "the");

    private final Lexicon lexicon;
    private final PlaceFinder places;

    public AgreementExtractor(Lexicon lexicon, PlaceFinder places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    public List<Agreement> extract(AnalysedArticle a, ArticleDates dates, List<PersonResolver.Resolved> persons, List<Mention> states,
                            List<Event> events, Map<String, Entity> stateOf, Entity dateline,
                            List<Diagnostic> diagnostics) {
        List<Agreement> found = new ArrayList<>();
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            int end = s.tokens().end();
            for (Signing signing0 : signings(a, s)) {
                var verb = signing0.verb();
                PhraseMatcher.Match<String> kind = signing0.kind();
                int from = Math.max(s.tokens().start(), verb.start() - SUBJECT_GAP);
                for (int k = verb.start() - 1; k >= from; k--) {
                    if (a.tokens().get(k).pos().equals("PUNCT")) {
                        from = k + 1; // "India's ambassador to China, signed": a cue before the comma is another phrase's
                        break;
                    }
                }
                if (!lexicon.modalities().findAll(a.tokens(), from, verb.start(), text).isEmpty()
                        || conditionalOrDenied(a, s, verb.start(), kind.start())) {
                    diagnostics.add(new Diagnostic("agreement.not_signed", "not reported as signed: "
                            + s.span().coveredText(text), s.span()));
                    continue;
                }
                if (pluperfect(a, s, verb.start())) {
                    // "said that the United States had signed a three-year agreement": before the reported events.
                    diagnostics.add(new Diagnostic("agreement.earlier", "signed before the reported events: "
                            + s.span().coveredText(text), s.span()));
                    continue;
                }
                Set<Entity> signatories = new LinkedHashSet<>();
                // The subject before the verb; for "… was signed by A and B", the agent after it.
                List<PersonResolver.Resolved> nearVerb = signing0.passive()
                        ? persons.stream().filter(p -> p.mention().sentence() == s.index() && p.mention().start() > verb.start()
                                && Tokens.is(a.tokens(), verb.end(), "by") && p.mention().start() - verb.end() <= SUBJECT_GAP + 2)
                                .toList()
                        : persons.stream().filter(p -> p.mention().sentence() == s.index()
                        && p.mention().end() <= verb.start() && verb.start() - p.mention().end() <= SUBJECT_GAP + 2).toList();
                if (nearVerb.isEmpty() && !signing0.passive()) {
                    nearVerb = beforeApposition(a, s, persons, verb.start());
                }
                List<PersonResolver.Resolved> signing = !signing0.passive() && !nearVerb.isEmpty()
                        ? withCoordinated(a, s, persons, nearVerb) : nearVerb;
                signing.forEach(p -> signatories.add(p.person()));
                if (signatories.isEmpty() && refersBack(a, s, verb.start())) {
                    signatories.addAll(Salience.participantsBefore(events, s.index()));
                }
                // "the two leaders witnessed the signing of …": who looks on is a party, not a signatory.
                Set<Entity> witnesses = new LinkedHashSet<>();
                if (signing0.witnessed()) {
                    witnesses.addAll(signatories);
                    signatories.clear();
                }
                Set<Entity> parties = new LinkedHashSet<>();
                java.util.stream.Stream.concat(signatories.stream(), witnesses.stream()).forEach(p -> {
                    // A signatory titled by an organization ("OSCE Secretary General") signs for no state.
                    Entity state = stateOf.get(p.key());
                    if (state != null && state.kind() == diplograph.model.EntityKind.STATE) {
                        parties.add(state);
                    }
                });
                states.stream().filter(m -> m.sentence() == s.index()).forEach(m -> {
                    boolean subject = m.tokens().end() <= verb.start();
                    // "a joint statement issued by Malaysia, Cambodia and Thailand": the agents of a passive sign.
                    boolean agent = signing0.passive() && !subject && byAgent(a, verb.end(), m.tokens().start());
                    boolean between = agent || Tokens.is(a.tokens(), m.tokens().start() - 1, "between")
                            || Tokens.is(a.tokens(), m.tokens().start() - 1, "and") && parties.size() > 0
                            && !subject;
                    // "Grossi and the chairman of the Egyptian … Authority signed": a state named in the
                    // subject beside the signatories, outside their own mentions, signs too.
                    int subjectStart = signing.isEmpty() ? Integer.MAX_VALUE : signing.get(0).mention().start();
                    boolean beside = subject && m.tokens().start() >= subjectStart && signing.stream().noneMatch(p ->
                            p.mention().start() <= m.tokens().start() && m.tokens().end() <= p.mention().end());
                    // "PDVSA (Venezuelan Petroleum S.A.) and Petrobras signed": a state in an aside names no signer.
                    // "peace talks in Minsk, Belarus resulted in": a state where it happened names no signer either.
                    boolean aside = Tokens.inParentheses(a.tokens(), s.tokens().start(), m.tokens().start())
                            || subject && locative(a, s, m);
                    if (!aside && ((subject && signatories.isEmpty() && witnesses.isEmpty()) || between || beside)) {
                        parties.add(m.entity());
                    }
                });
                if (parties.size() < 2 && (signatories.isEmpty() || signing0.passive() || refersBack(a, s, verb.start()))
                        && !signedByOthers(a, s, verb, kind, persons, states)) {
                    // "A package of documents was signed", "the two countries signed an agreement":
                    // the parties are those of the contact the story reports.
                    for (Entity p : Salience.participantsBefore(events, s.index())) {
                        Entity state = stateOf.get(p.key());
                        if (state != null && state.kind() == diplograph.model.EntityKind.STATE) {
                            parties.add(state);
                        }
                    }
                }
                List<Sentence> story = story(a, s);
                LocalDate own = signingDate(a, dates, s);
                if (own != null && a.article().published() != null
                        && own.isBefore(a.article().published().minusDays(EARLIER_DAYS))
                        || earlierYear(a, s)) {
                    // "the treaty they signed in 2019": an agreement of the past the article refers to.
                    diagnostics.add(new Diagnostic("agreement.earlier", "signed before the reported events: "
                            + s.span().coveredText(text), s.span()));
                    continue;
                }
                LocalDate date = firstDate(a, dates, story);
                Entity place = story.stream().map(x -> places.placeIn(a, x, x.tokens().start()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(dateline);
                Agreement g = new Agreement(kind.value(), List.copyOf(parties), ministries(a, story, parties),
                        List.copyOf(signatories), date, place, topics(a, story),
                        new Evidence(s.index(), s.span(), "agreement.signing.v1", signatories.isEmpty() ? 0.7 : 0.85));
                merge(found, g);
            }
        }
        return found;
    }

    /**
     * A story tells of one signing more than once ("China and Russia signed an agreement …",
     * "Lavrov signed the agreement for Russia"): an agreement of the same kind whose parties are
     * among another's is that one, with its signatories and topics added.
     */
    private static void merge(List<Agreement> found, Agreement g) {
        for (int i = 0; i < found.size(); i++) {
            Agreement x = found.get(i);
            if (!x.kind().equals(g.kind())) {
                continue;
            }
            boolean within = x.parties().containsAll(g.parties());
            boolean wider = g.parties().containsAll(x.parties());
            if (within || wider) {
                Agreement keep = within ? x : g;
                Agreement other = within ? g : x;
                found.set(i, new Agreement(keep.kind(), keep.parties(), union(keep.partyOrganizations(), other.partyOrganizations()),
                        union(keep.signatories(), other.signatories()), keep.date() != null ? keep.date() : other.date(),
                        keep.place() != null ? keep.place() : other.place(), union(keep.topics(), other.topics()),
                        x.evidence()));
                return;
            }
        }
        found.add(g);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * "signed the border treaty in 1998", "During the visit in 2019, we signed a treaty": a year
     * before the article's in the sentence.
     */
    private static boolean earlierYear(AnalysedArticle a, Sentence s) {
        LocalDate published = a.article().published();
        if (published == null) {
            return false;
        }
        for (int k = s.tokens().start() + 1; k < s.tokens().end(); k++) {
            String w = a.tokens().get(k).text();
            if (w.matches("(1[89]|20)\\d\\d") && Tokens.isAny(a.tokens(), k - 1, List.of("in", "of"))
                    && Integer.parseInt(w) < published.getYear()) {
                return true;
            }
            // "In the early 2000s, we … signed an agreement": a decade ended before the article.
            if (w.matches("(1[89]|20)\\d0s") && Tokens.isAny(a.tokens(), k - 1, List.of("the", "early", "late", "mid"))
                    && Integer.parseInt(w.substring(0, 4)) + 10 <= published.getYear()) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause of what may happen, not what did: "if no deal is reached". */
    private static final List<String> CONDITIONS = List.of("if", "If", "unless", "Unless", "whether", "Whether");

    /** Words that deny the document: "no deal was signed", "signed no agreement". */
    private static final List<String> NO = List.of("no", "No");

    /**
     * Whether the signing stands in a clause of condition ("raise tariffs if no deal is reached with
     * Beijing", "whether a deal is reached") or its document is denied ("no deal was signed", "signed
     * no agreement"): the clause's words back from the verb or the document, whichever comes first, to
     * a punctuation mark, and the two words before the document.
     */
    private static boolean conditionalOrDenied(AnalysedArticle a, Sentence s, int verb, int kind) {
        if (Tokens.anyOf(a.tokens(), Math.max(s.tokens().start(), kind - 2), kind, NO)) {
            return true;
        }
        int first = Math.min(verb, kind);
        for (int k = first - 1; k >= s.tokens().start(); k--) {
            Token t = a.tokens().get(k);
            if (Tokens.isAny(a.tokens(), k, CONDITIONS) || Tokens.isAny(a.tokens(), k, NO) && k >= first - 2) {
                return true;
            }
            if (t.pos().equals("PUNCT") || t.pos().equals("VERB") && k < first - 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code verb} is a past perfect ("had signed", "had already been signed"): a
     * signing before the time the story tells of.
     */
    private static boolean pluperfect(AnalysedArticle a, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.tokens().start() && a.tokens().get(k).pos().equals("ADV")) {
            k--;
        }
        if (Tokens.is(a.tokens(), k, "been")) {
            k--;
            while (k > s.tokens().start() && a.tokens().get(k).pos().equals("ADV")) {
                k--;
            }
        }
        return k >= s.tokens().start() && Tokens.is(a.tokens(), k, "had");
    }

    /** Words of a place's name before the state it lies in: "in Sharm el-Sheikh, Egypt". */
    private static final int PLACE_WORDS = 4;

    /**
     * Whether the state {@code m} is where something happened: "in Belarus", "in Minsk, Belarus" (a
     * place of that state before it; not "Yesterday in Geneva, Iran and the P5+1 reached").
     */
    private boolean locative(AnalysedArticle a, Sentence s, Mention m) {
        var t = a.tokens();
        int at = m.tokens().start();
        if (Tokens.isAny(t, at - 1, List.of("in", "at"))) {
            return true;
        }
        if (!Tokens.is(t, at - 1, ",")) {
            return false;
        }
        for (int k = at - 2; k > s.tokens().start() && k >= at - 2 - PLACE_WORDS; k--) {
            if (Tokens.isAny(t, k - 1, List.of("in", "at"))) {
                Entity place = places.placeAt(a, k, at - 1);
                return place != null && m.entity().equals(lexicon.stateOfPlace(place));
            }
        }
        return false;
    }

    /** Whether token {@code at} stands in the coordination of a "by" phrase opening at {@code verbEnd}. */
    private static boolean byAgent(AnalysedArticle a, int verbEnd, int at) {
        if (!Tokens.is(a.tokens(), verbEnd, "by") || at <= verbEnd) {
            return false;
        }
        for (int k = verbEnd + 1; k < at; k++) {
            Token t = a.tokens().get(k);
            if (!(t.isCapitalized() || t.text().equals(",") || t.text().equals("and") || t.text().equals("the")
                    || t.text().equals("of"))) {
                return false;
            }
        }
        return true;
    }

    /** The longest apposition between a signatory and the verb, in tokens. */
    private static final int APPOSITION_REACH = 16;

    /** "S. Jaishankar, India's ambassador to China, signed": the person before the apposition. */
    private static List<PersonResolver.Resolved> beforeApposition(AnalysedArticle a, Sentence s,
                                                                  List<PersonResolver.Resolved> persons, int verb) {
        if (!Tokens.is(a.tokens(), verb - 1, ",")) {
            return List.of();
        }
        for (int k = verb - 2; k >= s.tokens().start() && k >= verb - APPOSITION_REACH; k--) {
            Token t = a.tokens().get(k);
            if (t.pos().equals("VERB")) {
                return List.of();
            }
            if (t.text().equals(",")) {
                PersonResolver.Resolved p = PersonResolver.Resolved.endingAt(persons, s.index(), k);
                return p == null ? List.of() : List.of(p);
            }
        }
        return List.of();
    }

    /**
     * Whether the text names a signer or counterpart that is no state, so that the contact's states
     * are not the parties: a company before the verb ("Petrobras and PDVSA signed"), or a "with"
     * phrase after the document that names none ("signed a memorandum with a Chinese aviation company").
     */
    private static boolean signedByOthers(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> verb,
                                          PhraseMatcher.Match<String> kind, List<PersonResolver.Resolved> persons,
                                          List<Mention> states) {
        int k = verb.start() - 1;
        if (Tokens.is(a.tokens(), k, ")")) {
            k = skipToOpen(a, s, k) - 1;
        }
        if (k >= s.tokens().start() && a.tokens().get(k).pos().equals("PROPN") && !covered(k, s, persons, states)) {
            return true;
        }
        if (kind.end() > verb.start() && Tokens.is(a.tokens(), kind.end(), "with")) {
            for (int j = kind.end() + 1; j < s.tokens().end() && j <= kind.end() + 5; j++) {
                if (covered(j, s, persons, states) && !a.tokens().get(j).pos().equals("ADJ")) {
                    return false;
                }
                if (a.tokens().get(j).pos().equals("NOUN")) {
                    return true; // the counterpart's head is a common noun: "a Chinese aviation company"
                }
            }
        }
        return false;
    }

    private static int skipToOpen(AnalysedArticle a, Sentence s, int close) {
        for (int k = close - 1; k >= s.tokens().start() && k >= close - 8; k--) {
            if (Tokens.is(a.tokens(), k, "(")) {
                return k;
            }
        }
        return close;
    }

    private static boolean covered(int token, Sentence s, List<PersonResolver.Resolved> persons, List<Mention> states) {
        if (PersonResolver.Resolved.covering(persons, s.index(), token) != null) {
            return true;
        }
        for (Mention m : states) {
            if (m.sentence() == s.index() && m.tokens().start() <= token && token < m.tokens().end()
                    && m.rule().equals("state.name.v1")) {
                return true;
            }
        }
        return false;
    }

    /** Words between "and" and an apposed name: "and his Uruguayan counterpart, Mario Lubetkin". */
    private static final int DESCRIPTOR_REACH = 12;

    /**
     * The signing persons with those coordinated before them in the subject: "Foreign Minister
     * Mauro Vieira and his Uruguayan counterpart, Mario Lubetkin, signed", "A, B and C signed".
     */
    private static List<PersonResolver.Resolved> withCoordinated(AnalysedArticle a, Sentence s,
                                                                 List<PersonResolver.Resolved> persons,
                                                                 List<PersonResolver.Resolved> signing) {
        List<PersonResolver.Resolved> all = new ArrayList<>(signing);
        int start = signing.stream().mapToInt(p -> p.mention().start()).min().orElseThrow();
        while (true) {
            int k = start - 1;
            int link = Tokens.isAny(a.tokens(), k, List.of("and", ",")) ? k : -1;
            if (link < 0 || Tokens.is(a.tokens(), k, ",")) {
                // "and his Uruguayan counterpart, Mario Lubetkin", "and the European Commissioner for the
                // Mediterranean, Dubravka Šuica": back over the descriptor to its "and".
                int from = Tokens.is(a.tokens(), k, ",") ? k - 1 : k;
                for (int j = from; j >= s.tokens().start() && j >= k - DESCRIPTOR_REACH; j--) {
                    Token t = a.tokens().get(j);
                    if (t.text().equals("and")) {
                        link = j;
                        break;
                    }
                    if (t.text().equals(",") || t.pos().equals("VERB") || PersonResolver.Resolved.endingAt(persons, s.index(), j + 1) != null) {
                        break;
                    }
                }
            }
            if (link < 0) {
                break;
            }
            int end = Tokens.is(a.tokens(), link - 1, ",") ? link - 1 : link; // "A, and B"
            PersonResolver.Resolved before = PersonResolver.Resolved.endingAt(persons, s.index(), end);
            if (before == null || all.contains(before)) {
                break;
            }
            all.add(0, before);
            start = before.mention().start();
        }
        return all;
    }

    /** A signing verb and the document it takes; passive when the document comes first. */
    /**
     * A signing the sentence reports: the verb, the document's kind, whether the verb is a passive
     * after the document, and whether it is the noun "signing" someone witnessed ("witnessed the
     * signing of").
     */
    private record Signing(PhraseMatcher.Match<String> verb, PhraseMatcher.Match<String> kind, boolean passive,
                           boolean witnessed) {
    }

    /** Adds the signing of a document, or of each document a set of them includes, and marks their kinds taken. */
    private void addSignings(AnalysedArticle a, PhraseMatcher.Match<String> verb, PhraseMatcher.Match<String> kind,
                             boolean passive, boolean witnessed, int end, List<Signing> found, Set<Integer> kindsTaken) {
        List<PhraseMatcher.Match<String>> parts = included(a, kind, end);
        for (var part : parts.isEmpty() ? List.of(kind) : parts) {
            found.add(new Signing(verb, part, passive, witnessed));
            kindsTaken.add(part.start());
        }
    }

    /** Words after a set of documents that open the list of those it includes. */
    private static final List<String> INCLUDING = List.of("including", "among", "include", "included", "includes");

    /**
     * The documents a set of them includes: "eleven cooperation documents, including an agreement on
     * electricity trade and a memorandum of understanding on training", each a signing of its own
     * (the set itself then is no other document). Empty when no list follows.
     */
    private List<PhraseMatcher.Match<String>> included(AnalysedArticle a, PhraseMatcher.Match<String> kind, int end) {
        int k = kind.end();
        while (k < end && k <= kind.end() + 3 && !Tokens.isAny(a.tokens(), k, INCLUDING)) {
            if (Tokens.isAny(a.tokens(), k, List.of(".", ";"))) {
                return List.of();
            }
            k++;
        }
        if (!Tokens.isAny(a.tokens(), k, INCLUDING)) {
            return List.of();
        }
        return lexicon.agreementKinds().findAll(a.tokens(), k + 1, end, a.article().text());
    }

    /**
     * The signings of a sentence: "signed a memorandum", "signed the Broad Partnership … agreement"
     * (a document's name between), and passives: "A package of documents was signed", "a Joint
     * Statement Russia – India: Partnership for Peace was adopted".
     */
    private List<Signing> signings(AnalysedArticle a, Sentence s) {
        String text = a.article().text();
        int end = s.tokens().end();
        List<Signing> found = new ArrayList<>();
        Set<Integer> kindsTaken = new java.util.HashSet<>();
        for (var verb : lexicon.signingVerbs().findAll(a.tokens(), s.tokens().start(), end, text)) {
            PhraseMatcher.Match<String> kind = kindAfter(a, verb.end(), end);
            if (kind != null) {
                addSignings(a, verb, kind, false, verb.phrase().startsWith("signing"), end, found, kindsTaken);
                kindsTaken.add(kind.start());
            }
        }
        for (var kind : lexicon.agreementKinds().findAll(a.tokens(), s.tokens().start(), end, text)) {
            if (kindsTaken.contains(kind.start())) {
                continue;
            }
            var verb = passiveVerbAfter(a, kind.end(), end, indefinite(a, s, kind.start()));
            if (verb != null && !modifiesAnotherNoun(a, s, kind.start())) {
                addSignings(a, verb, kind, true, false, end, found, kindsTaken);
            }
        }
        return found;
    }

    /**
     * "The Review Conference on the Non-Proliferation Treaty was concluded": the document is named
     * inside another noun's phrase, which is what the passive is about.
     */
    private static boolean modifiesAnotherNoun(AnalysedArticle a, Sentence s, int kind) {
        for (int k = kind - 1; k >= s.tokens().start(); k--) {
            Token t = a.tokens().get(k);
            if (t.pos().equals("ADP")) {
                // "In a joint statement issued after …" opens the sentence: no noun governs it.
                return k > s.tokens().start() && (a.tokens().get(k - 1).pos().equals("NOUN")
                        || a.tokens().get(k - 1).pos().equals("PROPN"));
            }
            if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || t.isCapitalized()
                    || t.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the document's phrase opens with "a"/"an": a new one, not one referred to ("the agreements reached in …"). */
    private static boolean indefinite(AnalysedArticle a, Sentence s, int kind) {
        for (int k = kind - 1; k >= s.tokens().start() && k >= kind - 4; k--) {
            if (Tokens.isAny(a.tokens(), k, List.of("a", "an"))) {
                return true;
            }
            if (!a.tokens().get(k).pos().equals("ADJ") && !a.tokens().get(k).pos().equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The signing verb of a passive after a document ("… was signed", "… were also adopted", "… has
     * been initialled": the auxiliary, then the verb), or, for a new
     * document ({@code indefinite}), the participle right after it ("a joint statement issued after
     * their meeting").
     */
    private PhraseMatcher.Match<String> passiveVerbAfter(AnalysedArticle a, int from, int end, boolean indefinite) {
        boolean listing = Tokens.isAny(a.tokens(), from + 1, INCLUDING); // "The documents signed included a roadmap …"
        if ((indefinite || listing) && from < end && a.tokens().get(from).text().endsWith("ed")) {
            var verb = lexicon.signingVerbs().matchAt(a.tokens(), from, a.article().text());
            if (verb != null && verb.start() == from) {
                return verb;
            }
        }
        for (int i = from; i < Math.min(end, from + TITLE_REACH); i++) {
            Token t = a.tokens().get(i);
            if (Tokens.isAny(a.tokens(), i, PASSIVE_AUXILIARIES)) {
                int v = i + 1;
                while (v < end && v <= i + 2 && (a.tokens().get(v).pos().startsWith("ADV")
                        || Tokens.isAny(a.tokens(), v, List.of("been", "be")))) {
                    v++;
                }
                var verb = v < end ? lexicon.signingVerbs().matchAt(a.tokens(), v, a.article().text()) : null;
                return verb != null && verb.start() == v ? verb : null;
            }
            // A document's name may stand between ("a Joint Statement Russia – India: Partnership …");
            // a relative clause ("the agreement that was signed this morning") refers to a document.
            if (t.pos().equals("VERB") || t.pos().equals("AUX") || t.text().equals(".")
                    || Tokens.isAny(a.tokens(), i, List.of("that", "which"))) {
                return null;
            }
        }
        return null;
    }

    private static final List<String> CLAUSE_OPENERS = List.of("that", "whether", "if");

    private PhraseMatcher.Match<String> kindAfter(AnalysedArticle a, int from, int end) {
        int plain = 0;
        for (int i = from; i < Math.min(end, from + TITLE_REACH) && plain < KIND_REACH; i++) {
            var m = lexicon.agreementKinds().matchAt(a.tokens(), i, a.article().text());
            if (m != null) {
                return m;
            }
            Token t = a.tokens().get(i);
            if (t.pos().equals("VERB") || t.text().equals(",") || t.pos().equals("SCONJ")
                    || Tokens.isAny(a.tokens(), i, CLAUSE_OPENERS)) {
                return null; // "agreed that the treaty must be respected": a clause, not the document signed
            }
            // The capitalised words of a document's name do not count against the reach.
            if (!t.isCapitalized() && !(plain > 0 && NAME_LINKS.contains(t.text()) && i + 1 < end
                    && a.tokens().get(i + 1).isCapitalized())) {
                plain++;
            }
        }
        return null;
    }

    /** The subject refers to the participants of the story ("The two ministers", "Both sides", "They"). */
    private boolean refersBack(AnalysedArticle a, Sentence s, int verb) {
        for (int i = s.tokens().start(); i < verb; i++) {
            var m = Groups.at(lexicon, a, i);
            if (m != null && m.value().equals("participants") && m.end() <= verb) {
                return true;
            }
        }
        return false;
    }

    /** This sentence and those that continue its story ("The agreement, signed…", "It is expected…"). */
    private List<Sentence> story(AnalysedArticle a, Sentence s) {
        List<Sentence> story = new ArrayList<>(List.of(s));
        for (int k = s.index() + 1; k < a.sentences().size() && k <= s.index() + MAX_CONTINUATION; k++) {
            Sentence next = a.sentences().get(k);
            boolean continues = Groups.at(lexicon, a, next.tokens().start()) != null
                    || Tokens.isAny(a.tokens(), next.tokens().start(), List.of("It", "The", "This"))
                    && lexicon.agreementKinds().matchAt(a.tokens(), next.tokens().start() + 1, a.article().text()) != null
                    || Tokens.is(a.tokens(), next.tokens().start(), "It") && next.paragraph() == story.get(story.size() - 1).paragraph();
            if (!continues) {
                break;
            }
            story.add(next);
        }
        return story;
    }

    /**
     * The first date of the sentence that may be its signing's: not one "of" a document the
     * sentence names ("documents amending the agreement on merchant shipping of December 23, 1994").
     */
    private static LocalDate signingDate(AnalysedArticle a, ArticleDates dates, Sentence s) {
        for (DateMention d : dates.in(s)) {
            if (d.date() != null && !Tokens.is(a.tokens(), d.start() - 1, "of")) {
                return d.date();
            }
        }
        return null;
    }

    private static LocalDate firstDate(AnalysedArticle a, ArticleDates dates, List<Sentence> story) {
        for (Sentence s : story) {
            LocalDate d = signingDate(a, dates, s);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private List<String> topics(AnalysedArticle a, List<Sentence> story) {
        Set<String> topics = new LinkedHashSet<>();
        for (Sentence s : story) {
            lexicon.topics().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())
                    .forEach(m -> topics.add(m.value()));
        }
        return List.copyOf(topics);
    }

    /** "between the two foreign ministries": the named ministry of every party. */
    private List<Entity> ministries(AnalysedArticle a, List<Sentence> story, Set<Entity> parties) {
        Set<String> names = new LinkedHashSet<>();
        for (Sentence s : story) {
            lexicon.ministries().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())
                    .forEach(m -> names.add(m.value()));
        }
        List<Entity> orgs = new ArrayList<>();
        for (String name : names) {
            for (Entity state : parties) {
                String label = name + " of " + state.label();
                orgs.add(new Entity(EntityKind.ORGANIZATION, Keys.slug(label), label, List.of(), null, null));
            }
        }
        return orgs;
    }
}
