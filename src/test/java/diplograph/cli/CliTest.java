package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command through the command line: exit codes, stdout and the one-line errors. */
class CliTest {

    private static final String ARTICLE = "https://w3id.org/diplograph/id/article/" + Fixtures.SEED_ID;

    @TempDir
    Path tmp;

    Path db;

    @BeforeEach
    void ingestSeed() {
        db = tmp.resolve("db");
        Cli.Result r = Cli.run("ingest", "--db", db.toString(), Fixtures.seed().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("ingested 1 article(s), 0 unchanged, 0 failed");
    }

    private static List<String> csvRows(String csv, int... columns) {
        return csv.lines().skip(1).map(line -> {
            String[] cells = line.split(",", -1);
            return String.join(",", Arrays.stream(columns).mapToObj(c -> cells[c]).toList());
        }).sorted().toList();
    }

    @Test
    void whoMetWhomCsvGivesTheThreeGoldPairs() {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "who-met-whom", "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst()).hasValue("a,aName,b,bName,kind,date,place,article");
        assertThat(csvRows(r.out(), 1, 3, 4, 5, 6, 7)).containsExactly(
                "Abbas Araghchi,Murat Nurtleu,meeting,2025-06-07,Tehran," + ARTICLE,
                "Kassym-Jomart Tokayev,Masoud Pezeshkian,phone_call,2025-06-05,," + ARTICLE,
                "Masoud Pezeshkian,Murat Nurtleu,meeting,2025-06-07,Tehran," + ARTICLE);
    }

    @Test
    void officialsGivesTheFiveGoldOffices() {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "officials", "--format", "csv");
        assertThat(r.out().lines().findFirst()).hasValue("person,name,role,of,wikidata,article");
        assertThat(csvRows(r.out(), 1, 2, 3)).containsExactly(
                "Abbas Araghchi,Minister of Foreign Affairs,Iran",
                "Kassym-Jomart Tokayev,President,Kazakhstan",
                "Masoud Pezeshkian,President,Iran",
                "Murat Nurtleu,Deputy Prime Minister,Kazakhstan",
                "Murat Nurtleu,Minister of Foreign Affairs,Kazakhstan");
    }

    @Test
    void ingestingAgainKeepsTheQuadCountAndRemoveDropsTheArticle() {
        String before = Cli.run("stats", "--db", db.toString()).out();
        Cli.Result again = Cli.run("ingest", "--db", db.toString(), Fixtures.seed().toString());
        assertThat(again.err()).contains("0 article(s), 1 unchanged");
        assertThat(Cli.run("stats", "--db", db.toString()).out()).isEqualTo(before);
        assertThat(before).contains("articles         1");

        Cli.Result removed = Cli.run("remove", "--db", db.toString(), Fixtures.SEED_ID);
        assertThat(removed.exit()).isZero();
        assertThat(Cli.run("stats", "--db", db.toString()).out()).contains("articles         0", "events           0");
        Cli.Result missing = Cli.run("remove", "--db", db.toString(), Fixtures.SEED_ID);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no article '" + Fixtures.SEED_ID + "'");
    }

    @Test
    void badInputGetsOneLineNamingTheFileExitOneAndTheGoodArticleLands() throws IOException {
        Path bad = Files.writeString(tmp.resolve("notes.pdf"), "%PDF");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path other = tmp.resolve("db2");
        Cli.Result r = Cli.run("ingest", "--db", other.toString(), bad.toString(), empty.toString(),
                Fixtures.seed().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ": unsupported file type", empty + ": empty article",
                "ingested 1 article(s), 0 unchanged, 2 failed");
        assertThat(Cli.run("stats", "--db", other.toString()).out()).contains("articles         1");
    }

    @Test
    void filesOfOtherTypesInADirectoryAreSkippedWithOneLineAndExitZero() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Fixtures.seed(), in.resolve(Fixtures.SEED_ID + ".txt"));
        Files.writeString(in.resolve("notes.xyz"), "not an article");
        Path other = tmp.resolve("db2");
        Cli.Result r = Cli.run("ingest", "--db", other.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().lines()).contains("skipped 1 file of unsupported type: .xyz");
        assertThat(r.err()).contains("ingested 1 article(s), 0 unchanged, 0 failed");
        assertThat(Cli.run("stats", "--db", other.toString()).out()).contains("articles         1");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("query", "--db", db.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("nonsense").exit()).isEqualTo(2);
        Cli.Result unknown = Cli.run("query", "--db", db.toString(), "no-such-query");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no query named 'no-such-query'");
    }

    @Test
    void parametersAreBoundAsTermsNotPastedIntoTheQuery() {
        String sparql = "SELECT ?x ?n { BIND(?v AS ?x) OPTIONAL { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?v } "
                + "BIND(1 AS ?n) }";
        String evil = "\" } ; DROP ALL #";
        Cli.Result r = Cli.run("query", "--db", db.toString(), "--sparql", sparql, "--param", "v=" + evil,
                "--format", "tsv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"\\\" } ; DROP ALL #\"");
        assertThat(Cli.run("stats", "--db", db.toString()).out()).contains("articles         1");
    }

    @Test
    void whoMetWhomForOnePerson() {
        Cli.Result r = Cli.run("query", "--db", db.toString(), "who-met-whom", "--format", "csv",
                "--param", "b=https://w3id.org/diplograph/id/person/murat-nurtleu");
        assertThat(csvRows(r.out(), 1)).containsExactly("Abbas Araghchi", "Masoud Pezeshkian");
    }

    @Test
    void extractPrintsTurtleWithoutAStore() {
        Cli.Result r = Cli.run("extract", Fixtures.seed().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Masoud Pezeshkian", "owl:sameAs", "wd:Q794")
                // Prefixed Turtle: the vocabularies' IRIs are written once, in the prefix lines.
                .containsPattern("(?m)^(@prefix|PREFIX) +dg: +<https://w3id.org/diplograph/ontology#>")
                .contains("dg:Article", "prov:qualifiedDerivation")
                .doesNotContain("<https://w3id.org/diplograph/ontology#Article>", "<http://www.w3.org/ns/prov#qualifiedDerivation>");
        Cli.Result trig = Cli.run("extract", Fixtures.seed().toString(), "--format", "trig");
        assertThat(trig.out()).containsPattern("(?m)^(@prefix|PREFIX) +dg:").doesNotContain("<http://www.w3.org/ns/prov#qualifiedDerivation>");
        Cli.Result nq = Cli.run("extract", Fixtures.seed().toString(), "--format", "nq");
        assertThat(nq.out().lines()).allMatch(l -> l.endsWith(" <" + ARTICLE + "> ."));
    }

    @Test
    void validateReportsConformance() {
        Cli.Result r = Cli.run("validate", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 article graph(s), 1 conform, 0 do not")
                .contains("contacts index: in step with the article graphs");
    }

    @Test
    void validateFindsAContactsIndexLeftBehindAndRebuildsIt() {
        // a write around the store: Nurtleu's name changed in the article graph, not in the index
        try (var store = diplograph.Diplograph.openExisting(db)) {
            var g = org.apache.jena.graph.NodeFactory.createURI(ARTICLE);
            var nurtleu = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/diplograph/id/person/murat-nurtleu");
            var label = org.apache.jena.vocabulary.RDFS.label.asNode();
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(g, nurtleu, label, org.apache.jena.graph.Node.ANY);
                store.dataset().add(g, nurtleu, label, org.apache.jena.graph.NodeFactory.createLiteralString("Murat Nurtleu Jr"));
            });
        }
        Cli.Result stale = Cli.run("validate", "--db", db.toString());
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.out()).contains("1 article graph(s), 1 conform, 0 do not")
                .contains("contacts index: 2 contact(s) out of step with the article graphs (validate --rebuild-contacts rebuilds it)");

        Cli.Result rebuilt = Cli.run("validate", "--db", db.toString(), "--rebuild-contacts");
        assertThat(rebuilt.exit()).isZero();
        assertThat(rebuilt.out()).contains("contacts index: 2 contact(s) were out of step; rebuilt from the article graphs")
                .contains("contacts index: in step with the article graphs");
        Cli.Result summary = Cli.run("query", "--db", db.toString(), "who-met-whom-summary", "--format", "csv");
        assertThat(summary.out()).contains("Murat Nurtleu Jr");
    }

    @Test
    void exportDumpsNQuadsOfOneGraph() {
        Cli.Result r = Cli.run("export", "--db", db.toString(), "--graph", ARTICLE);
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().count()).isGreaterThan(100);
        assertThat(r.out().lines()).allMatch(l -> l.endsWith(" <" + ARTICLE + "> ."));
        Cli.Result trig = Cli.run("export", "--db", db.toString(), "--format", "trig");
        assertThat(trig.out()).contains("<" + ARTICLE + ">", "graph/reference");
    }

    @Test
    void statsCountsWhatTheStoreHolds() {
        Cli.Result r = Cli.run("stats", "--db", db.toString());
        assertThat(r.out()).contains("articles         1", "states           3", "persons          4",
                "events           9", "office holdings  5");
    }

    @Test
    void loadExternalAddsAGraphThatQueriesJoinAndABadFileLoadsNothing() throws IOException {
        Path extract = Path.of("src/main/resources/examples/wikidata-officials.ttl");
        String before = Cli.run("export", "--db", db.toString()).out();
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "<http://x> <http://y> .");
        Cli.Result failed = Cli.run("load-external", "--db", db.toString(), "--graph", "urn:x:bad", bad.toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).startsWith(bad + ": not loaded");
        assertThat(Cli.run("export", "--db", db.toString()).out()).isEqualTo(before);

        Path gz = tmp.resolve("extract.ttl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(extract, out);
        }
        Cli.Result r = Cli.run("load-external", "--db", db.toString(), "--graph",
                "https://example.org/graph/wikidata", gz.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("loaded 16 triples");
        Cli.Result joined = Cli.run("query", "--db", db.toString(), "officials-external", "--format", "csv");
        assertThat(joined.out()).contains("Masoud Pezeshkian,http://www.wikidata.org/entity/Q5933752,1954-09-29T00:00:00Z,President of Iran");
        assertThat(Cli.run("stats", "--db", db.toString()).out()).contains("articles         1");
    }

    @Test
    void compactKeepsTheData() {
        List<String> before = Cli.run("export", "--db", db.toString()).out().lines().sorted().toList();
        Cli.Result r = Cli.run("compact", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).startsWith("compacted");
        // Compaction renumbers nodes, so the export's order may change; its quads may not.
        assertThat(Cli.run("export", "--db", db.toString()).out().lines().sorted().toList()).isEqualTo(before);
    }

    @Test
    void aUsersPersonsTableLinksTheirOfficialsToWikidata() throws IOException {
        Path table = Files.writeString(tmp.resolve("persons.tsv"),
                "# my officials\nname\taliases\tqid\nAbbas Araghchi\t\tQ123456789\n");
        Path other = tmp.resolve("db-persons");
        assertThat(Cli.run("ingest", "--db", other.toString(), "--persons", table.toString(),
                Fixtures.seed().toString()).exit()).isZero();
        Cli.Result r = Cli.run("query", "--db", other.toString(), "officials", "--format", "csv");
        assertThat(r.out()).contains("Abbas Araghchi,Minister of Foreign Affairs,Iran,http://www.wikidata.org/entity/Q123456789");
        Path bad = Files.writeString(tmp.resolve("bad.tsv"), "name\taliases\tqid\nX Y\t\tnot-a-qid\n");
        Cli.Result refused = Cli.run("ingest", "--db", other.toString(), "--persons", bad.toString(), Fixtures.seed().toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("not a Wikidata QID: not-a-qid");
    }

    @Test
    void queriesOnAMissingStoreFailClearly() {
        Cli.Result r = Cli.run("stats", "--db", tmp.resolve("nowhere").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no store here");
    }
}
