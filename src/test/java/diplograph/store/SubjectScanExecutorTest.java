package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subject-scan executor gives exactly TDB2's answers: every query here runs with TDB2's own
 * executor and with the scan, and the solutions (as multisets) must be equal, on data with
 * multi-valued and missing predicates, a hub subject past the scan limit, typed, language-tagged
 * and inlined literals, blank-node subjects and two graphs.
 */
class SubjectScanExecutorTest {

    private static final String EX = "http://example.org/";
    private static final String PREFIX = "PREFIX : <" + EX + ">\n";
    /** The hub's values of :p5, more than a scan reads for up to six patterns. */
    private static final int HUB = SubjectScanExecutor.SCAN_PER_PATTERN * 6 + 40;
    private static DatasetGraph dsg;

    @BeforeAll
    static void data() {
        dsg = DatabaseMgr.createDatasetGraph();
        Random random = new Random(7);
        Txn.executeWrite(dsg, () -> {
            for (String g : List.of("g1", "g2")) {
                Node graph = iri(g);
                for (int i = 0; i < 60; i++) {
                    Node s = i % 10 == 9 ? NodeFactory.createBlankNode("b" + g + i) : iri("s" + i);
                    for (int p = 0; p < 6; p++) {
                        // Some predicates missing, some with two or three values.
                        int values = random.nextInt(10) < 2 ? 0 : 1 + (random.nextInt(10) < 2 ? random.nextInt(3) : 0);
                        for (int v = 0; v < values; v++) {
                            dsg.add(graph, s, iri("p" + p), value(random));
                        }
                    }
                    dsg.add(graph, s, iri("link"), iri("s" + random.nextInt(60)));
                    if (i % 7 == 0) {
                        // An object that names a graph: this one, or the other.
                        dsg.add(graph, s, iri("in"), i % 14 == 0 ? graph : iri(g.equals("g1") ? "g2" : "g1"));
                    }
                }
                // A hub: more triples than a scan reads, so its patterns go back to lookups.
                for (int i = 0; i < HUB; i++) {
                    dsg.add(graph, iri("hub"), iri("p5"), NodeFactory.createLiteralString("h" + i));
                }
                for (int p = 0; p < 5; p++) {
                    dsg.add(graph, iri("hub"), iri("p" + p), NodeFactory.createLiteralString("hub" + p));
                }
            }
            dsg.add(Quad.defaultGraphIRI, iri("s1"), iri("p0"), iri("s2"));
            // More values of one subject and predicate than a union-graph memo keeps.
            for (int i = 0; i < SubjectScanExecutor.MEMO_VALUES + 10; i++) {
                dsg.add(iri(i % 2 == 0 ? "g1" : "g2"), iri("bighub"), iri("p6"), NodeFactory.createLiteralString("b" + i % (SubjectScanExecutor.MEMO_VALUES + 5)));
            }
        });
    }

    private static Node value(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> iri("o" + random.nextInt(8));
            case 1 -> NodeFactory.createLiteralString("v" + random.nextInt(8));
            case 2 -> NodeFactory.createLiteralLang("w" + random.nextInt(4), random.nextBoolean() ? "en" : "fr");
            case 3 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(6) - 2),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
            default -> NodeFactory.createLiteralDT("2025-0" + (1 + random.nextInt(9)) + "-01",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        };
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a run bound by the pattern before it, multi-valued predicates giving their cross product
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { GRAPH :g1 { ?s :p0 ?a ; :p1 ?b ; :p2 ?c ; :p3 ?d ; :p4 ?e ; :p5 ?f } }",
        // subjects bound by the input, one of them not in the store and one a literal
        "SELECT * { VALUES ?s { :s1 :s2 :s3 :nosuch 'lit' :hub } GRAPH :g2 { ?s :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        // a subject unbound in some input solutions
        "SELECT * { VALUES (?s ?k) { (:s4 1) (UNDEF 2) } GRAPH :g1 { ?s :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        // a constant subject, and the hub past the scan limit
        "SELECT * { GRAPH :g1 { :s5 :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { GRAPH :g2 { :hub :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { VALUES ?s { :hub :s6 } GRAPH :g2 { ?s :p3 ?a ; :p4 ?b ; :p5 ?c } }",
        // constant objects and objects bound by the input
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 :o1 ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { VALUES ?b { 'v1' 'v2' 3 } GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        // a variable twice among the objects ends the run; a predicate variable is no run
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?x ; :p1 ?x ; :p2 ?c ; :p3 ?d } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; ?p ?a ; :p1 ?b ; :p2 ?c } }",
        // a run after another subject's patterns, and two runs in one pattern
        "SELECT * { GRAPH :g1 { ?x :link ?s . ?s :p0 ?a ; :p1 ?b ; :p2 ?c . ?l :p3 ?d } }",
        "SELECT * { GRAPH :g1 { ?x :p0 ?a ; :p1 ?b ; :p2 ?c ; :link ?s . ?s :p3 ?d ; :p4 ?e ; :p5 ?f } }",
        // predicates and graphs not in the store
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :nosuch ?b ; :p2 ?c } }",
        "SELECT * { GRAPH :nosuch { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        // OPTIONAL on the subject: missing values, several patterns, a bound object, an unknown predicate
        "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a ; :p1 ?b } OPTIONAL { ?s :p4 ?e } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a OPTIONAL { ?s :p1 ?a } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :nosuch ?a } } }",
        // a run and the OPTIONAL groups after it on its subject: one scan, or TDB2's where they share a variable
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?d } } }",
        "SELECT * { GRAPH ?g { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?d } OPTIONAL { ?s :p4 ?e ; :p5 ?f } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?a } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?l } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :nosuch ?d } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :nosuch ?b ; :p2 ?c OPTIONAL { ?s :p3 ?d } } }",
        "SELECT * { GRAPH :nosuch { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?d } } }",
        "SELECT * { GRAPH :g2 { :hub :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { :hub :p5 ?h } } }",
        "SELECT * { GRAPH :g2 { :hub :p5 ?h ; :p1 ?b ; :p2 ?c OPTIONAL { :hub :p0 ?a } } }",
        "SELECT * { VALUES ?s { :s1 :s9 :nosuch } GRAPH :g1 { ?s :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?d } } }",
        "SELECT * { VALUES ?d { 'v1' 3 } GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c OPTIONAL { ?s :p3 ?d } } }",
        "SELECT * { VALUES ?s { :hub :s7 } GRAPH :g2 { ?s :p0 ?z OPTIONAL { ?s :p1 ?a ; :p2 ?b } } }",
        // runs of OPTIONAL groups on one subject, read by one scan: some groups missing, an unknown
        // predicate in one group, a group using another's variable (not in the run), a variable the
        // input binds, a hub, the groups on two subjects, a group in another graph
        "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a } OPTIONAL { ?s :p1 ?b } OPTIONAL { ?s :p4 ?e } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a ; :p1 ?b } OPTIONAL { ?s :nosuch ?x } OPTIONAL { ?s :p2 ?c } } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a } OPTIONAL { ?s :p1 ?a } OPTIONAL { ?s :p2 ?c } } }",
        "SELECT * { VALUES ?b { :nosuch } GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a } OPTIONAL { ?s :p1 ?b } } }",
        "SELECT * { VALUES ?s { :hub :s7 :s1 } GRAPH :g2 { ?s :p0 ?z OPTIONAL { ?s :p1 ?a } OPTIONAL { ?s :p2 ?b } } }",
        "SELECT * { GRAPH :g1 { ?x :link ?s OPTIONAL { ?s :p0 ?a } OPTIONAL { ?x :p1 ?b } OPTIONAL { ?x :p2 ?c } } }",
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } OPTIONAL { ?s :in ?g } OPTIONAL { ?s :p2 ?c } } }",
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } OPTIONAL { GRAPH :g2 { ?s :p1 ?b } } }",
        // graph variables: bound by the run's first pattern, by the input (not in some solutions, not
        // a graph of the store, the default graph's name), an object that must be the graph
        "SELECT * { GRAPH ?g { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { GRAPH ?g { ?s :p0 ?a ; :p1 ?b ; :p2 ?c ; :p3 ?d } }",
        "SELECT * { VALUES ?g { :g1 :nosuch <urn:x-arq:DefaultGraph> :s1 } GRAPH ?g { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { VALUES (?g ?s) { (:g1 :s1) (:g2 :s1) (UNDEF :s2) (:g1 UNDEF) (:g2 :hub) } GRAPH ?g { ?s :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        "SELECT * { GRAPH ?g { ?s :link ?l ; :in ?g ; :p0 ?a ; :p1 ?b } }",
        "SELECT * { GRAPH ?g { ?s :link ?l ; :p0 ?a ; :in ?h ; :p1 ?b } }",
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a ; :p1 ?b } OPTIONAL { ?s :in ?g } } }",
        "SELECT * { GRAPH ?g { ?s :link ?l } OPTIONAL { GRAPH ?g { ?s :p0 ?a ; :p1 ?b } } }",
        "SELECT * { ?s :link ?l OPTIONAL { GRAPH ?g { ?s :p0 ?a ; :p1 ?b } } }",
        "SELECT * { GRAPH ?g { ?x :link ?s } GRAPH ?h { ?s :p0 ?a ; :p1 ?b ; :p2 ?c } }",
        // one pattern in the union graph, its subject bound: from the query's memo (the same
        // subjects again and again, in both graphs), a constant object, an object bound by the input,
        // subjects not in the store, a literal subject, past the memo's size, under OPTIONAL
        "SELECT * { GRAPH :g1 { ?s :link ?l } ?l :p0 ?a }",
        "SELECT * { GRAPH ?g { ?s :link ?l } ?l :p1 ?a }",
        "SELECT * { GRAPH ?g { ?s :link ?l } ?l :p0 :o1 }",
        "SELECT * { GRAPH :g1 { ?s :p0 ?a ; :link ?l } ?l :p0 ?a }",
        "SELECT * { VALUES ?s { :s1 :s1 :nosuch 'lit' :hub :bighub :bighub } ?s :p5 ?a }",
        "SELECT * { VALUES ?s { :bighub :hub :bighub } ?s :p6 ?a }",
        "SELECT * { VALUES ?s { :s1 :s2 } ?s :nosuch ?a }",
        "SELECT * { GRAPH :g1 { ?s :link ?l } OPTIONAL { ?l :p1 ?b } }",
        "SELECT * { ?s :p0 ?a }",
        "SELECT * { :s3 :p0 ?a }",
        // what the scan leaves to TDB2: the union graph's longer patterns, the default graph, filters
        "SELECT * { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c }",
        "SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s :p0 ?a } }",
        "SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c FILTER(?c != 1) } }",
        // the shapes around a run: ORDER BY, DISTINCT, aggregates
        "SELECT DISTINCT ?a { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } } ORDER BY ?a",
        "SELECT ?s (COUNT(*) AS ?n) { GRAPH :g2 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } } GROUP BY ?s",
    })
    void answersAreTdb2s(String query) {
        List<Map<Var, Node>> tdb2 = answers(query, false);
        List<Map<Var, Node>> scanned = answers(query, true);
        assertThat(scanned).containsExactlyInAnyOrderElementsOf(tdb2);
    }

    /** ORDER BY gives Jena's own order, row for row: ties, both directions, expressions, unbound and mixed-type keys. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } } ORDER BY ?a",
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } } ORDER BY DESC(?a) ?l",
        "SELECT * { GRAPH ?g { ?s :link ?l ; :p1 ?b OPTIONAL { ?s :p0 ?a } } } ORDER BY STR(?a) DESC(?g) ?nosuch",
        "SELECT ?s ?a { GRAPH :g1 { ?s :p0 ?a ; :p1 ?b ; :p2 ?c } } ORDER BY ?a",
        "SELECT DISTINCT ?a { GRAPH ?g { ?s :p3 ?a } } ORDER BY DESC(?a)",
        "SELECT ?s (GROUP_CONCAT(STR(?a); SEPARATOR='|') AS ?all) { { SELECT ?s ?a { GRAPH ?g { ?s :p0 ?a } } ORDER BY ?a } }"
                + " GROUP BY ?s ORDER BY ?s",
        "SELECT * { GRAPH ?g { ?s :p0 ?a } } ORDER BY ?a LIMIT 7",
        "SELECT ?l ?a { GRAPH ?g { ?s :link ?l } ?l :p2 ?a } ORDER BY ?a",
        // ordered first by the graph: graph by graph, or (another graph, EXISTS, a group) one sort
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } } ORDER BY ?g ?a",
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } } ORDER BY DESC(?g) ?l",
        "SELECT ?g ?s ?x { GRAPH ?g { ?s :p0 ?a ; :p1 ?b FILTER (?a != :o1) BIND (STR(?b) AS ?x) } } ORDER BY ?g DESC(?x) LIMIT 11",
        "SELECT * { GRAPH ?g { ?s :in ?other OPTIONAL { ?s :p2 ?c } } } ORDER BY ?g ?other",
        "SELECT * { GRAPH ?g { :hub :p5 ?h } } ORDER BY ?g ?h",
        "SELECT * { GRAPH ?g { ?s :p0 ?a } GRAPH ?g { ?s :p1 ?b } } ORDER BY ?g ?b ?a",
        "SELECT * { GRAPH ?g { ?s :link ?l } ?l :p2 ?a } ORDER BY ?g ?a",
        "SELECT * { GRAPH ?g { ?s :p0 ?a FILTER EXISTS { GRAPH :g1 { ?s :p1 ?b } } } } ORDER BY ?g ?s ?a",
        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s :p0 ?a } } GROUP BY ?g ORDER BY ?g",
        "SELECT * { VALUES ?g { :g2 :nosuch } GRAPH ?g { ?s :p0 ?a } } ORDER BY ?g ?s ?a",
        "SELECT * { GRAPH ?g { ?s :nosuch ?a } } ORDER BY ?g",
        // ordered first by a pattern's object (IRIs, strings, language strings, numbers, dates): value by value
        "SELECT * { GRAPH ?g { ?s :p0 ?a ; :link ?l } } ORDER BY ?a ?s ?l",
        "SELECT * { GRAPH ?g { ?s :p0 ?a OPTIONAL { ?s :p1 ?b } } } ORDER BY DESC(?a) ?b",
        "SELECT * { GRAPH ?g { ?s :p3 ?a FILTER (isLiteral(?a)) } } ORDER BY ?a ?g ?s",
        "SELECT * { GRAPH ?g { ?s :p3 ?a BIND (STR(?a) AS ?x) } } ORDER BY ?x ?s ?g",
        "SELECT * { GRAPH ?g { ?s :in ?a } } ORDER BY ?a ?s",
        "SELECT * { GRAPH ?g { ?s :p0 ?a . ?t :p1 ?a } } ORDER BY ?a ?s ?t",
        "SELECT * { GRAPH ?g { ?s :p0 ?a OPTIONAL { ?s :p1 ?b } } } ORDER BY ?b ?a",
        "SELECT * { VALUES ?a { 'v1' } GRAPH ?g { ?s :p0 ?a } } ORDER BY ?a ?s",
        "SELECT * { GRAPH ?g { :hub :p5 ?h } } ORDER BY DESC(?h) LIMIT 5",
        "SELECT * { GRAPH ?g { ?s :p0 ?a ; :link ?l } } ORDER BY ?a ?s ?l LIMIT 7",
        "SELECT * { GRAPH ?g { ?s :p0 ?a ; :link ?l } } ORDER BY DESC(?a) ?s ?l LIMIT 5 OFFSET 3",
        "SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } } ORDER BY DESC(?g) ?s ?a LIMIT 4 OFFSET 59",
        "SELECT DISTINCT ?a { GRAPH ?g { ?s :p0 ?a } } ORDER BY ?a LIMIT 6",
    })
    void ordersAsJena(String query) {
        assertThat(answers(query, true)).containsExactlyElementsOf(answers(query, false));
    }

    @Test
    void theQueriesAnswerSomethingAndTheScansHappen() {
        long before = SubjectScanExecutor.scans();
        List<Map<Var, Node>> rows = answers("SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }", true);
        assertThat(rows).hasSizeGreaterThan(20);
        long afterStar = SubjectScanExecutor.scans();
        assertThat(afterStar - before).isEqualTo(60);
        List<Map<Var, Node>> optional = answers("SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a } } }", true);
        assertThat(optional).anyMatch(r -> !r.containsKey(Var.alloc("a"))).anyMatch(r -> r.containsKey(Var.alloc("a")));
        assertThat(SubjectScanExecutor.scans() - afterStar).isEqualTo(60);
    }

    @Test
    void anAnswerOrderedFirstByItsGraphIsSortedGraphByGraph() {
        long before = FirstKeySort.used();
        List<Map<Var, Node>> rows = answers("SELECT * { GRAPH ?g { ?s :link ?l OPTIONAL { ?s :p0 ?a } } } ORDER BY DESC(?g) ?s", true);
        assertThat(FirstKeySort.used() - before).isEqualTo(1);
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows.get(0).get(Var.alloc("g"))).isEqualTo(iri("g2"));
        assertThat(rows.get(rows.size() - 1).get(Var.alloc("g"))).isEqualTo(iri("g1"));
        // Not where a solution reads beyond its graph.
        answers("SELECT * { GRAPH ?g { ?s :link ?l } ?l :p2 ?a } ORDER BY ?g ?a", true);
        answers("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s :p0 ?a } } GROUP BY ?g ORDER BY ?g", true);
        assertThat(FirstKeySort.used() - before).isEqualTo(1);
    }

    @Test
    void anAnswerOrderedFirstByAPatternsObjectIsSortedValueByValueOnALargeStoreOnly() {
        String query = "SELECT * { GRAPH ?g { ?s :p0 ?a ; :link ?l } } ORDER BY DESC(?a) ?s";
        long before = FirstKeySort.used();
        List<Map<Var, Node>> rows = answers(query, true);
        assertThat(FirstKeySort.used() - before).isEqualTo(1);
        assertThat(rows).hasSizeGreaterThan(50).isEqualTo(answers(query, false));
        // Fewer index entries than the default: one sort.
        assertThat(answers(query, true, FirstKeySort.MIN_STREAMED)).isEqualTo(rows);
        assertThat(FirstKeySort.used() - before).isEqualTo(1);
        // With a LIMIT (Jena's top n), the first rows as they come.
        assertThat(answers(query + " LIMIT 5", true)).isEqualTo(rows.subList(0, 5));
        assertThat(FirstKeySort.used() - before).isEqualTo(2);
    }

    @Test
    void aRunOfOptionalGroupsOnOneSubjectIsOneScan() {
        long before = SubjectScanExecutor.scans();
        List<Map<Var, Node>> rows = answers(
                "SELECT * { GRAPH :g1 { ?s :link ?l OPTIONAL { ?s :p0 ?a } OPTIONAL { ?s :p1 ?b } OPTIONAL { ?s :p4 ?e } } }", true);
        assertThat(rows).anyMatch(r -> r.containsKey(Var.alloc("a")) && r.containsKey(Var.alloc("b")))
                .anyMatch(r -> !r.containsKey(Var.alloc("a")));
        // One scan per solution of the left side (60), not one per group.
        assertThat(SubjectScanExecutor.scans() - before).isEqualTo(60);
    }

    @Test
    void theOptionalGroupsAfterARunOnItsSubjectAreReadByItsScan() {
        long before = SubjectScanExecutor.scans();
        answers("SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }", true);
        long run = SubjectScanExecutor.scans() - before;
        List<Map<Var, Node>> rows = answers("SELECT * { GRAPH :g1 { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c "
                + "OPTIONAL { ?s :p3 ?d } OPTIONAL { ?s :p4 ?e } } }", true);
        assertThat(rows).anyMatch(r -> r.containsKey(Var.alloc("d"))).anyMatch(r -> !r.containsKey(Var.alloc("d")));
        assertThat(SubjectScanExecutor.scans() - before - run).isEqualTo(run);
    }

    @Test
    void theHubGoesBackToLookupsAndStillAnswers() {
        long before = SubjectScanExecutor.scans();
        List<Map<Var, Node>> one = answers("SELECT * { GRAPH :g2 { :hub :p0 ?a ; :p1 ?b ; :p2 ?c } }", true);
        List<Map<Var, Node>> many = answers("SELECT * { GRAPH :g2 { :hub :p0 ?a ; :p1 ?b ; :p5 ?c } }", true);
        assertThat(SubjectScanExecutor.scans()).isEqualTo(before);
        assertThat(one).hasSize(1);
        assertThat(many).hasSize(HUB);
    }

    @Test
    void findsTheRunWhereTheSubjectIsBound() {
        Var s = Var.alloc("s");
        List<Triple> t = List.of(Triple.create(s, iri("link"), Var.alloc("l")), Triple.create(s, iri("p0"), Var.alloc("a")),
                Triple.create(s, iri("p1"), Var.alloc("b")), Triple.create(s, iri("p2"), Var.alloc("c")));
        assertThat(SubjectScanExecutor.findRun(t, Set.of())).containsExactly(1, 4);
        assertThat(SubjectScanExecutor.findRun(t, Set.of(s))).containsExactly(0, 4);
        assertThat(SubjectScanExecutor.findRun(t.subList(0, 3), Set.of())).isNull();
        // A graph variable the input does not bind: the first pattern binds it, the run starts after.
        assertThat(SubjectScanExecutor.findRun(t, Set.of(s), false)).containsExactly(1, 4);
        assertThat(SubjectScanExecutor.findRun(t.subList(0, 3), Set.of(s), false)).isNull();
    }

    @Test
    void unionGraphLookupsAreRememberedForTheQuery() {
        long before = SubjectScanExecutor.unionLookupsRemembered();
        List<Map<Var, Node>> rows = answers("SELECT * { VALUES ?s { :s1 :s1 :s1 } ?s :link ?l }", true);
        assertThat(rows).hasSize(3 * answers("SELECT * { :s1 :link ?l }", false).size()).isNotEmpty();
        assertThat(SubjectScanExecutor.unionLookupsRemembered() - before).isEqualTo(2);
    }

    @Test
    void graphVariablesAreScannedToo() {
        long before = SubjectScanExecutor.scans();
        List<Map<Var, Node>> rows = answers("SELECT * { GRAPH ?g { ?s :link ?l ; :p0 ?a ; :p1 ?b ; :p2 ?c } }", true);
        assertThat(rows).hasSizeGreaterThan(40);
        assertThat(SubjectScanExecutor.scans() - before).isEqualTo(120);
    }

    @Test
    void everyStoreTheProjectOpensUsesIt(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir, new Validator())) {
            assertThat(QC.getFactory(store.dataset().getContext())).isSameAs(SubjectScanExecutor.FACTORY);
        }
    }

    private static List<Map<Var, Node>> answers(String query, boolean scan) {
        return answers(query, scan, 0L);
    }

    private static List<Map<Var, Node>> answers(String query, boolean scan, long streamFrom) {
        return Txn.calculateRead(dsg, () -> {
            var exec = QueryExec.dataset(dsg).query(PREFIX + query)
                    .set(ARQConstants.sysOpExecutorFactory, scan ? SubjectScanExecutor.FACTORY : OpExecutorTDB2.OpExecFactoryTDB)
                    .set(SubjectScanExecutor.STREAM_BY_VALUE_FROM, streamFrom)
                    .set(TDB2.symUnionDefaultGraph, true);
            List<Map<Var, Node>> out = new ArrayList<>();
            try (QueryExec qe = exec.build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Map<Var, Node> row = new HashMap<>();
                    for (Iterator<Var> vars = b.vars(); vars.hasNext();) {
                        Var v = vars.next();
                        row.put(v, b.get(v));
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
