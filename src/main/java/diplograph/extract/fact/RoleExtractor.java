package diplograph.extract.fact;

import diplograph.extract.Tokens;
import diplograph.extract.mention.PersonMention;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Title;
import diplograph.model.AnalysedArticle;
import diplograph.model.Diagnostic;
import diplograph.model.Entity;
import diplograph.model.Evidence;
import diplograph.model.Office;
import diplograph.model.OfficeHolding;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads who holds which office from titled names. The state is the one the title names
 * ("Kazakhstan’s Deputy Prime Minister"), else the one the article names for that person
 * elsewhere, else the one whose office the official held that day by the reference ("Secretary of
 * State Antony J. Blinken" in 2021: the United States'). "His Iranian counterpart, Abbas
 * Araghchi" takes the office of the other party.
 */
public final class RoleExtractor {

    private final diplograph.lexicon.Lexicon lexicon;

    public RoleExtractor(diplograph.lexicon.Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param datelineState the state of the dateline's place: an unqualified title ("President
     *                      Tinubu" in an article from Abuja) is taken as that state's, since news
     *                      writes the nationality of foreign officials and leaves out the local one
     */
    public List<OfficeHolding> extract(AnalysedArticle a, PersonResolver.Result persons, Entity datelineState,
                                List<Diagnostic> diagnostics) {
        List<OfficeHolding> roles = new ArrayList<>();
        List<PersonResolver.Resolved> mentions = persons.mentions();
        java.util.function.Supplier<Salience> salience = new java.util.function.Supplier<>() {
            private Salience made;

            @Override
            public Salience get() {
                if (made == null) {
                    made = new Salience(a, mentions, QuoteExtractor.quotations(a), lexicon.speechVerbs());
                }
                return made;
            }
        };
        Entity home = datelineState == null ? homeState(persons, a.article().published()) : null;
        int homeEnd = home == null ? 0 : firstForeign(persons, home);
        for (int k = 0; k < mentions.size(); k++) {
            PersonResolver.Resolved r = mentions.get(k);
            PersonMention m = r.mention();
            // A bare title with its state ("The President of Russia said") asserts the office of the
            // person it was resolved to; other bare titles ("the minister") do not.
            boolean bare = m.form() == PersonMention.Form.TITLE_ONLY && m.qualifier() != null;
            if (m.form() != PersonMention.Form.TITLED_NAME && !bare) {
                continue;
            }
            Entity state = stateOf(persons, r);
            // (Not for an official the reference knows in another state only: "the government of
            // President Daniel Ortega" in a Havana dispatch is Nicaragua's president.)
            boolean local = state == null && datelineState != null && !officeTaken(persons, m, datelineState)
                    && !bodyAfter(a, m) && !servesElsewhere(r.person(), datelineState);
            if (local) {
                state = datelineState;
            }
            var sentence = a.sentences().get(m.sentence());
            for (Title t : m.titles()) {
                Office office = t.kind() == Title.Kind.OFFICE ? t.office()
                        : t.kind() == Title.Kind.COUNTERPART ? counterpartOffice(mentions, k) : null;
                if (office == null) {
                    continue;
                }
                if (t.kind() == Title.Kind.COUNTERPART) {
                    // "his Chinese counterpart Wen Jiabao" of a prime minister: the counterpart's
                    // own office of that kind, where the reference gives it (Premier).
                    Office own = lexicon.officials().officeOfKind(r.person().label(), office.category(),
                            a.article().published(), lexicon);
                    office = own != null ? own : office;
                }
                Entity held = state;
                String rule = t.kind() == Title.Kind.COUNTERPART ? "role.counterpart.v1"
                        : local ? "role.title.dateline_state.v1" : bare ? "role.title_reference.v1" : "role.title.v1";
                double confidence = local ? 0.6 : 0.9;
                if (held == null) {
                    held = lexicon.officials().stateOfOffice(r.person().label(), office, a.article().published(), lexicon);
                    rule = "role.title.reference_state.v1";
                    confidence = 0.8;
                }
                if (held == null && t.kind() == Title.Kind.OFFICE) {
                    // The delegation the sentence lists the official in says more than the article's home.
                    held = delegationState(a, persons, r, roles, salience);
                    rule = "role.title.delegation_state.v1";
                    confidence = 0.6;
                }
                if (held == null && home != null && t.kind() == Title.Kind.OFFICE && m.start() < homeEnd
                        && fitsHome(r.person(), office, home, a.article().published()) && !bodyNamed(a, m)) {
                    held = home;
                    rule = "role.title.home_state.v1";
                    confidence = 0.5;
                }
                if (held == null) {
                    diagnostics.add(new Diagnostic("role.no_state", r.person().label() + " is " + office.label()
                            + " of a state the article does not name", Tokens.span(a.tokens(), m.start(), m.end())));
                    continue;
                }
                if (lexicon.officials().heldOnlyBefore(r.person().label(), office, held, a.article().published(), lexicon)) {
                    // News names the dead and the retired by the office they held ("the crash, which
                    // killed Polish President Lech Kaczyński"): no office held on the article's date.
                    diagnostics.add(new Diagnostic("role.ended", r.person().label() + " held " + office.label()
                            + " only before the article's date, by the reference", Tokens.span(a.tokens(), m.start(), m.end())));
                    continue;
                }
                // "British foreign minister William Hague": the office as the state names it.
                office = lexicon.nationalOffice(held, office);
                OfficeHolding h = new OfficeHolding(r.person(), office, held, a.article().published(),
                        new Evidence(sentence.index(), sentence.span(), rule, confidence));
                if (roles.stream().noneMatch(x -> same(x, h))) {
                    roles.add(h);
                }
            }
        }
        return withoutGeneric(roles);
    }

    /**
     * The roles less an office whose name only opens another the same person holds for the same
     * state ("Minister" beside "Minister of Foreign Affairs": "Turkish Foreign Minister Mevlut
     * Cavusoglu … Minister Cavusoglu discussed"): the same office, named short.
     */
    private static List<OfficeHolding> withoutGeneric(List<OfficeHolding> roles) {
        return roles.stream().filter(h -> roles.stream().noneMatch(x -> x != h && x.person().equals(h.person())
                && x.of().equals(h.of()) && x.office().label().startsWith(h.office().label() + " "))).toList();
    }

    /**
     * The article's home state when it has no dateline: the state of the first person whose state
     * the article (or, for a known official, the reference) gives. A readout names its own side's
     * officials without their state ("Spokesperson Ned Price", "Secretary of State Antony J.
     * Blinken") and the other side's with it, as news does for the dateline's state.
     */
    private Entity homeState(PersonResolver.Result persons, java.time.LocalDate day) {
        boolean unplacedBefore = false;
        for (PersonResolver.Resolved r : persons.mentions()) {
            Entity state = stateOf(persons, r);
            if (state != null && unplacedBefore && r.mention().qualifier() != null) {
                // "Foreign Minister Prince Saud Al-Faisal received a call from U.S. Secretary of State
                // Hillary Clinton": the state written out names the other side, not the article's.
                return null;
            }
            if (state == null) {
                // The official the text names as the reference does, or one in office that day: not a
                // namesake by another form of the name, out of office ("retired aerospace executive Tom
                // Young", read as the reference's Thomas Young), who says nothing of the article's side.
                var officials = lexicon.officials().named(r.person().label());
                boolean named = officials.size() == 1 && (officials.get(0).name().equals(r.mention().name())
                        || day == null || officials.get(0).inOfficeOn(day));
                state = named ? lexicon.soleStateOf(officials.get(0)) : null;
            }
            if (state != null && state.kind() == diplograph.model.EntityKind.STATE) {
                return state;
            }
            unplacedBefore |= state == null && r.mention().form() == PersonMention.Form.TITLED_NAME;
        }
        return null;
    }

    /** The state (or organization) the mention names, else the one the article names for the person. */
    /**
     * "President Lula was accompanied by the following comitiva: the Minister of Tourism Walfrido
     * Mares Guia, …": an official listed after a companion or attendance cue with no state of their
     * own serves the state of the person the sentence opens with, whose delegation it is.
     */
    private Entity delegationState(AnalysedArticle a, PersonResolver.Result persons, PersonResolver.Resolved r,
                                   List<OfficeHolding> found, java.util.function.Supplier<Salience> salience) {
        var sentence = a.sentences().get(r.mention().sentence());
        String text = a.article().text();
        int cue = -1;
        for (var c : lexicon.companionCues().findAll(a.tokens(), sentence.tokens().start(), r.mention().start(), text)) {
            cue = c.start();
        }
        for (var c : lexicon.attendanceCues().findAll(a.tokens(), sentence.tokens().start(), r.mention().start(), text)) {
            cue = Math.max(cue, c.start());
        }
        if (cue < 0) {
            return null;
        }
        for (PersonResolver.Resolved head : persons.mentions()) {
            if (head.mention().sentence() == r.mention().sentence() && head.mention().end() <= cue) {
                Entity state = stateOf(persons, head);
                return state != null && state.kind() == diplograph.model.EntityKind.STATE ? state : null;
            }
        }
        int first = sentence.tokens().start();
        if (first < cue && Salience.isPronoun(a, first)) {
            // "He is accompanied by ministers A, B and C": the delegation of the person "he" is.
            Entity head = salience.get().resolve(first, sentence.index());
            Entity state = head == null ? null : persons.stateOf().get(head.key());
            if (state == null && head != null) {
                state = found.stream().filter(h -> h.person().equals(head) && h.of().kind() == diplograph.model.EntityKind.STATE)
                        .map(OfficeHolding::of).findFirst().orElse(null);
            }
            return state != null && state.kind() == diplograph.model.EntityKind.STATE ? state : null;
        }
        return null;
    }

    private static Entity stateOf(PersonResolver.Result persons, PersonResolver.Resolved r) {
        return r.mention().qualifier() != null ? r.mention().qualifier() : persons.stateOf().get(r.person().key());
    }

    /**
     * Whether the title names a body the lexicon does not know, whose office it then is, not the
     * home state's: a proper name before it ("Hamas spokesman Sami Zuhri", "ASEAN summit spokesman")
     * or after "for", or "of" after the title ("Fawzi Barhum, a spokesman for the Hamas").
     */
    private boolean bodyNamed(AnalysedArticle a, PersonMention m) {
        var t = a.tokens();
        var sentence = a.sentences().get(m.sentence()).tokens();
        int k = m.start() - 1;
        // "ASEAN summit spokesman": up to two common nouns between the name and the title.
        for (int nouns = 0; nouns < 2 && k > sentence.start() && !t.get(k).isCapitalized()
                && (t.get(k).pos().equals("NOUN") || t.get(k).pos().equals("PROPN")); nouns++) {
            k--;
        }
        if (k >= sentence.start() && lexicon.honorifics().matchAt(t, k, a.article().text()) != null) {
            return false; // "HE Prime Minister …", "H.E. Ambassador …": a courtesy, not a body
        }
        if (k >= sentence.start() && t.get(k).isCapitalized() && Character.isLetter(t.get(k).text().charAt(0))
                && (k > sentence.start() || t.get(k).pos().equals("PROPN") || acronym(t.get(k).text()))) {
            return bodyAt(a, k, sentence.end()); // not "Cuban parliamentary speaker": a state, not a body
        }
        return bodyAfter(a, m);
    }

    /**
     * Whether the title after the name is of a body the lexicon does not know: "Fawzi Barhum, a
     * spokesman for the Hamas", "Gwynne Shotwell, president and chief operating officer of SpaceX".
     */
    private boolean bodyAfter(AnalysedArticle a, PersonMention m) {
        var t = a.tokens();
        var sentence = a.sentences().get(m.sentence()).tokens();
        int after = m.end();
        if (Tokens.is(t, after, "for")) {
            return bodyAt(a, after + 1, sentence.end());
        }
        // "Representative Andre Carson of Indiana": after a name, "of" names a constituency, not a body.
        if (t.get(after - 1).isCapitalized()) {
            return false;
        }
        // "president and chief operating officer of SpaceX", "vice president of advanced development
        // programs at Blue Origin": past the title's other words to the body it is of.
        for (int k = after; k < sentence.end() && k < m.end() + TITLE_TAIL; k++) {
            Token w = t.get(k);
            if (Tokens.isAny(t, k, BODY_LINKS) && k + 1 < sentence.end()
                    && (t.get(k + 1).isCapitalized() || Tokens.is(t, k + 1, "the"))) {
                return bodyAt(a, k + 1, sentence.end());
            }
            if (w.isCapitalized() || w.pos().equals("PUNCT") || w.pos().equals("AUX")
                    || w.pos().equals("VERB") && !w.text().endsWith("ing")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a body the lexicon does not know as a state's is named at {@code k} ("SpaceX", "the Hamas"). */
    private boolean bodyAt(AnalysedArticle a, int k, int end) {
        var t = a.tokens();
        int n = k + (Tokens.is(t, k, "the") ? 1 : 0);
        String text = a.article().text();
        return n < end && t.get(n).isCapitalized() && !departmentAt(t, n)
                && lexicon.stateNames().matchAt(t, n, text) == null && lexicon.stateAdjectives().matchAt(t, n, text) == null;
    }

    /** Words a title after a name may run on by before the body it is of: "chief operating officer of". */
    private static final int TITLE_TAIL = 6;
    private static final List<String> BODY_LINKS = List.of("of", "at", "for");

    /**
     * A state's own department or ministry at or next to {@code k} ("State Department
     * Spokesperson", "Department of State Spokesperson"): the home state's body.
     */
    private static boolean departmentAt(List<diplograph.model.Token> t, int k) {
        for (int i = Math.max(0, k - 2); i < Math.min(t.size(), k + 2); i++) {
            if (Tokens.isAny(t, i, DEPARTMENTS)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> DEPARTMENTS = List.of("Department", "Ministry", "department", "ministry");

    private static boolean acronym(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Where the first person of another state is named: the home state is taken only for the
     * officials named before it (the readout's own side opens it: "Spokesperson Ned Price:
     * Secretary of State Antony J. Blinken met … the Amir of Kuwait, the Crown Prince …").
     */
    private static int firstForeign(PersonResolver.Result persons, Entity home) {
        for (PersonResolver.Resolved r : persons.mentions()) {
            Entity state = stateOf(persons, r);
            if (state != null && !state.equals(home)) {
                return r.mention().start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Whether the home state's office may be this person's: not for the head of an organization,
     * not when the reference knows the person
     * and none of their offices is the home state's (other states', or none: "Pope Francis" is no
     * official of the United States), nor when it knows who held that office of the home state on
     * the article's date and it is someone else.
     */
    /**
     * Whether the one official of the reference so named (or, when none is, the one whose name it
     * is an initial or a letter off from: "India's newly-appointed Minister S Jaishankar" in a Nepali
     * paper) serves other states than {@code state} only.
     */
    private boolean servesElsewhere(Entity person, Entity state) {
        var named = lexicon.officials().named(person.label());
        if (named.size() == 1 && !named.get(0).states().contains(state.code())) {
            return true;
        }
        var near = named.isEmpty() ? lexicon.officials().namedNearly(person.label(), lexicon) : List.<diplograph.lexicon.Official>of();
        return near.size() == 1 && !near.get(0).states().isEmpty() && !near.get(0).states().contains(state.code());
    }

    private boolean fitsHome(Entity person, Office office, Entity home, java.time.LocalDate day) {
        if (office.category().equals("organization_head")) {
            // A director general or chairperson heads a body, and the home state is no body.
            return false;
        }
        if (servesElsewhere(person, home)) {
            return false;
        }
        var named = lexicon.officials().named(person.label());
        var holders = lexicon.officials().holders(office, home, day, lexicon);
        if (holders.isEmpty()) {
            // The reference holds the heads of state and government of the period: none for the
            // home state means the home state has no such office ("Pope Francis" in a U.S. readout).
            return !office.category().equals("head_of_state") && !office.category().equals("head_of_government");
        }
        return holders.stream().anyMatch(o -> named.contains(o));
    }

    /**
     * Whether another person already holds, for {@code state}, an office of the same category as
     * the mention's titles: then the unqualified title is a visitor's, not the host state's.
     */
    private static boolean officeTaken(PersonResolver.Result persons, PersonMention m, Entity state) {
        for (PersonResolver.Resolved other : persons.mentions()) {
            if (other.mention().qualifier() == null || !other.mention().qualifier().equals(state)) {
                continue;
            }
            for (Title mine : m.titles()) {
                for (Title theirs : other.mention().titles()) {
                    if (mine.kind() == Title.Kind.OFFICE && theirs.kind() == Title.Kind.OFFICE
                            && mine.category().equals(theirs.category())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The last office of the nearest titled person before mention k in the same sentence. */
    private static Office counterpartOffice(List<PersonResolver.Resolved> mentions, int k) {
        PersonMention self = mentions.get(k).mention();
        for (int j = k - 1; j >= 0; j--) {
            PersonMention other = mentions.get(j).mention();
            if (other.sentence() != self.sentence()) {
                break;
            }
            Office office = lastOffice(other);
            if (office == null) {
                // "the Indian leader meeting with his Chinese counterpart Wen Jiabao": the office the
                // article titles that person with elsewhere.
                Entity person = mentions.get(j).person();
                for (PersonResolver.Resolved r : mentions) {
                    if (r.person().equals(person) && office == null) {
                        office = lastOffice(r.mention());
                    }
                }
            }
            if (office != null) {
                return office;
            }
        }
        return null;
    }

    private static Office lastOffice(PersonMention m) {
        for (int t = m.titles().size() - 1; t >= 0; t--) {
            if (m.titles().get(t).kind() == Title.Kind.OFFICE) {
                return m.titles().get(t).office();
            }
        }
        return null;
    }

    private static boolean same(OfficeHolding x, OfficeHolding y) {
        return x.person().equals(y.person()) && x.office().equals(y.office()) && x.of().equals(y.of());
    }

}
