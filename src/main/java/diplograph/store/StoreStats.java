package diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What a store holds. Entities count those mentioned by articles (the reference tables list
 * every state, mentioned or not).
 */
public record StoreStats(long articles, long quads, long states, long persons, long events,
                         long officeHoldings, long diskBytes) {

    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <http://schema.org/>
            """;

    public static StoreStats of(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> new StoreStats(
                count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?a { ?a a dg:Article } }"),
                count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?a { ?a schema:mentions ?s . ?s a dg:State } }"),
                count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?a { ?s a foaf:Person } }"),
                count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?a { ?s a dg:DiplomaticEvent } }"),
                count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?a { ?s a dg:OfficeHolding } }"),
                diskBytes(store.directory())));
    }

    private static long count(TdbStore store, String query) {
        try (QueryExec exec = QueryExec.dataset(store.dataset()).query(PREFIXES + query).build()) {
            RowSet rows = exec.select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    private static long diskBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
