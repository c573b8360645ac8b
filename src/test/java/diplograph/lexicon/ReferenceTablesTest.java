package diplograph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The reference tables hold what their headers promise: unique codes, well-formed QIDs, every UN member. */
class ReferenceTablesTest {

    private static final List<Tsv.Row> STATES = Tsv.resource("/reference/states.tsv");
    private static final List<Tsv.Row> ORGS = Tsv.resource("/reference/organizations.tsv");
    private static final List<Tsv.Row> PERSONS = Tsv.resource("/reference/persons.tsv");

    private static List<String> column(List<Tsv.Row> rows, String column) {
        return rows.stream().map(r -> r.optional(column)).filter(Objects::nonNull).toList();
    }

    @Test
    void statesHaveUniqueCodesAndQids() {
        assertThat(column(STATES, "iso2")).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}"));
        assertThat(column(STATES, "iso3")).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{3}"));
        assertThat(column(STATES, "qid")).hasSize(STATES.size()).doesNotHaveDuplicates()
                .allMatch(q -> q.matches("Q[0-9]+"));
        assertThat(column(STATES, "capital_qid")).allMatch(q -> q.matches("Q[0-9]+"));
    }

    @Test
    void everyUnMemberAndObserverIsThere() {
        assertThat(STATES.stream().filter(r -> r.get("status").equals("un_member"))).hasSize(193);
        assertThat(STATES.stream().filter(r -> r.get("status").equals("un_observer")).map(r -> r.get("name")))
                .containsExactlyInAnyOrder("Holy See", "Palestine");
        assertThat(column(STATES, "iso2")).contains("IR", "KZ", "US", "CN", "RU", "GB", "FR", "IN", "BR", "ZA");
    }

    @Test
    void everyStateHasAnAdjectiveOrDemonymSoThatTitlesFindIt() {
        assertThat(STATES.stream().filter(r -> r.get("status").equals("un_member"))
                .filter(r -> r.list("adjectives").isEmpty() && r.list("demonyms").isEmpty())).isEmpty();
    }

    @Test
    void organizationsAndPersonsHaveUniqueIdsAndWellFormedQids() {
        assertThat(column(ORGS, "id")).doesNotHaveDuplicates();
        assertThat(column(ORGS, "qid")).doesNotHaveDuplicates().allMatch(q -> q.matches("Q[0-9]+"));
        assertThat(column(ORGS, "acronym")).contains("IAEA", "NATO", "OSCE", "ASEAN", "SCO", "CIS", "CSTO", "OPEC");
        assertThat(column(PERSONS, "name")).doesNotHaveDuplicates();
        assertThat(column(PERSONS, "qid")).allMatch(q -> q.matches("Q[0-9]+"));
    }

    @Test
    void theLexiconResolvesNamesThroughTheTables() {
        Lexicon lx = Lexicon.load();
        assertThat(lx.state("Türkiye").label()).isEqualTo(lx.state("Turkey").label());
        assertThat(lx.organization("IAEA").wikidata()).isEqualTo("Q41984");
        assertThat(lx.place("TEHRAN").wikidata()).isEqualTo("Q3616");
        assertThat(lx.knownPerson("Araghchi").label()).isEqualTo("Abbas Araghchi");
        assertThat(lx.knownPerson("Pezeshkian").wikidata()).isEqualTo("Q5933752");
    }
}
