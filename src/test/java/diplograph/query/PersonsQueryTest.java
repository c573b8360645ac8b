package diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.store.SubjectScanExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

/**
 * {@code persons} narrows its candidates by cheap reads (labels in any graph, a state's labels in the
 * union of the graphs) and then checks each against the exact pattern: a name or a state name that
 * only some other graph gives must not come out. Same rows as the one-pattern original shape.
 */
class PersonsQueryTest {

    /**
     * Ana Ruiz is typed and named in an article; another graph that is no article names her "A. Ruiz",
     * and an article that does not type her as a person names her "Ana R.". Tomás Vidal holds an office
     * of Chile in one article; another names Chile "Republic of Chile" without a holding of his, and a
     * third has his holding of Chile without typing it as a state ("Chili"). Lucía Paz holds no office.
     */
    private static final String TRIG = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX a:    <https://w3id.org/diplograph/id/article/>
            PREFIX p:    <https://w3id.org/diplograph/id/person/>
            PREFIX s:    <https://w3id.org/diplograph/id/state/>
            a:one {
              a:one a dg:Article .
              p:ana-ruiz a foaf:Person ; rdfs:label "Ana Ruiz" ; owl:sameAs <http://www.wikidata.org/entity/Q1> .
              p:lucia-paz a foaf:Person ; rdfs:label "Lucía Paz" .
            }
            <https://example.org/other> {
              p:ana-ruiz a foaf:Person ; rdfs:label "A. Ruiz" .
            }
            a:two {
              a:two a dg:Article .
              p:ana-ruiz rdfs:label "Ana R." .
              p:tomas-vidal a foaf:Person ; rdfs:label "Tomás Vidal" .
              a:two-holding org:member p:tomas-vidal ; org:organization s:cl .
              s:cl a dg:State ; rdfs:label "Chile" .
            }
            a:three {
              a:three a dg:Article .
              s:cl a dg:State ; rdfs:label "Republic of Chile" .
            }
            a:four {
              a:four a dg:Article .
              a:four-holding org:member p:tomas-vidal ; org:organization s:cl .
              s:cl rdfs:label "Chili" .
            }
            """;

    @Test
    void aNameOrStateNameOnlyAnotherGraphGivesStaysOut(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        QC.setFactory(dsg.getContext(), SubjectScanExecutor.FACTORY);
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));

        String now = csv(dsg, NamedQueries.load("persons"));

        assertThat(now.lines()).containsExactly(
                "person,name,wikidata,state,stateName",
                "https://w3id.org/diplograph/id/person/ana-ruiz,Ana Ruiz,http://www.wikidata.org/entity/Q1,,",
                "https://w3id.org/diplograph/id/person/lucia-paz,Lucía Paz,,,",
                "https://w3id.org/diplograph/id/person/tomas-vidal,Tomás Vidal,,https://w3id.org/diplograph/id/state/cl,Chile");
        assertThat(now).isEqualTo(csv(dsg, Files.readString(Path.of("src/test/resources/oracle/persons-original.rq"))));
        dsg.close();
    }

    private static String csv(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                ResultSetFormatter.outputAsCSV(out, ResultSet.adapt(qe.select()));
            }
            return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        });
    }
}
