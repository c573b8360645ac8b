package diplograph.lexicon;

import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.EventKind;
import diplograph.model.Office;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list and gazetteer extraction uses, loaded once from the data files under
 * {@code /lexicon} and {@code /reference} on the classpath. Immutable after loading and safe to
 * share between threads.
 */
public final class Lexicon {

    /** Whether an event cue marks the event as not having happened (yet). */
    public enum Modality { PLANNED, NEGATED, HYPOTHETICAL }

    private final PhraseMatcher<Title> titles = new PhraseMatcher<>();
    private final PhraseMatcher<EventKind> triggers = new PhraseMatcher<>();
    private final PhraseMatcher<Modality> modalities = new PhraseMatcher<>();
    private final PhraseMatcher<Modality> futureCues = new PhraseMatcher<>();
    private final PhraseMatcher<String> venueVerbs = new PhraseMatcher<>();
    private final PhraseMatcher<String> pastCues = new PhraseMatcher<>();
    private final PhraseMatcher<String> continuations = new PhraseMatcher<>();
    private final PhraseMatcher<String> narrativeCues = new PhraseMatcher<>();
    private final PhraseMatcher<Integer> relativeDays = new PhraseMatcher<>();
    private final PhraseMatcher<String> speechVerbs = new PhraseMatcher<>();
    private final PhraseMatcher<String> obligations = new PhraseMatcher<>();
    private final PhraseMatcher<String> directives = new PhraseMatcher<>();
    private final PhraseMatcher<String> governmentNouns = new PhraseMatcher<>();
    private final PhraseMatcher<String> audienceNouns = new PhraseMatcher<>();
    private final PhraseMatcher<String> remarkNouns = new PhraseMatcher<>();
    private final PhraseMatcher<String> separateCues = new PhraseMatcher<>();
    private final PhraseMatcher<Entity> regions = new PhraseMatcher<>();
    private final PhraseMatcher<String> honorifics = new PhraseMatcher<>();
    private final java.util.Set<String> honorificPhrases = new java.util.HashSet<>();
    private final java.util.Set<String> institutionWords = new java.util.HashSet<>();
    private final java.util.Set<String> commonWords = new java.util.HashSet<>();
    private final PhraseMatcher<String> agreementKinds = new PhraseMatcher<>();
    private final PhraseMatcher<String> signingVerbs = new PhraseMatcher<>();
    private final PhraseMatcher<String> topics = new PhraseMatcher<>();
    private final PhraseMatcher<String> ministries = new PhraseMatcher<>();
    private final PhraseMatcher<String> stances = new PhraseMatcher<String>().acrossQuotationMarks();
    private final PhraseMatcher<String> judgements = new PhraseMatcher<>();
    private final PhraseMatcher<String> voiceCues = new PhraseMatcher<>();
    private final PhraseMatcher<String> topicVerbs = new PhraseMatcher<>();
    private final PhraseMatcher<List<Entity>> ambiguousStateNames = new PhraseMatcher<>();
    private final PhraseMatcher<String> communications = new PhraseMatcher<>();
    private final PhraseMatcher<EventKind> eventNouns = new PhraseMatcher<>();
    private final PhraseMatcher<String> stateTalks = new PhraseMatcher<>();
    private final PhraseMatcher<String> stateForms = new PhraseMatcher<>();
    private final Map<String, EventKind> inPersonKinds = new java.util.HashMap<>();
    private final PhraseMatcher<String> lightVerbs = new PhraseMatcher<>();
    private final java.util.Set<String> newsAgencies = new java.util.HashSet<>();
    private final PhraseMatcher<EventKind> contactNouns = new PhraseMatcher<>();
    private final PhraseMatcher<EventKind> channelCues = new PhraseMatcher<>();
    /** The first words of the channel cues ("by", "via", "over"), asked before the matcher at every word. */
    private final java.util.Set<String> channelOpeners = new java.util.HashSet<>();
    private final PhraseMatcher<String> companionCues = new PhraseMatcher<>();
    private final PhraseMatcher<String> documentNouns = new PhraseMatcher<>();
    private final Map<String, String> contactRoles = new java.util.HashMap<>();
    private final PhraseMatcher<String> contactObjects = new PhraseMatcher<>();
    private final PhraseMatcher<String> attendanceCues = new PhraseMatcher<>();
    private final Set<String> portfolioWords = new HashSet<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Map<String, Title> titlesByPhrase = new java.util.HashMap<>();
    private final PhraseMatcher<String> reportingCues = new PhraseMatcher<>();
    private final Map<String, Entity> knownPersons = new java.util.HashMap<>();
    private final Map<String, List<Entity>> knownBySurname = new java.util.HashMap<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final PhraseMatcher<String> pastOfficeCues = new PhraseMatcher<>();
    private final PhraseMatcher<String> titleModifiers = new PhraseMatcher<>();
    private final PhraseMatcher<String> stateAnaphors = new PhraseMatcher<>();
    private final PhraseMatcher<Entity> stateNames = new PhraseMatcher<>();
    private final PhraseMatcher<Entity> stateAdjectives = new PhraseMatcher<>();
    private final Map<String, Entity> statesByAdjective = new java.util.HashMap<>();
    private final PhraseMatcher<Entity> places = new PhraseMatcher<>();
    private final Map<String, Entity> placesByName = new java.util.HashMap<>();
    /** Organizations by id: the id of the organization each body of it speaks for. */
    private final Map<String, String> parentIds = new java.util.HashMap<>();
    /** The kinds of organizations.tsv whose bodies speak for one organization, and its id. */
    private static final Map<String, String> PARENT_BY_KIND = Map.of("eu_institution", "eu", "un_organ", "un");
    /** The places by {@link #folded} name, for names written with other diacritics or spacing. */
    private final Map<String, Entity> placesByFoldedName = new java.util.HashMap<>();
    private final Map<String, Entity> statesByFoldedName = new java.util.HashMap<>();
    private final Map<String, Entity> statesByName = new java.util.HashMap<>();
    private final PhraseMatcher<Entity> organizations = new PhraseMatcher<>();
    private final Map<String, Entity> organizationsByName = new java.util.HashMap<>();
    private final Map<String, Entity> organizationsById = new LinkedHashMap<>();
    private final Map<String, Entity> stateOfPlace = new java.util.HashMap<>();
    private final Map<String, Entity> capitalOf = new java.util.HashMap<>();
    private final Map<String, Entity> capitalByState = new java.util.HashMap<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final Set<String> familyNameFirst = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> capitalisedTitleWords = new HashSet<>();
    private final Map<String, Entity> statesByKey = new LinkedHashMap<>();
    private final Map<String, Office> offices = new LinkedHashMap<>();
    private final Map<String, List<String>> officeTitles = new LinkedHashMap<>();
    /** "GB|Minister of Foreign Affairs" → Foreign Secretary: a state's own name of a generic office. */
    private final Map<String, Office> nationalOffices = new java.util.HashMap<>();
    private final Officials officials = new Officials();

    private Lexicon() {
    }

    /** Loads the bundled data files. */
    public static Lexicon load() {
        return load(List.of());
    }

    /**
     * Loads the bundled data files and the user's own tables of known persons (the columns of
     * {@code reference/persons.tsv}: name, aliases, qid), which come first.
     */
    public static Lexicon load(List<java.nio.file.Path> personTables) {
        Lexicon lx = new Lexicon();
        for (java.nio.file.Path table : personTables) {
            try (var in = java.nio.file.Files.newInputStream(table)) {
                lx.loadPersons(Tsv.read(in, table.toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(table + ": cannot read persons table", e);
            }
        }
        lx.loadStates(Tsv.resource("/reference/states.tsv"));
        lx.loadPlaces(Tsv.resource("/lexicon/places.tsv"));
        lx.loadCities(Tsv.resource("/reference/cities.tsv"));
        lx.loadRegions(Tsv.resource("/reference/regions.tsv"));
        lx.loadOrganizations(Tsv.resource("/reference/organizations.tsv"));
        lx.loadPersons(Tsv.resource("/reference/persons.tsv"));
        for (Tsv.Row r : Tsv.resource("/lexicon/titles.tsv")) {
            Title.Kind kind = Title.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
            Office office = null;
            if (kind == Title.Kind.OFFICE) {
                String label = r.get("office");
                office = lx.offices.computeIfAbsent(label, l -> new Office(Keys.slug(l), l, r.get("category")));
                lx.officeTitles.computeIfAbsent(label, l -> new java.util.ArrayList<>()).add(r.get("phrase"));
            }
            Title title = new Title(office, r.get("category"), kind, r.get("phrase"));
            lx.titles.add(r.get("phrase"), title);
            lx.titlesByPhrase.putIfAbsent(PhraseMatcher.normalize(r.get("phrase")).toLowerCase(Locale.ROOT), title);
            for (String w : r.get("phrase").split("[\\s-]+")) {
                lx.titleWords.add(PhraseMatcher.normalize(w));
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    lx.capitalisedTitleWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        fill(lx.triggers, "event-triggers.tsv", "kind", EventKind::ofWord);
        lx.inPersonKinds("event-triggers.tsv");
        fill(lx.lightVerbs, "light-verbs.tsv", "phrase", v -> v);
        Tsv.resource("/lexicon/news-agencies.tsv").forEach(r -> lx.newsAgencies.add(PhraseMatcher.normalize(r.get("phrase"))));
        fill(lx.contactNouns, "contact-nouns.tsv", "kind", EventKind::ofWord);
        lx.inPersonKinds("contact-nouns.tsv");
        fill(lx.channelCues, "channel-cues.tsv", "kind", EventKind::ofWord);
        Tsv.resource("/lexicon/channel-cues.tsv").forEach(r -> lx.channelOpeners.add(
                r.get("phrase").strip().split("\\s+")[0].toLowerCase(Locale.ROOT)));
        fill(lx.companionCues, "companion-cues.tsv", "opens_list", v -> v);
        Tsv.resource("/lexicon/contact-roles.tsv").forEach(r -> lx.contactRoles.put(r.get("phrase"), r.get("role")));
        fill(lx.contactObjects, "contact-objects.tsv", "reads", v -> v);
        fill(lx.attendanceCues, "attendance-cues.tsv", "phrase", v -> v);
        Tsv.resource("/lexicon/portfolio-words.tsv").forEach(r -> lx.portfolioWords.add(r.get("word")));
        Tsv.resource("/lexicon/function-words.tsv").forEach(r -> lx.functionWords.add(r.get("word")));
        fill(lx.reportingCues, "reporting-cues.tsv", "phrase", v -> v);
        fill(lx.documentNouns, "document-nouns.tsv", "phrase", v -> v);
        fill(lx.modalities, "modality-cues.tsv", "modality", m -> Modality.valueOf(m.toUpperCase(Locale.ROOT)));
        fill(lx.futureCues, "future-cues.tsv", "modality", m -> Modality.valueOf(m.toUpperCase(Locale.ROOT)));
        fill(lx.venueVerbs, "venue-verbs.tsv", "kind", v -> v);
        fill(lx.pastCues, "past-cues.tsv", "where", v -> v);
        fill(lx.continuations, "continuation-cues.tsv", "refers_to", v -> v);
        fill(lx.narrativeCues, "narrative-cues.tsv", "phrase", v -> v);
        fill(lx.relativeDays, "relative-dates.tsv", "days", Integer::valueOf);
        fill(lx.speechVerbs, "speech-verbs.tsv", "phrase", v -> v);
        fill(lx.obligations, "obligation-cues.tsv", "phrase", v -> v);
        fill(lx.directives, "directive-verbs.tsv", "phrase", v -> v);
        fill(lx.governmentNouns, "government-nouns.tsv", "phrase", v -> v);
        fill(lx.audienceNouns, "audience-nouns.tsv", "phrase", v -> v);
        for (Tsv.Row r : Tsv.resource("/lexicon/national-offices.tsv")) {
            Office national = lx.offices.get(r.get("national"));
            if (national == null || !lx.offices.containsKey(r.get("office"))) {
                throw new IllegalStateException("national-offices.tsv: no office of titles.tsv named "
                        + (national == null ? r.get("national") : r.get("office")));
            }
            lx.nationalOffices.put(r.get("state").toUpperCase(Locale.ROOT) + "|" + r.get("office"), national);
        }
        fill(lx.remarkNouns, "remark-nouns.tsv", "phrase", v -> v);
        fill(lx.separateCues, "separate-cues.tsv", "phrase", v -> v);
        fill(lx.agreementKinds, "agreement-kinds.tsv", "kind", v -> v);
        fill(lx.signingVerbs, "signing-verbs.tsv", "phrase", v -> v);
        fill(lx.topics, "topics.tsv", "topic", v -> v);
        fill(lx.ministries, "ministries.tsv", "ministry", v -> v);
        fill(lx.eventNouns, "event-nouns.tsv", "kind", EventKind::ofWord);
        fill(lx.stateTalks, "state-talks.tsv", "phrase", v -> v);
        fill(lx.stateForms, "state-forms.tsv", "phrase", v -> v);
        for (Tsv.Row r : Tsv.resource("/lexicon/abbreviations.tsv")) {
            lx.abbreviations.add(r.get("abbreviation"));
        }
        fill(lx.communications, "communication-cues.tsv", "kind", v -> v);
        for (Tsv.Row r : Tsv.resource("/lexicon/stance-cues.tsv")) {
            for (String phrase : withPossessives(r.get("phrase"))) {
                lx.stances.add(phrase, r.get("stance"));
            }
        }
        fill(lx.judgements, "judgement-cues.tsv", "stance", v -> v);
        fill(lx.voiceCues, "voice-cues.tsv", "phrase", v -> v);
        fill(lx.topicVerbs, "topic-verbs.tsv", "phrase", v -> v);
        for (Tsv.Row r : Tsv.resource("/lexicon/seats-of-government.tsv")) {
            Entity state = lx.state(r.get("state"));
            if (state == null) {
                throw new IllegalStateException("seats-of-government.tsv: no state named " + r.get("state"));
            }
            lx.stateAdjectives.add(r.get("phrase"), state);
        }
        for (Tsv.Row r : Tsv.resource("/lexicon/ambiguous-state-names.tsv")) {
            List<Entity> states = new java.util.ArrayList<>();
            for (String name : r.list("states")) {
                Entity state = lx.state(name);
                if (state == null) {
                    throw new IllegalStateException("ambiguous-state-names.tsv: no state named " + name);
                }
                states.add(state);
            }
            lx.ambiguousStateNames.add(r.get("phrase"), List.copyOf(states));
        }
        fill(lx.honorifics, "honorifics.tsv", "phrase", v -> v);
        Tsv.resource("/lexicon/institution-words.tsv").forEach(r -> lx.institutionWords.add(r.get("word")));
        Tsv.resource("/lexicon/common-words.tsv").forEach(r -> lx.commonWords.add(r.get("word")));
        Tsv.resource("/lexicon/honorifics.tsv").forEach(r -> lx.honorificPhrases.add(PhraseMatcher.normalize(r.get("phrase"))));
        fill(lx.pastOfficeCues, "past-office-cues.tsv", "phrase", v -> v);
        fill(lx.titleModifiers, "title-modifiers.tsv", "phrase", v -> v);
        fill(lx.stateAnaphors, "state-anaphors.tsv", "phrase", v -> v);
        for (Tsv.Row r : Tsv.resource("/lexicon/name-particles.tsv")) {
            lx.nameParticles.add(PhraseMatcher.normalize(r.get("particle")));
        }
        Tsv.resource("/lexicon/family-name-first.tsv").forEach(r -> lx.familyNameFirst.add(r.get("state").strip().toUpperCase(java.util.Locale.ROOT)));
        // Last: an official is also found under the name without courtesy titles and states (honorifics, states).
        Tsv.resource("/reference/officials.tsv").forEach(r -> lx.officials.add(Officials.parse(r), lx));
        return lx;
    }

    /** The in_person column of a file of contact phrases: the kind a placed contact takes. */
    private void inPersonKinds(String file) {
        for (Tsv.Row r : Tsv.resource("/lexicon/" + file)) {
            if (!r.get("in_person").isBlank()) {
                inPersonKinds.put(PhraseMatcher.normalize(r.get("phrase")), EventKind.ofWord(r.get("in_person")));
            }
        }
    }

    /** Adds every row of a lexicon file: its "phrase", standing for {@code value} of another column. */
    /** Possessives a speaker may put before the noun of a stance phrase: "expressed his appreciation for". */
    private static final List<String> POSSESSIVE_DETERMINERS = List.of("his", "her", "its", "their", "our");
    /** Second words after which no possessive goes: "stressed the need", "stand with", "expressed its support". */
    private static final java.util.Set<String> NOT_A_NOUN = java.util.Set.of("the", "a", "an", "his", "her", "its", "their",
            "our", "to", "for", "with", "of", "on", "that", "by", "in");

    /**
     * A stance phrase and, when it is a past verb and its noun ("expressed appreciation for", "voiced
     * concern"), the same with each possessive between them ("expressed his appreciation for", "voiced
     * their concern"): the lexicon lists each phrase once.
     */
    static List<String> withPossessives(String phrase) {
        String[] words = phrase.split(" ", 2);
        if (words.length < 2 || !words[0].endsWith("ed") || NOT_A_NOUN.contains(words[1].split(" ")[0].toLowerCase(java.util.Locale.ROOT))) {
            return List.of(phrase);
        }
        List<String> all = new java.util.ArrayList<>(List.of(phrase));
        POSSESSIVE_DETERMINERS.forEach(p -> all.add(words[0] + " " + p + " " + words[1]));
        return all;
    }

    private static <V> void fill(PhraseMatcher<V> into, String file, String column,
                                 java.util.function.Function<String, V> value) {
        for (Tsv.Row r : Tsv.resource("/lexicon/" + file)) {
            into.add(r.get("phrase"), value.apply(r.get(column)));
        }
    }

    private void loadStates(List<Tsv.Row> rows) {
        // An adjective two states share ("Congolese", "Dominican") names neither: which one is meant
        // is not a guess to make. The person's own reference entry may still give the state.
        Map<String, Long> states = rows.stream().flatMap(r -> java.util.stream.Stream.concat(r.list("adjectives").stream(),
                r.list("demonyms").stream()).map(PhraseMatcher::normalize).distinct())
                .collect(java.util.stream.Collectors.groupingBy(a -> a, java.util.stream.Collectors.counting()));
        java.util.function.Predicate<String> shared = a -> states.getOrDefault(PhraseMatcher.normalize(a), 0L) > 1;
        for (Tsv.Row r : rows) {
            String iso2 = r.get("iso2");
            List<String> names = new java.util.ArrayList<>();
            names.add(r.get("name"));
            if (r.optional("official_name") != null) {
                names.add(r.get("official_name"));
            }
            if (r.optional("in_sentence") != null) {
                names.add(r.get("in_sentence"));
            }
            names.addAll(r.list("aliases"));
            // States without an ISO code (Somaliland, Abkhazia…) are keyed by their name.
            String key = iso2.isEmpty() ? Keys.slug(r.get("name")) : iso2.toLowerCase(Locale.ROOT);
            Entity state = new Entity(EntityKind.STATE, key, r.get("name"),
                    names.stream().distinct().filter(n -> !n.equals(r.get("name"))).toList(),
                    iso2.isEmpty() ? null : iso2, r.optional("qid"));
            statesByKey.put(state.key(), state);
            names.forEach(n -> stateNames.add(n, state));
            names.forEach(n -> statesByName.putIfAbsent(PhraseMatcher.normalize(n), state));
            names.forEach(n -> statesByFoldedName.putIfAbsent(folded(n), state));
            r.list("adjectives").stream().filter(shared.negate()).forEach(a -> stateAdjectives.add(a, state));
            r.list("demonyms").stream().filter(shared.negate()).forEach(a -> stateAdjectives.add(a, state));
            r.list("adjectives").stream().filter(shared.negate())
                    .forEach(a -> statesByAdjective.putIfAbsent(PhraseMatcher.normalize(a), state));
            List<String> capitals = r.list("capital");
            for (int i = 0; i < capitals.size(); i++) {
                String capital = capitals.get(i);
                capitals(capital, state, i == 0 ? r.optional("capital_qid") : null);
            }
        }
    }

    /** Capitals are pending until places.tsv, which may know more of the same city, has loaded. */
    private final List<Object[]> pendingCapitals = new java.util.ArrayList<>();

    private void capitals(String capital, Entity state, String qid) {
        pendingCapitals.add(new Object[] {capital, state, qid});
    }

    private void loadPlaces(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            Entity place = new Entity(EntityKind.PLACE, Keys.slug(r.get("name")), r.get("name"),
                    r.list("aliases"), null, r.optional("qid"));
            addPlace(place);
            String country = r.optional("country");
            if (country != null && statesByKey.containsKey(country.toLowerCase(Locale.ROOT))) {
                stateOfPlace.put(place.key(), statesByKey.get(country.toLowerCase(Locale.ROOT)));
            }
        }
        for (Object[] c : pendingCapitals) {
            String capital = (String) c[0];
            // places.tsv may know the capital under another name ("Washington" for "Washington, D.C.").
            Entity known = placesByName.get(PhraseMatcher.normalize(capital));
            Entity place = known != null ? known
                    : new Entity(EntityKind.PLACE, Keys.slug(capital), capital, List.of(), null, (String) c[2]);
            addPlace(place);
            capitalOf.putIfAbsent(place.key(), (Entity) c[1]);
            capitalByState.putIfAbsent(((Entity) c[1]).key(), place); // the first capital listed is the seat
        }
    }

    /** GeoNames' cities, after the places and capitals, which may know more of the same city. */
    private void loadCities(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            if (placesByName.containsKey(PhraseMatcher.normalize(r.get("name")))) {
                continue;
            }
            Entity place = new Entity(EntityKind.PLACE, Keys.slug(r.get("name")), r.get("name"), List.of(), null, null);
            addPlace(place);
            String country = r.get("country").toLowerCase(Locale.ROOT);
            if (statesByKey.containsKey(country)) {
                stateOfPlace.put(place.key(), statesByKey.get(country));
            }
        }
    }

    /** Regions and dependent territories, each giving the state it belongs to ("Xinjiang": China). */
    private void loadRegions(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            Entity state = statesByKey.get(r.get("state").toLowerCase(Locale.ROOT));
            if (state == null) {
                throw new IllegalStateException("regions.tsv: " + r.get("name") + " belongs to " + r.get("state")
                        + ", which states.tsv does not list");
            }
            for (String name : concat(List.of(r.get("name")), r.list("aliases"))) {
                regions.add(name, state);
            }
        }
    }

    private void loadOrganizations(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            Entity org = new Entity(EntityKind.ORGANIZATION, r.get("id"), r.get("name"),
                    concat(r.optional("acronym") == null ? List.of() : List.of(r.get("acronym")), r.list("aliases")).stream()
                            .filter(x -> !x.isEmpty()).toList(), r.optional("acronym"), r.optional("qid"));
            organizationsById.put(org.key(), org);
            String parent = PARENT_BY_KIND.get(r.get("kind"));
            if (parent != null) {
                parentIds.put(org.key(), parent);
            }
            for (String name : concat(org.label(), org.aliases())) {
                organizations.add(name, org);
                organizationsByName.putIfAbsent(PhraseMatcher.normalize(name), org);
            }
        }
    }

    private void loadPersons(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            Entity person = new Entity(EntityKind.PERSON, Keys.slug(r.get("name")), r.get("name"), r.list("aliases"),
                    null, r.optional("qid"));
            if (person.wikidata() != null && !person.wikidata().matches("Q[0-9]+")) {
                throw new IllegalArgumentException(r.where() + ": not a Wikidata QID: " + person.wikidata());
            }
            if (knownPersons.containsKey(person.key())) {
                continue; // a user's table, read first, wins over the bundled one
            }
            for (String name : concat(person.label(), person.aliases())) {
                knownPersons.putIfAbsent(Keys.slug(name), person);
            }
            String[] words = person.label().split("\\s+");
            knownBySurname.computeIfAbsent(Keys.slug(words[words.length - 1]), k -> new java.util.ArrayList<>()).add(person);
        }
    }

    /**
     * The known person of this name: the full name or an alias ("Masoud Pezeshkian"), or a surname
     * that only one known person has ("Araghchi"); {@code null} otherwise.
     */
    public Entity knownPerson(String name) {
        Entity byName = knownPersons.get(Keys.slug(name));
        if (byName != null) {
            return byName;
        }
        List<Entity> bySurname = knownBySurname.getOrDefault(Keys.slug(name), List.of());
        return bySurname.size() == 1 ? bySurname.get(0) : null;
    }

    /** The officials of the bundled Wikidata reference, by name and by office held on a day. */
    public Officials officials() {
        return officials;
    }

    /** International organizations by name, alias or acronym (acronyms must match case: see OrganizationFinder). */
    public PhraseMatcher<Entity> organizations() {
        return organizations;
    }

    /** All organizations of the reference table, by id. */
    public Map<String, Entity> organizationTable() {
        return java.util.Collections.unmodifiableMap(organizationsById);
    }

    /**
     * The organization a body of it speaks for (an EU institution for the European Union, a UN organ
     * for the United Nations, by the kind organizations.tsv gives it), else {@code entity} itself: a
     * position its officials state is the organization's, as a minister's is the state's.
     */
    public Entity speaksFor(Entity entity) {
        String parent = entity == null ? null : parentIds.get(entity.key());
        Entity org = parent == null ? null : organizationsById.get(parent);
        return org != null && entity.kind() == EntityKind.ORGANIZATION ? org : entity;
    }

    /** The organization of this name, alias or acronym, or {@code null}. */
    public Entity organization(String name) {
        return organizationsByName.get(PhraseMatcher.normalize(name));
    }

    /** The state a gazetteer place lies in (Tehran: Iran; Geneva: Switzerland), or {@code null}. */
    public Entity stateOfPlace(Entity place) {
        return place == null ? null : stateOfPlace.getOrDefault(place.key(), capitalOf.get(place.key()));
    }

    /** The capital of a state ("Pyongyang" for North Korea), or null. */
    public Entity capitalOf(Entity state) {
        return state == null ? null : capitalByState.get(state.key());
    }

    /** The state whose capital the place is (Tehran: Iran; New York: none), or {@code null}. */
    public Entity stateOfCapital(Entity place) {
        return place == null ? null : capitalOf.get(place.key());
    }

    /** Adds a place under its label and aliases; the first place under a name wins (places.tsv loads first). */
    private void addPlace(Entity place) {
        for (String name : concat(place.label(), place.aliases())) {
            placesByName.putIfAbsent(PhraseMatcher.normalize(name), place);
            placesByFoldedName.putIfAbsent(folded(name), place);
            places.add(name, place);
        }
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** The state known by this name or alias ("Türkiye" finds Turkey), or {@code null}. */
    public Entity state(String name) {
        return statesByName.get(PhraseMatcher.normalize(name));
    }

    /** The state of this name or adjective ("Ukraine", "Ukrainian"), or {@code null}. */
    public Entity stateOfNameOrAdjective(String words) {
        Entity s = state(words);
        return s != null ? s : statesByAdjective.get(PhraseMatcher.normalize(words));
    }

    /** The gazetteer place of this name ("TEHRAN" finds Tehran), or {@code null}. */
    public Entity place(String name) {
        Entity exact = placesByName.get(PhraseMatcher.normalize(name));
        return exact != null ? exact : placeFolded(name);
    }

    /**
     * The gazetteer place whose name is this one without diacritics, spaces and hyphens ("Hà Nội",
     * "Ha Noi": Hanoi; "Bogota": Bogotá), or {@code null}: outlets write a place's name in its
     * country's spelling or plain ASCII, and Vietnamese ones syllable by syllable.
     */
    public Entity placeFolded(String name) {
        return placesByFoldedName.get(folded(name));
    }

    /**
     * The state whose name or alias is this one without diacritics, spaces and hyphens ("Việt Nam":
     * Vietnam, "Turkiye": Türkiye), or {@code null}.
     */
    public Entity stateFolded(String name) {
        return statesByFoldedName.get(folded(name));
    }

    private static String folded(String name) {
        return Keys.slug(name).replace("-", "");
    }

    public PhraseMatcher<Title> titles() {
        return titles;
    }

    public PhraseMatcher<EventKind> triggers() {
        return triggers;
    }

    /** The kind an event phrase takes when the sentence places the contact ("spoke with X in Rome"), or null. */
    public EventKind inPersonKind(String phrase) {
        return inPersonKinds.get(PhraseMatcher.normalize(phrase));
    }

    /** Verbs that report a contact through their noun: "had", "held". */
    public PhraseMatcher<String> lightVerbs() {
        return lightVerbs;
    }

    /** Nouns naming a contact: "telephone conversation", "talks". */
    public PhraseMatcher<EventKind> contactNouns() {
        return contactNouns;
    }

    /** Nouns for a written message an article quotes: "message", "letter". */
    public PhraseMatcher<String> documentNouns() {
        return documentNouns;
    }

    /** Phrases adding persons to a contact: "accompanied by", "joined by". */
    public PhraseMatcher<String> companionCues() {
        return companionCues;
    }

    /**
     * What a phrase under a contact predicate says of who took part, by its preposition
     * ("participant" for "with", "agent" for "by", "owner", "planned"), or {@code null}.
     */
    public String contactRole(String preposition) {
        return preposition == null ? null : contactRoles.get(preposition);
    }

    /** Phrases saying the persons of their sentence took part in the contact reported before: "were present at". */
    public PhraseMatcher<String> attendanceCues() {
        return attendanceCues;
    }

    /** Nouns that stand for the persons named under them as a contact's object: "delegation", "credentials". */
    public PhraseMatcher<String> contactObjects() {
        return contactObjects;
    }

    /** How a contact was held: "via videoconference", "on the sidelines of". */
    public PhraseMatcher<EventKind> channelCues() {
        return channelCues;
    }

    /**
     * The office as {@code state} names it ("Foreign Secretary" for the United Kingdom's Minister of
     * Foreign Affairs), else {@code office} itself.
     */
    public Office nationalOffice(Entity state, Office office) {
        if (state == null || state.code() == null || office == null) {
            return office;
        }
        return nationalOffices.getOrDefault(state.code().toUpperCase(Locale.ROOT) + "|" + office.label(), office);
    }

    /** Regions and dependent territories by name, each giving its state: "Hong Kong" gives China. */
    public PhraseMatcher<Entity> regions() {
        return regions;
    }

    /** Words that make a contact with several persons one with each: "met separately with A and B". */
    public PhraseMatcher<String> separateCues() {
        return separateCues;
    }

    /** Nouns for what someone said: "The comments came at a news conference with …". */
    public PhraseMatcher<String> remarkNouns() {
        return remarkNouns;
    }

    /** Nouns for a state's own population as a call's addressee ("urged voters to"). */
    public PhraseMatcher<String> audienceNouns() {
        return audienceNouns;
    }

    /** Nouns that after a state's adjective stand for its government: "the Chinese government", "Israeli officials". */
    public PhraseMatcher<String> governmentNouns() {
        return governmentNouns;
    }

    /** Verbs that call on their object when an infinitive follows it: "told Israel to". */
    public PhraseMatcher<String> directives() {
        return directives;
    }

    /** Modal words saying what must be done: "must", "has to", "should". */
    public PhraseMatcher<String> obligations() {
        return obligations;
    }

    public PhraseMatcher<Modality> modalities() {
        return modalities;
    }

    /** Time phrases after a contact that place it before the story's days ("a year ago"): see past-cues.tsv. */
    public PhraseMatcher<String> pastCues() {
        return pastCues;
    }

    /** Verbs that say where a contact was held ("was held", "took place"): see venue-verbs.tsv. */
    public PhraseMatcher<String> venueVerbs() {
        return venueVerbs;
    }

    /** Time phrases after a contact that place it ahead ("next weekend"): see future-cues.tsv. */
    public PhraseMatcher<Modality> futureCues() {
        return futureCues;
    }

    public PhraseMatcher<String> continuations() {
        return continuations;
    }

    /** Verbs attributing a quotation: "said", "added", "told". */
    public PhraseMatcher<String> speechVerbs() {
        return speechVerbs;
    }

    /** Names of agreement documents and their kind: "MoU" is a memorandum of understanding. */
    public PhraseMatcher<String> agreementKinds() {
        return agreementKinds;
    }

    /** Verbs making an agreement: "signed", "issued", "adopted". */
    public PhraseMatcher<String> signingVerbs() {
        return signingVerbs;
    }

    /** Topic phrases and their topic concept label. */
    public PhraseMatcher<String> topics() {
        return topics;
    }

    /** How ministries are named ("foreign ministry") and their canonical name. */
    public PhraseMatcher<String> ministries() {
        return ministries;
    }

    /** Stance cues ("supports", "expressed concern over") and the stance each expresses. */
    public PhraseMatcher<String> stances() {
        return stances;
    }

    /** Short names several states share ("Korea", "Congo"), each with those states. */
    public PhraseMatcher<List<Entity>> ambiguousStateNames() {
        return ambiguousStateNames;
    }

    /** Verbs that make what follows a topic of discussion, not a stance: "discussed", "talked about". */
    public PhraseMatcher<String> topicVerbs() {
        return topicVerbs;
    }

    /** Phrases naming whose voice a text is: "attributable to", "Statement by". */
    public PhraseMatcher<String> voiceCues() {
        return voiceCues;
    }

    /** Predicates that judge what a reported clause or a verb of regard is about: "a threat", "unacceptable". */
    public PhraseMatcher<String> judgements() {
        return judgements;
    }

    /** Phrases opening a sentence with its event: "In a telephone call on Tuesday, A and B…". */
    public PhraseMatcher<EventKind> eventNouns() {
        return eventNouns;
    }

    /** Nouns for talks between states: "talks between Iran and the United States". */
    /** Words of a state's formal style: "Republic", "Kingdom", "Islamic". */
    public PhraseMatcher<String> stateForms() {
        return stateForms;
    }

    public PhraseMatcher<String> stateTalks() {
        return stateTalks;
    }

    /** Abbreviations whose period does not end a sentence: "Dr.", "Mr.". */
    public Set<String> abbreviations() {
        return java.util.Collections.unmodifiableSet(abbreviations);
    }

    /** Phrases reporting a message, greetings or congratulations, and which. */
    public PhraseMatcher<String> communications() {
        return communications;
    }

    /** Courtesy titles before a name that are not offices: "Prince", "Dr.", "Sheikh". */
    public PhraseMatcher<String> honorifics() {
        return honorifics;
    }

    /** Words before a title saying the office is not held now: "former", "the late". */
    /** Capitalised words before a title that keep its office: "Acting", "Alternate". */
    public PhraseMatcher<String> titleModifiers() {
        return titleModifiers;
    }

    /** Nouns that stand for a state just named, after "the" and before a possessive: "the country's". */
    public PhraseMatcher<String> stateAnaphors() {
        return stateAnaphors;
    }

    public PhraseMatcher<String> pastOfficeCues() {
        return pastOfficeCues;
    }

    /** Phrases placing an event on the day of the one before: "earlier in the day", "later". */
    public PhraseMatcher<String> narrativeCues() {
        return narrativeCues;
    }

    public PhraseMatcher<Integer> relativeDays() {
        return relativeDays;
    }

    /** State names and their running-text forms: "Iran", "the United States", "US". */
    public PhraseMatcher<Entity> stateNames() {
        return stateNames;
    }

    /** State adjectives and demonyms: "Iranian", "Kazakh", "Kazakhstani". */
    public PhraseMatcher<Entity> stateAdjectives() {
        return stateAdjectives;
    }

    public PhraseMatcher<Entity> places() {
        return places;
    }

    /** The title a whole phrase is ("National Security Adviser"), case-insensitively, or null. */
    public Title title(String phrase) {
        return titlesByPhrase.get(PhraseMatcher.normalize(phrase.strip()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a sentence names a contact: an event verb or a contact noun of the lexicons. The
     * analyser parses such sentences (and the one before each) and leaves the others unparsed.
     */
    public boolean namesContact(List<diplograph.model.Token> sentence, String text) {
        for (int i = 0; i < sentence.size(); i++) {
            if (triggers.matchAt(sentence, i, text) != null || contactNouns.matchAt(sentence, i, text) != null
                    || channelOpeners.contains(sentence.get(i).text().toLowerCase(Locale.ROOT))
                    && isRemoteChannel(channelCues.matchAt(sentence, i, text))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a channel cue says a contact was held at a distance ("by telephone", "via video
     * link"), in words enough to be a channel: a one-word cue ("virtually") is more often a degree
     * adverb ("virtually all") than a channel.
     */
    public static boolean isRemoteChannel(PhraseMatcher.Match<EventKind> cue) {
        return cue != null && cue.end() - cue.start() >= 2
                && (cue.value() == EventKind.PHONE_CALL || cue.value() == EventKind.VIDEOCONFERENCE);
    }

    /** Phrases saying where a report is told from: "reports from". */
    public PhraseMatcher<String> reportingCues() {
        return reportingCues;
    }

    /** Whether a word is an English closed-class word ("The", "In", "Both"), capitalised or not. */
    public boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names part of a remit ("Tourism", "Trade", "Affairs"): see portfolio-words.tsv. */
    public boolean isPortfolioWord(String word) {
        return portfolioWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name read from text has a word of {@code institution-words.tsv}: it names a body, not a person. */
    public boolean hasInstitutionWord(String name) {
        for (String w : name.split("[\\s-]+")) {
            if (institutionWords.contains(w.replaceAll("\\P{L}+$", ""))) { // "Festival’"
                return true;
            }
        }
        return false;
    }

    /** Whether the words are a courtesy title of {@code honorifics.tsv} ("Sheikh", "His Majesty"). */
    public boolean isHonorific(String words) {
        return honorificPhrases.contains(PhraseMatcher.normalize(words));
    }

    /** Whether news writes the names of the state's officials family name first (ISO code: "CN"). */
    public boolean familyNameFirst(String stateCode) {
        return familyNameFirst.contains(stateCode.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether these words name a news agency of {@code news-agencies.tsv} ("Press Trust of India", "Xinhua"). */
    public boolean isNewsAgency(String words) {
        return newsAgencies.contains(PhraseMatcher.normalize(words));
    }

    /**
     * Whether a word, in any case, is an ordinary English word of {@code common-words.tsv} ("Media",
     * "Watch", "Administrator"), as the English Web Treebank writes it.
     */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a lowercased word is a name particle ("bin", "al", "da"). */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(PhraseMatcher.normalize(word));
    }

    /** Whether a word appears in some title ("President", "Minister"): such words end names. */
    /** The capitalised words of titles, lower case ("president", "secretary"; not "of", "the"). */
    public Set<String> capitalisedTitleWords() {
        return java.util.Collections.unmodifiableSet(capitalisedTitleWords);
    }

    public boolean isTitleWord(String word) {
        return titleWords.contains(PhraseMatcher.normalize(word));
    }

    /**
     * The one state an official of the reference served ("Vladimir Putin": Russia), or null when the
     * reference gives none or several.
     */
    public Entity soleStateOf(Official official) {
        if (official == null || official.states().size() != 1) {
            return null;
        }
        Entity state = statesByKey.get(official.states().get(0).toLowerCase(Locale.ROOT));
        return state != null && state.kind() == diplograph.model.EntityKind.STATE ? state : null;
    }

    /** All states of the reference table, by key (lowercase ISO alpha-2, else a name slug). */
    public Map<String, Entity> states() {
        return java.util.Collections.unmodifiableMap(statesByKey);
    }

    /** The titles written for each office ("Foreign Minister", "Minister for Foreign Affairs"…), by office label. */
    public Map<String, List<String>> officeTitles() {
        return java.util.Collections.unmodifiableMap(officeTitles);
    }

    /** All offices the titles lexicon names, by label. */
    public Map<String, Office> offices() {
        return java.util.Collections.unmodifiableMap(offices);
    }
}
