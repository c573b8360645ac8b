package diplograph.map;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.model.Extraction;
import diplograph.model.Quote;
import diplograph.read.ReadOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/** Every fact of every corpus article points at text that is really there, and every graph conforms. */
class ProvenanceTest {

    @Test
    void everyAnchorOfEveryFactMatchesTheArticleTextOnTheWholeCorpus() {
        List<ReadOutcome> read = new ArrayList<>();
        Fixtures.pipeline().read(List.of(Path.of("src/test/resources/corpus"), Fixtures.seed(), Fixtures.articles()),
                null, read::add);
        int facts = 0;
        int anchors = 0;
        for (ReadOutcome o : read) {
            Extraction x = Fixtures.pipeline().extract(((ReadOutcome.Read) o).article());
            String text = x.article().text();
            Graph g = Fixtures.pipeline().graph(x);
            assertThat(Fixtures.pipeline().validator().validate(g).conforms()).as(x.article().id()).isTrue();
            for (var f : x.facts()) {
                // A person left unlinked is a statement about the person (dg:unlinkedReason), not a fact with a sentence.
                if (!(f instanceof diplograph.model.PersonLink l) || l.linked()) {
                    facts++;
                }
                assertThat(f.evidence().span().end()).isLessThanOrEqualTo(text.length());
                if (f instanceof Quote q) {
                    String anchored = f.evidence().span().coveredText(text);
                    assertThat(anchored).as(x.article().id()).contains(q.text().substring(0, Math.min(20, q.text().length())));
                }
            }
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(g)).query("""
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?fact ?s ?e ?exact { ?fact prov:qualifiedDerivation/prov:entity ?a .
                                                ?a oa:start ?s ; oa:end ?e ; oa:exact ?exact }""").build()) {
                var rows = exec.select();
                while (rows.hasNext()) {
                    var b = rows.next();
                    int s = Integer.parseInt(b.get("s").getLiteralLexicalForm());
                    int e = Integer.parseInt(b.get("e").getLiteralLexicalForm());
                    assertThat(text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e)))
                            .as(x.article().id()).isEqualTo(b.get("exact").getLiteralLexicalForm());
                    anchors++;
                }
            }
        }
        assertThat(read).hasSizeGreaterThan(30);
        assertThat(anchors).isEqualTo(facts).isGreaterThan(200);
    }
}
