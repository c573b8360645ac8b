package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk loader's database answers every access pattern as a database filled quad by quad does:
 * each of its nine indexes (six for quads, three for the default graph's triples) is packed from
 * sorted runs, and later transactional writes go into the packed trees.
 */
class PackedIndexLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void everyIndexAnswersAsQuadByQuadWritesDo() {
        List<Quad> quads = quads(20_000);
        Path location = tmp.resolve("db");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        // Small runs: several per index, merged, with duplicates across them.
        PackedIndexLoader loader = new PackedIndexLoader(location, dsg, tmp.resolve("runs"), 3_000);
        quads.forEach(loader::quad);
        quads.subList(0, 500).forEach(loader::quad);
        assertThat(loader.count()).isEqualTo(quads.size() + 500);
        loader.complete();
        assertThat(tmp.resolve("runs")).doesNotExist();

        // TDB2 itself, filled quad by quad: it inlines numbers and dates in their canonical forms.
        DatasetGraph expected = DatabaseMgr.connectDatasetGraph(tmp.resolve("expected").toString());
        Txn.executeWrite(expected, () -> quads.forEach(expected::add));
        DatasetGraph packed = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            assertSameAnswers(packed, expected, quads);
            List<Quad> more = quads(300).stream()
                    .map(q -> Quad.create(q.getGraph(), NodeFactory.createURI(q.getSubject() + "/more"), q.getPredicate(), q.getObject()))
                    .toList();
            Txn.executeWrite(packed, () -> more.forEach(packed::add));
            Txn.executeWrite(expected, () -> more.forEach(expected::add));
            assertSameAnswers(packed, expected, more);
        } finally {
            TDBInternal.expel(packed);
            TDBInternal.expel(expected);
        }
    }

    @Test
    void anAbandonedLoadLeavesNoRunsAndNoOpenTransaction() throws Exception {
        Path location = tmp.resolve("abandoned");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        PackedIndexLoader loader = new PackedIndexLoader(location, dsg, tmp.resolve("runs"), 100);
        quads(1_000).forEach(loader::quad);
        loader.abandon();
        assertThat(tmp.resolve("runs")).doesNotExist();
        assertThat(dsg.isInTransaction()).isFalse();
        TDBInternal.expel(dsg);
    }

    @Test
    void refusesADatabaseThatHoldsQuads() {
        Path location = tmp.resolve("full");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        Txn.executeWrite(dsg, () -> dsg.add(quads(1).get(0)));
        assertThatThrownBy(() -> new PackedIndexLoader(location, dsg, tmp.resolve("runs")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty database");
        assertThat(dsg.isInTransaction()).isFalse();
        TDBInternal.expel(dsg);
    }

    /**
     * Every pattern of bound and unbound positions for a sample of the quads, so each index is read
     * (TDB2 picks the index whose order starts with the bound positions), and the whole store.
     */
    private static void assertSameAnswers(DatasetGraph actual, DatasetGraph expected, List<Quad> sample) {
        Txn.executeRead(actual, () -> Txn.executeRead(expected, () -> {
            assertThat(set(actual.find())).isEqualTo(set(expected.find()));
            for (int i = 0; i < sample.size(); i += 97) {
                Quad q = sample.get(i);
                for (int mask = 0; mask < 16; mask++) {
                    Node g = (mask & 1) != 0 ? q.getGraph() : Node.ANY;
                    Node s = (mask & 2) != 0 ? q.getSubject() : Node.ANY;
                    Node p = (mask & 4) != 0 ? q.getPredicate() : Node.ANY;
                    Node o = (mask & 8) != 0 ? q.getObject() : Node.ANY;
                    if (mask == 0) {
                        continue;
                    }
                    assertThat(set(actual.find(g, s, p, o))).as("%s %s %s %s", g, s, p, o)
                            .isEqualTo(set(expected.find(g, s, p, o)));
                }
            }
        }));
    }

    private static Set<Quad> set(java.util.Iterator<Quad> it) {
        Set<Quad> s = new HashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    /**
     * Quads in a few named graphs and the default graph, over shared and fresh subjects, with IRIs,
     * blank nodes, plain, language-tagged and typed literals; numbers and dates are inlined in their
     * NodeIds (negative ones too), so they sort after pointers to the node table.
     */
    private static List<Quad> quads(int n) {
        Random random = new Random(n);
        List<Quad> quads = new ArrayList<>();
        Node[] predicates = new Node[12];
        for (int i = 0; i < predicates.length; i++) {
            predicates[i] = NodeFactory.createURI("https://example.org/p" + i);
        }
        for (int i = 0; i < n; i++) {
            Node g = random.nextInt(10) == 0 ? Quad.defaultGraphIRI : NodeFactory.createURI("https://example.org/g" + random.nextInt(40));
            Node s = random.nextInt(8) == 0 ? NodeFactory.createBlankNode("b" + random.nextInt(50))
                    : NodeFactory.createURI("https://example.org/s" + random.nextInt(n / 3 + 1));
            Node o = switch (random.nextInt(8)) {
                case 0 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(2000) - 1000), XSDDatatype.XSDinteger);
                case 1 -> NodeFactory.createLiteralDT((random.nextInt(200) - 100) / 8.0 + "", XSDDatatype.XSDdouble);
                case 2 -> NodeFactory.createLiteralDT("20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1"
                        + random.nextInt(10), XSDDatatype.XSDdate);
                case 3 -> NodeFactory.createLiteralLang("name " + random.nextInt(300), random.nextBoolean() ? "en" : "ru");
                case 4 -> NodeFactory.createLiteralString("text " + random.nextInt(5000));
                case 5 -> NodeFactory.createLiteralDT(Boolean.toString(random.nextBoolean()), XSDDatatype.XSDboolean);
                default -> NodeFactory.createURI("https://example.org/s" + random.nextInt(n / 3 + 1));
            };
            quads.add(Quad.create(g, s, predicates[random.nextInt(predicates.length)], o));
        }
        return quads;
    }
}
