package diplograph.extract;

import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.Official;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Evidence;
import diplograph.model.OfficeHolding;
import diplograph.model.PersonLink;
import diplograph.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links each person of an article to the Wikidata item of an official of the reference when the
 * name and what the article says of them (office, state) agree, on the article's date, with
 * exactly one official. A linked person is keyed by its item, so every article that links it names
 * one node. The offices the article states are then checked against the linked official's terms.
 */
final class PersonLinker {

    /** The grounds, strongest first; each is a rule with its confidence. */
    enum Ground {
        TABLE("link.person_table.v1", 1.0),
        OFFICE_IN_TERM("link.name_office_date.v1", 0.95),
        OFFICE("link.name_office.v1", 0.85),
        STATE_IN_TERM("link.name_state_date.v1", 0.85),
        IN_TERM("link.name_date.v1", 0.75),
        NAME("link.name.v1", 0.6);

        final String rule;
        final double confidence;

        Ground(String rule, double confidence) {
            this.rule = rule;
            this.confidence = confidence;
        }
    }

    /** Reasons a person stays unlinked, as the graph states them. */
    static final String NOT_IN_REFERENCE = "no official of the reference has this name";
    static final String ONE_WORD = "only one word of the name is known";
    static final String NAMESAKES = "several officials of the reference have this name and none fits better";
    static final String NO_DATE = "the article has no date and states no office the reference gives the official";
    static final String OUT_OF_TERM = "the official of the reference held no office on the article's date";
    static final String STATE_DIFFERS = "the article gives the person a state the official of the reference never served";

    /** The article's persons, mentions and offices with linked persons in place, and a decision per person. */
    record Result(PersonResolver.Result people, List<OfficeHolding> offices, List<PersonLink> links) {
    }

    private final Lexicon lexicon;

    PersonLinker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Result link(AnalysedArticle a, PersonResolver.Result people, List<OfficeHolding> offices) {
        LocalDate day = a.article().published();
        Map<String, Entity> replaced = new HashMap<>();
        List<PersonLink> links = new ArrayList<>();
        Map<String, Official> linkedTo = new HashMap<>();
        for (Entity p : people.persons()) {
            List<OfficeHolding> stated = offices.stream().filter(h -> h.person().equals(p)).toList();
            Decision d = decide(p, stated, people.stateOf().get(p.key()), day);
            Evidence evidence = new Evidence(d.sentence(a, people, p).index(), d.sentence(a, people, p).span(),
                    d.ground == null ? "link.none.v1" : d.ground.rule, d.ground == null ? 0 : d.ground.confidence);
            if (d.official == null && d.qid == null) {
                links.add(new PersonLink(p, null, List.of(), d.reason, evidence));
                continue;
            }
            // A person of the user's table keeps the table's name and key; the table wins over the reference.
            Entity linked = d.official == null ? p
                    : lexicon.knownPerson(p.label()) != null ? withItem(p, d.official.qid()) : keyedByItem(p, d.official);
            replaced.put(p.key(), linked);
            Official official = d.official != null ? d.official : lexicon.officials().withItem(d.qid);
            if (official != null) {
                linkedTo.put(linked.key(), official);
            }
            links.add(new PersonLink(linked, linked.wikidata(), d.grounds, null, evidence));
        }
        if (replaced.isEmpty()) {
            return new Result(people, offices, links);
        }
        List<Entity> persons = people.persons().stream().map(p -> replaced.getOrDefault(p.key(), p)).toList();
        List<PersonResolver.Resolved> mentions = people.mentions().stream()
                .map(r -> new PersonResolver.Resolved(r.mention(), replaced.getOrDefault(r.person().key(), r.person())))
                .toList();
        Map<String, Entity> stateOf = new HashMap<>();
        people.stateOf().forEach((k, v) -> stateOf.put(replaced.getOrDefault(k, null) != null ? replaced.get(k).key() : k, v));
        List<OfficeHolding> checked = offices.stream().map(h -> {
            Entity person = replaced.getOrDefault(h.person().key(), h.person());
            Official o = linkedTo.get(person.key());
            return new OfficeHolding(person, h.office(), h.of(), h.observedOn(), h.evidence(),
                    o == null ? null : check(o, h, day));
        }).toList();
        return new Result(new PersonResolver.Result(persons, mentions, stateOf), checked, links);
    }

    /** What was decided for one person, and from which of its sentences. */
    private static final class Decision {
        Official official;
        String qid;
        Ground ground;
        List<String> grounds = List.of();
        String reason;
        OfficeHolding from;

        Sentence sentence(AnalysedArticle a, PersonResolver.Result people, Entity p) {
            if (from != null) {
                return a.sentences().get(from.evidence().sentence());
            }
            int first = people.mentions().stream().filter(r -> r.person().equals(p))
                    .mapToInt(r -> r.mention().sentence()).min().orElse(0);
            return a.sentences().get(first);
        }
    }

    private Decision decide(Entity p, List<OfficeHolding> stated, Entity qualifier, LocalDate day) {
        Decision d = new Decision();
        if (p.wikidata() != null) {
            // The user's (or the bundled) table of persons names the item: it is taken as given.
            d.qid = p.wikidata();
            d.ground = Ground.TABLE;
            d.grounds = List.of("name: " + p.label() + " is listed with " + p.wikidata() + " in the table of persons");
            return d;
        }
        List<Official> candidates = candidates(p);
        boolean alike = false;
        if (candidates.isEmpty()) {
            candidates = alike(p);
            alike = true;
        }
        if (candidates.isEmpty()) {
            d.reason = p.label().strip().contains(" ") ? NOT_IN_REFERENCE : ONE_WORD;
            return d;
        }
        List<String> states = new ArrayList<>();
        if (qualifier != null && qualifier.kind() == EntityKind.STATE && qualifier.code() != null) {
            states.add(qualifier.code());
        }
        stated.stream().filter(h -> h.of().kind() == EntityKind.STATE && h.of().code() != null)
                .forEach(h -> states.add(h.of().code()));
        Ground best = null;
        List<Fit> fits = new ArrayList<>();
        for (Official o : candidates) {
            if (!states.isEmpty() && !o.states().isEmpty() && o.states().stream().noneMatch(states::contains)) {
                continue; // the article places them in another state: a namesake
            }
            Fit fit = fit(o, stated, states, day);
            if (fit == null && candidates.size() == 1 && !alike) {
                // One official of the reference has the name, and nothing the article says differs.
                fit = new Fit(o, Ground.NAME, List.of(day == null ? "no date to check a term against"
                        : "no term of the reference covers " + day), null);
            }
            boolean sameWords = alike && lexicon.officials().sameWords(p.label(), o, lexicon);
            if (fit != null && alike && !sameWords && fit.ground.ordinal() > Ground.STATE_IN_TERM.ordinal()) {
                fit = null; // a name alike is not enough alone: the office or the state must agree too
            }
            if (fit != null) {
                fits.add(fit);
                if (best == null || fit.ground.ordinal() < best.ordinal()) {
                    best = fit.ground;
                }
            }
        }
        Ground top = best;
        List<Fit> strongest = fits.stream().filter(f -> f.ground == top).toList();
        if (strongest.size() == 1) {
            Fit f = strongest.get(0);
            d.official = f.official;
            d.ground = f.ground;
            d.from = f.from;
            List<String> g = new ArrayList<>();
            g.add("name: " + p.label() + (alike ? " ~ " : " = ") + f.official.name()
                    + (candidates.size() > 1 ? " (1 of " + candidates.size() + " namesakes)" : ""));
            g.addAll(f.grounds);
            d.grounds = g;
            return d;
        }
        if (strongest.size() > 1 || candidates.size() > 1 && fits.isEmpty()
                && candidates.stream().filter(o -> o.states().isEmpty() || states.isEmpty()
                        || o.states().stream().anyMatch(states::contains)).count() > 1) {
            d.reason = NAMESAKES;
        } else if (fits.isEmpty() && !states.isEmpty() && candidates.stream()
                .allMatch(o -> !o.states().isEmpty() && o.states().stream().noneMatch(states::contains))) {
            d.reason = STATE_DIFFERS;
        } else {
            d.reason = day == null ? NO_DATE : OUT_OF_TERM;
        }
        return d;
    }

    /** How one official fits what the article says, or {@code null}. */
    private record Fit(Official official, Ground ground, List<String> grounds, OfficeHolding from) {
    }

    private Fit fit(Official o, List<OfficeHolding> stated, List<String> states, LocalDate day) {
        Fit officeOnly = null;
        for (OfficeHolding h : stated) {
            for (Official.Term t : o.terms()) {
                if (!sameOffice(t, h)) {
                    continue;
                }
                String office = "office: " + h.office().label() + " of " + h.of().label() + " = " + t.position();
                if (day != null && t.covers(day)) {
                    return new Fit(o, Ground.OFFICE_IN_TERM, List.of(office, "date: " + day + " in term " + term(t)), h);
                }
                if (officeOnly == null) {
                    officeOnly = new Fit(o, Ground.OFFICE, List.of(office, "term " + term(t)), h);
                }
            }
        }
        if (officeOnly != null) {
            return officeOnly;
        }
        if (day == null) {
            return null;
        }
        for (Official.Term t : o.terms()) {
            if (t.covers(day)) {
                String held = "date: " + day + " in term " + term(t);
                if (!states.isEmpty() && states.contains(t.state())) {
                    return new Fit(o, Ground.STATE_IN_TERM, List.of("state: " + t.state(), held), null);
                }
            }
        }
        for (Official.Term t : o.terms()) {
            if (t.covers(day) && (states.isEmpty() || t.state().isEmpty())) {
                return new Fit(o, Ground.IN_TERM, List.of("date: " + day + " in term " + term(t)), null);
            }
        }
        return null;
    }

    /** Whether a reference term is the office the article states, of the same state (or of no state, for an organization's post). */
    private boolean sameOffice(Official.Term t, OfficeHolding h) {
        if (!h.office().equals(lexicon.officials().officeOf(t.position(), lexicon))) {
            return false;
        }
        return h.of().kind() == EntityKind.STATE ? t.state().equals(h.of().code()) : t.state().isEmpty();
    }

    /** The reference's word on an office the article gives a linked official. */
    private OfficeHolding.ReferenceCheck check(Official o, OfficeHolding h, LocalDate day) {
        for (Official.Term t : o.terms()) {
            if (sameOffice(t, h) && (day == null || t.covers(day))) {
                return new OfficeHolding.ReferenceCheck(true, term(t));
            }
        }
        return new OfficeHolding.ReferenceCheck(false, null);
    }

    /** Officials named alike (the same words give or take some): see {@link diplograph.lexicon.Officials#namedAlike}. */
    private List<Official> alike(Entity p) {
        Map<String, Official> found = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add(p.label());
        names.addAll(p.aliases());
        for (String n : names) {
            lexicon.officials().namedAlike(n, lexicon).forEach(o -> found.putIfAbsent(o.qid(), o));
        }
        return List.copyOf(found.values());
    }

    private List<Official> candidates(Entity p) {
        Map<String, Official> found = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add(p.label());
        names.addAll(p.aliases());
        for (String n : names) {
            if (n.strip().contains(" ")) {
                lexicon.officials().named(n).forEach(o -> found.putIfAbsent(o.qid(), o));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The person under the official's name and a key the item decides: the name's slug, with the
     * item added when officials of the reference share the name, so namesakes never share a node.
     */
    private Entity keyedByItem(Entity p, Official o) {
        String name = lexicon.officials().displayName(o, lexicon);
        String key = Keys.slug(name);
        if (lexicon.officials().named(name).size() > 1) {
            key = key + "-" + o.qid().toLowerCase(Locale.ROOT);
        }
        Entity linked = new Entity(EntityKind.PERSON, key, name, List.of(), null, o.qid());
        linked = linked.withAlias(p.label());
        for (String alias : p.aliases()) {
            linked = linked.withAlias(alias);
        }
        return linked;
    }

    private static Entity withItem(Entity p, String qid) {
        return new Entity(p.kind(), p.key(), p.label(), p.aliases(), p.code(), qid);
    }

    private static String term(Official.Term t) {
        return t.position() + (t.state().isEmpty() ? "" : " (" + t.state() + ")") + ", "
                + (t.start() == null ? "?" : t.start()) + " to " + (t.end() == null ? "" : t.end());
    }
}
