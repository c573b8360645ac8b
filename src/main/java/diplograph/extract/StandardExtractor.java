package diplograph.extract;

import diplograph.extract.fact.AgreementExtractor;
import diplograph.extract.fact.CommunicationExtractor;
import diplograph.extract.fact.EventExtractor;
import diplograph.extract.fact.PositionExtractor;
import diplograph.extract.fact.QuoteExtractor;
import diplograph.extract.fact.RoleExtractor;
import diplograph.extract.fact.StateTalksExtractor;
import diplograph.extract.mention.ArticleDates;
import diplograph.extract.mention.ContactPhrases;
import diplograph.extract.mention.DateFinder;
import diplograph.extract.mention.OrganizationFinder;
import diplograph.extract.mention.PersonFinder;
import diplograph.extract.mention.PersonMention;
import diplograph.extract.mention.PlaceFinder;
import diplograph.extract.mention.StateFinder;
import diplograph.extract.resolve.PersonLinker;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.extract.resolve.SpeechTurns;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.Diagnostic;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Event;
import diplograph.model.Extraction;
import diplograph.model.Fact;
import diplograph.model.Mention;
import diplograph.model.OfficeHolding;
import diplograph.model.Quote;
import diplograph.model.Sentence;
import diplograph.model.Agreement;
import diplograph.model.Position;
import diplograph.model.Communication;
import diplograph.lexicon.Keys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard extraction pipeline, in order: states, persons (titled, then resolved), offices,
 * links of persons to Wikidata, events. Each step reads what the earlier ones found; none changes it.
 */
public final class StandardExtractor implements Extractor {

    private final Lexicon lexicon;
    private final StateFinder states;
    private final OrganizationFinder organizations;
    private final PersonFinder persons;
    private final ContactPhrases contactPhrases;
    private final PersonResolver resolver;
    private final RoleExtractor roles;
    private final PersonLinker linker;
    private final DateFinder dates;
    private final PlaceFinder places;
    private final EventExtractor events;
    private final QuoteExtractor quotes;
    private final AgreementExtractor agreements;
    private final PositionExtractor positions;
    private final CommunicationExtractor communications;
    private final StateTalksExtractor stateTalks;

    public StandardExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.states = new StateFinder(lexicon);
        this.organizations = new OrganizationFinder(lexicon);
        this.persons = new PersonFinder(lexicon);
        this.contactPhrases = new ContactPhrases(lexicon);
        this.resolver = new PersonResolver(lexicon);
        this.roles = new RoleExtractor(lexicon);
        this.linker = new PersonLinker(lexicon);
        this.places = new PlaceFinder(lexicon);
        this.dates = new DateFinder(lexicon);
        this.events = new EventExtractor(lexicon, places);
        this.quotes = new QuoteExtractor(lexicon);
        this.agreements = new AgreementExtractor(lexicon, places);
        this.positions = new PositionExtractor(lexicon);
        this.communications = new CommunicationExtractor(lexicon);
        this.stateTalks = new StateTalksExtractor(lexicon);
    }

    /** The names of the steps, in the order they run. */
    public static List<String> steps() {
        return List.of("states", "organizations", "contact-phrases", "persons", "person-resolution", "offices", "person-linking",
                "events",
                "communications", "quotes", "agreements", "positions", "state-talks");
    }

    /**
     * The quotations with a transcript's turns ("President of Russia Vladimir Putin: …"), for the
     * stances said in them; a turn is not itself a quotation of the graph.
     */
    private static List<Quote> spoken(List<Quote> quotations, List<Quote> turns) {
        if (turns.isEmpty()) {
            return quotations;
        }
        List<Quote> all = new ArrayList<>(quotations);
        all.addAll(turns);
        return all;
    }

    /**
     * The keys of the persons the article titles only with an office left or not yet taken ("Former
     * President of the United States, Jimmy Carter") and who hold none it states: private persons,
     * whose deeds are no state's.
     */
    private static java.util.Set<String> outOfOffice(PersonResolver.Result people, List<OfficeHolding> offices) {
        java.util.Set<String> out = new java.util.HashSet<>();
        people.mentions().stream().filter(r -> r.mention().form() == PersonMention.Form.TITLED_NAME
                && r.mention().titles().isEmpty()).forEach(r -> out.add(r.person().key()));
        offices.forEach(o -> out.remove(o.person().key()));
        return out;
    }

    /** How many first sentences may name the text's voice. */
    private static final int VOICE_SENTENCES = 3;

    /** The person a text names as its voice ("The below is attributable to Spokesperson Ned Price:"), or null. */
    private Entity voice(AnalysedArticle a, PersonResolver.Result people) {
        for (Sentence s : a.sentences().subList(0, Math.min(VOICE_SENTENCES, a.sentences().size()))) {
            for (var cue : lexicon.voiceCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())) {
                for (PersonResolver.Resolved r : people.mentions()) {
                    if (r.mention().sentence() == s.index() && r.mention().start() == cue.end()) {
                        return r.person();
                    }
                }
            }
        }
        return null;
    }

    @Override
    public Extraction extract(AnalysedArticle a) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Mention> stateMentions = states.find(a);
        List<List<ContactPhrases.Phrase>> contacts = contactPhrases.find(a);
        PersonResolver.Result resolved = resolver.resolve(a, persons.find(a, contacts));
        Entity dateline = datelinePlace(a);
        PersonLinker.Result linked = linker.link(a, resolved,
                roles.extract(a, resolved, lexicon.stateOfCapital(dateline), diagnostics));
        PersonResolver.Result people = linked.people();
        List<OfficeHolding> offices = linked.offices();
        List<Mention> orgMentions = organizations.find(a);
        ArticleDates when = dates.all(a);
        Salience salience = new Salience(a, people.mentions(), QuoteExtractor.quotations(a), lexicon.speechVerbs());
        // A story without a dateline is placed by its lead ("… reports from Sydney").
        Entity storyPlace = dateline != null ? dateline : places.leadPlace(a);
        Clauses clauses = new Clauses(a);
        List<Event> found = events.extract(a, clauses, when, people.mentions(), contacts, storyPlace, salience,
                diagnostics);
        List<Communication> passed = communications.extract(a, when, people.mentions(), stateMentions, salience);
        List<Quote> said = quotes.extract(a, clauses, people.mentions(), salience, passed);
        Map<String, Entity> stateOf = new java.util.HashMap<>(people.stateOf());
        offices.forEach(o -> stateOf.putIfAbsent(o.person().key(), o.of()));
        // "Vladimir Putin had a telephone conversation with …": a linked official named without his
        // state or office speaks for the one state the reference gives, when in office that day (a
        // namesake linked by name alone, "retired aerospace executive Tom Young", speaks for none).
        java.time.LocalDate day = a.article().published();
        linked.links().stream().filter(l -> l.linked()).forEach(l -> {
            var official = lexicon.officials().withItem(l.wikidata());
            boolean serving = day == null || official != null && official.inOfficeOn(day);
            Entity state = serving ? lexicon.soleStateOf(official) : null;
            if (state != null) {
                stateOf.putIfAbsent(l.person().key(), state);
            }
        });
        List<Agreement> signed = agreements.extract(a, when, people.mentions(), stateMentions, found, stateOf, dateline,
                diagnostics);
        List<Event> talks = stateTalks.extract(a, stateMentions);
        List<Position> taken = positions.extract(a, new PositionExtractor.Context(people.mentions(), stateMentions, orgMentions,
                spoken(said, SpeechTurns.find(a, people.mentions(), lexicon)), found, stateOf, salience, when, clauses,
                outOfOffice(people, offices),
                voice(a, people)), diagnostics);

        Map<String, Entity> entities = new LinkedHashMap<>();
        stateMentions.forEach(m -> add(entities, m.entity()));
        orgMentions.forEach(m -> add(entities, m.entity()));
        people.persons().forEach(p -> add(entities, p));
        offices.forEach(o -> add(entities, o.of()));
        if (dateline != null) {
            add(entities, dateline);
        }
        found.forEach(e -> {
            e.participants().forEach(p -> add(entities, p));
            if (e.place() != null) {
                add(entities, e.place());
            }
        });
        said.forEach(q -> add(entities, q.speaker()));
        signed.forEach(g -> {
            g.parties().forEach(p -> add(entities, p));
            g.partyOrganizations().forEach(p -> add(entities, p));
            g.signatories().forEach(p -> add(entities, p));
            if (g.place() != null) {
                add(entities, g.place());
            }
        });
        taken.forEach(p -> {
            add(entities, p.holder());
            if (p.speaker() != null) {
                add(entities, p.speaker());
            }
            if (p.target() != null) {
                add(entities, p.target());
            }
        });
        passed.forEach(m -> java.util.stream.Stream.of(m.sender(), m.recipient(), m.via())
                .filter(java.util.Objects::nonNull).forEach(e -> add(entities, e)));
        List<Fact> facts = new ArrayList<>(offices);
        facts.addAll(found);
        facts.addAll(said);
        facts.addAll(signed);
        facts.addAll(taken);
        facts.addAll(passed);
        facts.addAll(talks);
        facts.addAll(linked.links());
        return new Extraction(a.article(), List.copyOf(entities.values()), facts, diagnostics);
    }

    private static void add(Map<String, Entity> entities, Entity e) {
        entities.putIfAbsent(e.kind().path() + "/" + e.key(), e);
    }

    /**
     * The dateline as a gazetteer place, a state's capital for the state's name ("KUWAIT" → Kuwait
     * City), else as written in title case ("TEHRAN" → "Tehran"); none
     * when a word of an unknown one is an ordinary English word: a column's or a label's name read
     * as a dateline ("DEAR ABBY:", "BREAKING —") is no place, an organization's name
     * ("UNITED NATIONS") still is.
     */
    private Entity datelinePlace(AnalysedArticle a) {
        String written = a.article().dateline();
        if (written == null) {
            return sourceLinePlace(a);
        }
        Entity known = lexicon.place(written);
        if (known != null) {
            return known;
        }
        // "KUWAIT:": a state's name in a dateline is its capital's (Kuwait City).
        Entity capital = lexicon.capitalOf(lexicon.state(written));
        if (capital != null) {
            return capital;
        }
        // "UNITED NATIONS (AP) —": a body whose seat is the place stays one.
        if (lexicon.organization(written) == null
                && java.util.Arrays.stream(written.split("[ -]+")).anyMatch(lexicon::isCommonWord)) {
            return null;
        }
        String label = titleCase(written);
        return new Entity(EntityKind.PLACE, Keys.slug(label), label, List.of(), null, null);
    }

    /** Most words of a city closing a source's line: "New Delhi", "Kuala Lumpur", "Ho Chi Minh City". */
    private static final int CITY_WORDS = 4;

    /**
     * The city closing the article's first line when that line names a news agency and where it
     * writes from ("Press Trust of India Dhaka", "Xinhua Beijing"): the agency of
     * {@code news-agencies.tsv}, then a place of the gazetteer, nothing else.
     */
    private Entity sourceLinePlace(AnalysedArticle a) {
        var blocks = a.article().blocks();
        if (blocks.size() < 2 || blocks.get(0).kind() != diplograph.model.Block.BlockKind.HEADING) {
            return null;
        }
        List<String> words = List.of(blocks.get(0).span().coveredText(a.article().text()).strip().split("\\s+"));
        for (int k = Math.max(1, words.size() - CITY_WORDS); k < words.size(); k++) {
            Entity place = lexicon.place(String.join(" ", words.subList(k, words.size())));
            if (place != null && lexicon.isNewsAgency(String.join(" ", words.subList(0, k)))) {
                return place;
            }
        }
        return null;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
