package diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same quads give the same bytes: two stores loaded with the quads of the written corpus in two
 * different random orders (so TDB2 numbers their nodes, and scans them, differently) print the same
 * CSV for every named query — lists joined inside a row included.
 */
class DeterministicAnswersTest {

    static DatasetGraph first;
    static DatasetGraph second;

    @BeforeAll
    static void load(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<Quad> quads = Fixtures.corpusQuads(dir);
        assertThat(quads).hasSizeGreaterThan(1000);
        first = shuffledInto(quads, new Random(1));
        second = shuffledInto(quads, new Random(2));
    }

    private static DatasetGraph shuffledInto(List<Quad> quads, Random random) {
        List<Quad> order = new ArrayList<>(quads);
        Collections.shuffle(order, random);
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> order.forEach(dsg::add));
        return dsg;
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    private static String csv(DatasetGraph dsg, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(dsg).run(NamedQueries.load(name), Map.of(), ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("diplograph.query.ContractQueriesTest#queryNames")
    void theSameQuadsInAnotherOrderPrintTheSameBytes(String name) {
        String a = csv(first, name);
        if (NamedQueries.CONTRACT.contains(name)) {
            assertThat(a.lines().count()).as("%s answers", name).isGreaterThan(1);
        }
        assertThat(csv(second, name)).as(name).isEqualTo(a);
    }
}
