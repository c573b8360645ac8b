package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code link}: the store's persons and organizations against an external extract, and nothing else. */
class LinkCommandTest {

    private static final String EXTERNAL = "https://example.org/graph/kb";
    private static final String LINKS = "https://example.org/graph/kb/links";

    @TempDir
    Path tmp;

    Path db;

    @BeforeEach
    void ingestSeedAndLoadTheExtract() {
        db = tmp.resolve("db");
        assertThat(Cli.run("ingest", "--db", db.toString(), Fixtures.seed().toString()).exit()).isZero();
        Cli.Result loaded = Cli.run("load-external", "--db", db.toString(), "--graph", EXTERNAL,
                "src/test/resources/link/external-extract.ttl");
        assertThat(loaded.exit()).as(loaded.err()).isZero();
    }

    @Test
    void addsTheExpectedLinksAndNoOthers() {
        Cli.Result r = Cli.run("link", "--db", db.toString(), "--graph", EXTERNAL);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 new link(s)").contains("4 persons and 3 organizations tried").contains("links in <" + LINKS + ">");
        assertThat(sameAs()).containsExactlyInAnyOrder(
                "https://w3id.org/diplograph/id/person/murat-nurtleu,http://example.org/kb/nurtleu-fm",
                "https://w3id.org/diplograph/id/person/abbas-araghchi,http://example.org/kb/araghchi",
                "https://w3id.org/diplograph/id/org/iaea,http://example.org/kb/iaea");

        // Each link says how it was made: the rule, its confidence, what agreed, and the dataset it came from.
        Cli.Result how = Cli.run("query", "--db", db.toString(), "--format", "csv", "--sparql", """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?item ?rule ?ground WHERE { GRAPH <%s> {
                  ?l dg:linkedItem ?item ; prov:wasDerivedFrom <%s> ;
                     prov:qualifiedDerivation [ dg:rule ?rule ] ; dg:ground ?ground } }
                ORDER BY ?item ?ground""".formatted(LINKS, EXTERNAL));
        assertThat(how.out()).contains(
                "http://example.org/kb/nurtleu-fm,link.external_name_office_date.v1,"
                        + "name: Murat Nurtleu = Murat Nurtleu (1 of 2 namesakes)",
                "http://example.org/kb/nurtleu-fm,link.external_name_office_date.v1,"
                        + "\"date: 2025-06-07 in term Minister of Foreign Affairs of Kazakhstan (KZ), 2023-09-01 to \"",
                "http://example.org/kb/araghchi,link.external_name_office_date.v1,"
                        + "office: Minister of Foreign Affairs of Iran = Minister of Foreign Affairs of Iran",
                "http://example.org/kb/iaea,link.external_org_label.v1");
    }

    @Test
    void aSecondRunReplacesTheLinksGraph() {
        Cli.run("link", "--db", db.toString(), "--graph", EXTERNAL);
        List<String> first = sameAs();
        Cli.Result again = Cli.run("link", "--db", db.toString(), "--graph", EXTERNAL);
        assertThat(again.exit()).isZero();
        assertThat(sameAs()).isEqualTo(first);
    }

    @Test
    void aGraphThatIsNotLoadedIsAnError() {
        Cli.Result r = Cli.run("link", "--db", db.toString(), "--graph", "https://example.org/graph/none");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("<https://example.org/graph/none>: no such graph");
    }

    private List<String> sameAs() {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "--format", "csv", "--sparql",
                "SELECT ?s ?o WHERE { GRAPH <" + LINKS + "> { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o } } ORDER BY ?s");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().skip(1).toList();
    }
}
