package diplograph.extract.resolve;

import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.Official;
import diplograph.lexicon.OfficialMatch;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links each person of an article to the Wikidata item of an official of the reference when the
 * name and what the article says of them (office, state) agree, on the article's date, with
 * exactly one official ({@link OfficialMatch}). A linked person is keyed by its item, so every
 * article that links it names one node. The offices the article states are then checked against
 * the linked official's terms.
 */
public final class PersonLinker {

    /** The article's persons, mentions and offices with linked persons in place, and a decision per person. */
    public record Result(PersonResolver.Result people, List<OfficeHolding> offices, List<PersonLink> links) {
    }

    private final Lexicon lexicon;
    private final OfficialMatch match;

    public PersonLinker(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.match = new OfficialMatch(lexicon, lexicon.officials());
    }

    public Result link(AnalysedArticle a, PersonResolver.Result people, List<OfficeHolding> offices) {
        LocalDate day = a.article().published();
        Map<String, Entity> replaced = new HashMap<>();
        Map<String, Official> linkedTo = new HashMap<>();
        List<PersonLink> links = new ArrayList<>();
        for (Entity p : people.persons()) {
            List<OfficeHolding> held = offices.stream().filter(h -> h.person().equals(p)).toList();
            if (p.wikidata() != null) {
                // The user's (or the bundled) table of persons names the item: it is taken as given.
                Official official = lexicon.officials().withItem(p.wikidata());
                if (official != null) {
                    linkedTo.put(p.key(), official);
                }
                links.add(new PersonLink(p, p.wikidata(),
                        List.of("name: " + p.label() + " is listed with " + p.wikidata() + " in the table of persons"),
                        null, evidence(a, people, p, null, OfficialMatch.Ground.TABLE)));
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(p.label());
            names.addAll(p.aliases());
            List<OfficialMatch.Stated> stated = new ArrayList<>(held.stream()
                    .map(h -> new OfficialMatch.Stated(h.office(), h.of(), h.observedOn())).toList());
            int withState = stated.size();
            // "Foreign Minister Prince Saud Al-Faisal" in an article that never names his state: the
            // office alone, said on the article's day, may still pick one official among namesakes.
            people.mentions().stream().filter(r -> r.person().equals(p)).flatMap(r -> r.mention().titles().stream())
                    .filter(t -> t.kind() == diplograph.lexicon.Title.Kind.OFFICE && t.office() != null)
                    .map(diplograph.lexicon.Title::office).distinct()
                    .filter(o -> held.stream().noneMatch(h -> h.office().equals(o)))
                    .forEach(o -> stated.add(new OfficialMatch.Stated(o, null, day)));
            OfficialMatch.Outcome d = match.decide(names, stated, states(p, held, people), day == null ? List.of() : List.of(day));
            int fromIndex = d.from() == null ? -1 : stated.indexOf(d.from());
            OfficeHolding from = fromIndex < 0 || fromIndex >= withState ? null : held.get(fromIndex);
            if (!d.linked()) {
                links.add(new PersonLink(p, null, List.of(), d.reason(), evidence(a, people, p, null, null)));
                continue;
            }
            // A person of the user's table keeps the table's name and key; the table wins over the reference.
            Entity linked = lexicon.knownPerson(p.label()) != null ? withItem(p, d.official().qid())
                    : keyedByItem(p, d.official());
            replaced.put(p.key(), linked);
            linkedTo.put(linked.key(), d.official());
            links.add(new PersonLink(linked, linked.wikidata(), d.grounds(), null,
                    evidence(a, people, p, from, d.ground())));
        }
        if (replaced.isEmpty() && linkedTo.isEmpty()) {
            return new Result(people, offices, links);
        }
        List<Entity> persons = people.persons().stream().map(p -> replaced.getOrDefault(p.key(), p)).toList();
        List<PersonResolver.Resolved> mentions = people.mentions().stream()
                .map(r -> new PersonResolver.Resolved(r.mention(), replaced.getOrDefault(r.person().key(), r.person())))
                .toList();
        Map<String, Entity> stateOf = new HashMap<>();
        people.stateOf().forEach((k, v) -> stateOf.put(replaced.containsKey(k) ? replaced.get(k).key() : k, v));
        List<OfficeHolding> checked = offices.stream().map(h -> {
            Entity person = replaced.getOrDefault(h.person().key(), h.person());
            Official o = linkedTo.get(person.key());
            if (o == null) {
                return h.person() == person ? h : new OfficeHolding(person, h.office(), h.of(), h.observedOn(), h.evidence());
            }
            String term = match.agreeingTerm(o, h.office(), h.of(), day);
            return new OfficeHolding(person, h.office(), h.of(), h.observedOn(), h.evidence(),
                    new OfficeHolding.ReferenceCheck(term != null, term));
        }).toList();
        return new Result(new PersonResolver.Result(persons, mentions, stateOf), checked, links);
    }

    /** The ISO codes of the states the article gives the person: its qualifier and the states of its offices. */
    private static List<String> states(Entity p, List<OfficeHolding> held, PersonResolver.Result people) {
        List<String> states = new ArrayList<>();
        Entity qualifier = people.stateOf().get(p.key());
        if (qualifier != null && qualifier.kind() == EntityKind.STATE && qualifier.code() != null) {
            states.add(qualifier.code());
        }
        held.stream().filter(h -> h.of().kind() == EntityKind.STATE && h.of().code() != null)
                .forEach(h -> states.add(h.of().code()));
        return states;
    }

    /** The sentence of the office the link rests on, else of the person's first mention. */
    private static Evidence evidence(AnalysedArticle a, PersonResolver.Result people, Entity p, OfficeHolding from,
                                     OfficialMatch.Ground ground) {
        Sentence s;
        if (from != null) {
            s = a.sentences().get(from.evidence().sentence());
        } else {
            int first = people.mentions().stream().filter(r -> r.person().equals(p))
                    .mapToInt(r -> r.mention().sentence()).min().orElse(0);
            s = a.sentences().get(first);
        }
        return new Evidence(s.index(), s.span(), ground == null ? "link.none.v1" : ground.rule,
                ground == null ? 0 : ground.confidence);
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
}
