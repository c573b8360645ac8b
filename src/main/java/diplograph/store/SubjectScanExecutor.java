package diplograph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.iterator.QueryIterSlice;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.PatternMatchTDB2;
import org.apache.jena.tdb2.solver.QC2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.GraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * TDB2's query executor, except that a run of triple patterns on one subject in a named graph —
 * {@code ?contact dg:personB ?b ; dg:contactEvent ?event ; dg:sourceCount ?n} — is matched with one
 * range scan of the GSPO index per subject, instead of one index lookup per pattern.
 *
 * <p>TDB2 matches a basic graph pattern one triple pattern at a time: every solution so far is
 * extended by a lookup that descends the B+tree from its root. For a subject whose values are read
 * as columns, that is one descent per column per row; on a store of 33 million quads the descents
 * are most of the time a star-shaped query takes. The GSPO index keeps all of a subject's triples
 * in one graph side by side, so one descent and a short scan find every column at once.
 *
 * <p>The graph is a named graph's IRI or a graph variable ({@code GRAPH ?article { … }}) bound when
 * the run starts: by the solution coming in, or by the patterns before the run (the first pattern
 * of a graph pattern binds it, so where the input does not, no run starts there).
 *
 * <p>Answers are the same as TDB2's: same matching (by NodeId), same solutions, every value of a
 * multi-valued predicate (their cross product, as the nested lookups give). Whatever this does not
 * handle goes to TDB2 unchanged: the default graph, the union graph, a quad filter in the context,
 * runs shorter than {@link #MIN_RUN}, and per solution, a subject or graph variable not bound, a
 * graph variable bound to the default or union graph's name, or a subject with more than
 * {@link #SCAN_PER_PATTERN} triples in the graph per pattern (a hub, where lookups are cheaper than
 * reading it whole).
 *
 * <p>{@code ORDER BY} is Jena's sort with each row's keys computed once ({@link KeyedSort}): the
 * same order, row for row; where the rows can be read in the order of their first key, value by
 * value ({@link FirstKeySort}), they come that way, and {@code ORDER BY … LIMIT n} stops after n.
 *
 * <p>A scan remembers what it found for its last {@link #RECENT_SUBJECTS} subjects: solutions
 * that come in again for one subject (the sentence of several facts) do not read it again.
 */
public final class SubjectScanExecutor extends OpExecutorTDB2 {

    /** The executor factory to set with {@code QC.setFactory} on a TDB2 dataset's context. */
    public static final OpExecutorFactory FACTORY = SubjectScanExecutor::new;

    /**
     * Set in a query's context, the least number of index entries under an {@code ORDER BY}'s first
     * key for which its rows are read value by value ({@link FirstKeySort}; default
     * {@value FirstKeySort#MIN_STREAMED}): tests set 0, to check that order on small stores.
     */
    public static final Symbol STREAM_BY_VALUE_FROM = FirstKeySort.MIN_STREAMED_SYMBOL;

    /** The fewest patterns on one subject that are matched by a scan (two lookups cost about one scan). */
    static final int MIN_RUN = 3;

    /**
     * The most triples a scan reads per pattern it matches before the subject's patterns go back to
     * lookups: a lookup costs about as much as reading a dozen or two triples in a row, so a hub
     * subject never costs much more than TDB2's own matching.
     */
    static final int SCAN_PER_PATTERN = 16;

    /** How many subjects a scan remembers what it found for, most recent first. */
    static final int RECENT_SUBJECTS = 64;

    /** Subjects matched by a scan since the JVM started: what shows the scans happen, in tests and when profiling. */
    private static final LongAdder SCANS = new LongAdder();

    /** Union-graph lookups answered from a query's memo since the JVM started, as {@link #SCANS}. */
    private static final LongAdder REMEMBERED = new LongAdder();

    /** Where a query's memo of union-graph lookups is kept: its own context, made for each query execution. */
    private static final Symbol UNION_MEMO = Symbol.create("https://w3id.org/diplograph/ontology#unionLookupMemo");

    /**
     * The most values of one subject and predicate in the union graph a memo keeps: past that the
     * lookup is TDB2's, every time.
     */
    static final int MEMO_VALUES = 4096;

    private SubjectScanExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        Node graph = quadPattern.getGraphNode();
        if (Quad.isUnionGraph(graph) && quadPattern.getBasicPattern().size() == 1) {
            DatasetGraphTDB union = tdbStorage();
            Triple t = quadPattern.getBasicPattern().get(0);
            if (union != null && UnionLookup.fits(t)) {
                return new UnionLookup(input, union, t, execCxt);
            }
        }
        DatasetGraphTDB dsg = storage(graph);
        if (dsg == null || quadPattern.getBasicPattern().size() < MIN_RUN) {
            return super.execute(quadPattern, input);
        }
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        if (!peek.hasNext()) {
            return peek;
        }
        Plan plan = plan(quadPattern, peek, dsg);
        if (plan.run == null) {
            return super.execute(quadPattern, peek);
        }
        QueryIterator it = plan.before(peek);
        it = new SubjectScan(it, dsg, graph, List.of(plan.run()), false, execCxt);
        if (plan.run[1] < plan.triples.size()) {
            it = execute(new OpQuadPattern(graph, BasicPattern.wrap(plan.triples.subList(plan.run[1], plan.triples.size()))), it);
        }
        return it;
    }

    /** A quad pattern's triples in the order TDB2 would take, and the run among them, or null. */
    private final class Plan {
        final Node graph;
        final List<Triple> triples;
        final int[] run;

        Plan(Node graph, List<Triple> triples, int[] run) {
            this.graph = graph;
            this.triples = triples;
            this.run = run;
        }

        /** The solutions of the patterns before the run, as TDB2 matches them. */
        QueryIterator before(QueryIterator input) {
            return run[0] == 0 ? input
                    : SubjectScanExecutor.super.execute(new OpQuadPattern(graph, BasicPattern.wrap(triples.subList(0, run[0]))), input);
        }

        List<Triple> run() {
            return triples.subList(run[0], run[1]);
        }
    }

    /**
     * The order TDB2 itself would take, decided as TDB2 does on the first solution in, so that the
     * run is found where the subject is bound.
     */
    private Plan plan(OpQuadPattern quadPattern, QueryIterPeek peek, DatasetGraphTDB dsg) {
        Node graph = quadPattern.getGraphNode();
        BasicPattern pattern = quadPattern.getBasicPattern();
        ReorderTransformation reorder = dsg.getReorderTransform();
        if (reorder != null) {
            pattern = reorder.reorderIndexes(Substitute.substitute(pattern, peek.peek())).reorder(pattern);
        }
        List<Triple> triples = pattern.getList();
        Set<Node> bound = new HashSet<>();
        peek.peek().vars().forEachRemaining(bound::add);
        return new Plan(graph, triples, findRun(triples, bound, !graph.isVariable() || bound.contains(graph)));
    }

    /**
     * {@code OPTIONAL} stars on one subject: a run of them in a row ({@code OPTIONAL { ?h :a ?x }
     * OPTIONAL { ?h :b ?y ; :c ?z }}) is matched with one scan of the subject's triples, each group
     * binding its values or nothing, as the left joins one after the other would.
     */
    @Override
    protected QueryIterator execute(OpConditional conditional, QueryIterator input) {
        if (!(conditional.getRight() instanceof OpQuadPattern right)) {
            return super.execute(conditional, input);
        }
        DatasetGraphTDB dsg = storage(right.getGraphNode());
        if (dsg == null || !isStar(right.getBasicPattern().getList())) {
            return super.execute(conditional, input);
        }
        List<List<Triple>> groups = new ArrayList<>();
        groups.add(right.getBasicPattern().getList());
        Op left = conditional.getLeft();
        while (left instanceof OpConditional inner && inner.getRight() instanceof OpQuadPattern before
                && joinsRun(before, right, groups)) {
            groups.add(0, before.getBasicPattern().getList());
            left = inner.getLeft();
        }
        if (left instanceof OpQuadPattern before && before.getGraphNode().equals(right.getGraphNode())
                && before.getBasicPattern().size() >= MIN_RUN) {
            // The required patterns end with a run on the same subject: one scan for it and the groups.
            QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
            if (!peek.hasNext()) {
                return peek;
            }
            Plan plan = plan(before, peek, dsg);
            if (plan.run != null && plan.run[1] == plan.triples.size()
                    && plan.run().get(0).getSubject().equals(right.getBasicPattern().get(0).getSubject())
                    && apart(plan.run(), groups)) {
                List<List<Triple>> all = new ArrayList<>();
                all.add(plan.run());
                all.addAll(groups);
                return new SubjectScan(plan.before(peek), dsg, right.getGraphNode(), all, 1, execCxt);
            }
            input = peek;
        }
        return new SubjectScan(exec(left, input), dsg, right.getGraphNode(), groups, true, execCxt);
    }

    /**
     * Whether the optional groups use none of the run's object variables: each group's values then
     * depend only on the subject (and what came in), as one scan reads them.
     */
    static boolean apart(List<Triple> run, List<List<Triple>> groups) {
        Node subject = run.get(0).getSubject();
        Set<Node> mine = new HashSet<>();
        run.forEach(t -> addVars(t, mine));
        mine.remove(subject);
        return groups.stream().flatMap(List::stream)
                .noneMatch(t -> t.getObject().isVariable() && mine.contains(t.getObject()));
    }

    /**
     * Whether an {@code OPTIONAL} star just before a run of them ({@code groups}, ending in
     * {@code last}) can be matched by the same scan: the same graph and subject, and no variable
     * shared with the groups after it, so that each group's values depend only on the subject.
     */
    static boolean joinsRun(OpQuadPattern before, OpQuadPattern last, List<List<Triple>> groups) {
        List<Triple> triples = before.getBasicPattern().getList();
        if (!before.getGraphNode().equals(last.getGraphNode()) || !isStar(triples)
                || !triples.get(0).getSubject().equals(last.getBasicPattern().get(0).getSubject())) {
            return false;
        }
        Set<Node> later = new HashSet<>();
        groups.forEach(g -> g.forEach(t -> addVars(t, later)));
        later.remove(triples.get(0).getSubject());
        later.remove(before.getGraphNode());
        Set<Node> mine = new HashSet<>();
        triples.forEach(t -> addVars(t, mine));
        return mine.stream().noneMatch(later::contains);
    }

    /**
     * {@code ORDER BY}: the same order as Jena's sort, each row's keys computed once ({@link KeyedSort});
     * Jena's own sort where a spill to disk is configured.
     */
    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        if (execCxt.getContext().isDefined(ARQ.spillToDiskThreshold)) {
            return super.execute(order, input);
        }
        QueryIterator[] in = {input};
        QueryIterator byKey = byFirstKey(order.getSubOp(), order.getConditions(), in);
        return byKey != null ? byKey : new KeyedSort(exec(order.getSubOp(), in[0]), order.getConditions(), execCxt);
    }

    /**
     * {@code ORDER BY … LIMIT n} (Jena's top n): where the rows come in order value by value
     * ({@link FirstKeySort}), the first n of them, without reading the rest; else Jena's top n.
     */
    @Override
    protected QueryIterator execute(OpTopN top, QueryIterator input) {
        QueryIterator[] in = {input};
        QueryIterator byKey = byFirstKey(top.getSubOp(), top.getConditions(), in);
        return byKey != null ? new QueryIterSlice(byKey, 0, top.getLimit(), execCxt) : super.execute(top, in[0]);
    }

    /**
     * The pattern's answer in the conditions' order, value by value of the first key
     * ({@link FirstKeySort}), or null where that does not apply; {@code input[0]} is then the input
     * to use in its place (its first solutions were read to decide).
     */
    private QueryIterator byFirstKey(Op pattern, List<SortCondition> conditions, QueryIterator[] input) {
        DatasetGraphTDB dsg = tdbStorage();
        if (dsg == null) {
            return null;
        }
        List<Binding> first = new ArrayList<>(2);
        while (first.size() < 2 && input[0].hasNext()) {
            first.add(input[0].next());
        }
        if (input[0].hasNext()) {
            input[0] = QueryIterPlainWrapper.create(Iter.concat(first.iterator(), input[0]), execCxt);
            return null;
        }
        input[0].close();
        input[0] = QueryIterPlainWrapper.create(first.iterator(), execCxt);
        return FirstKeySort.sort(pattern, conditions, first, dsg, this::exec, execCxt);
    }

    /** How many subjects have been matched by a scan in this JVM. */
    static long scans() {
        return SCANS.sum();
    }

    /**
     * The TDB2 storage a quad pattern on {@code graph} is matched in here, or null where TDB2 must
     * match it: not a named graph (or a graph variable) of TDB2 storage, or a quad filter in the
     * context.
     */
    private DatasetGraphTDB storage(Node graph) {
        boolean named = graph.isVariable() || graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph);
        return named && execCxt.getActiveGraph() instanceof GraphTDB && execCxt.getDataset() instanceof DatasetGraphTDB dsg
                && QC2.getFilter(execCxt.getContext()) == null ? dsg : null;
    }

    /**
     * The TDB2 storage a union-graph lookup or a first-key sort reads here, or null where TDB2
     * (or Jena's sort) must answer: not TDB2 storage, or a quad filter in the context.
     */
    private DatasetGraphTDB tdbStorage() {
        return execCxt.getActiveGraph() instanceof GraphTDB && execCxt.getDataset() instanceof DatasetGraphTDB dsg
                && QC2.getFilter(execCxt.getContext()) == null ? dsg : null;
    }

    /** How many union-graph lookups have been answered from a query's memo in this JVM. */
    static long unionLookupsRemembered() {
        return REMEMBERED.sum();
    }

    /** Whether every pattern is on one subject with a constant predicate, as a run must be. */
    static boolean isStar(List<Triple> triples) {
        Node subject = triples.get(0).getSubject();
        Set<Node> objects = new HashSet<>();
        for (Triple t : triples) {
            if (!t.getSubject().equals(subject) || !fits(t, subject, objects)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first run {@code [from, to)} of at least {@link #MIN_RUN} consecutive patterns with the
     * same subject (a constant, or a variable bound in the input or by an earlier pattern),
     * constant predicates, and objects that are constants or variables used once in the run and
     * not as its subject; or null. {@code inputVars} are the variables the first solution in binds.
     */
    static int[] findRun(List<Triple> triples, Set<Node> inputVars) {
        return findRun(triples, inputVars, true);
    }

    /**
     * As {@link #findRun(List, Set)}, where the graph is a variable that the input binds or not
     * ({@code graphBound}): when it does not, the first pattern binds it and no run starts there.
     */
    static int[] findRun(List<Triple> triples, Set<Node> inputVars, boolean graphBound) {
        Set<Node> boundEarlier = new HashSet<>(inputVars);
        int i = 0;
        while (i < triples.size()) {
            Node subject = triples.get(i).getSubject();
            Set<Node> objects = new HashSet<>();
            int j = i;
            while (j < triples.size() && triples.get(j).getSubject().equals(subject)
                    && fits(triples.get(j), subject, objects)) {
                j++;
            }
            // Where nothing earlier binds the subject, the first pattern on it does: TDB2 matches that one.
            int from = subject.isVariable() && !boundEarlier.contains(subject) || i == 0 && !graphBound ? i + 1 : i;
            if (j - from >= MIN_RUN) {
                return new int[] {from, j};
            }
            int next = Math.max(j, i + 1);
            for (Triple t : triples.subList(i, next)) {
                addVars(t, boundEarlier);
            }
            i = next;
        }
        return null;
    }

    private static boolean fits(Triple t, Node subject, Set<Node> objects) {
        Node o = t.getObject();
        return t.getPredicate().isURI() && !o.equals(subject) && !o.isTripleTerm() && !o.isBlank()
                && (!o.isVariable() || objects.add(o));
    }

    private static void addVars(Triple t, Set<Node> vars) {
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            if (n.isVariable()) {
                vars.add(n);
            }
        }
    }

    /** For each solution in, the solutions of the run on its subject, from one scan of the subject's triples. */
    private static final class SubjectScan extends QueryIterRepeatApply {
        private final DatasetGraphTDB dsg;
        private final Node graph;
        private final BasicPattern run;
        private final NodeTupleTable quads;
        private final NodeTable nodes;
        /** The subject as a variable, or null when it is the constant {@link #subjectId}. */
        private final Var subject;
        private final NodeId subjectId;
        /** The graph as a variable bound at run time, or null when it is the constant {@link #graphId}. */
        private final Var graphVar;
        private final NodeId graphId;
        private final NodeId[] predicates;
        /** Each pattern's object as a variable, or null when it is the constant in {@link #objectIds}. */
        private final Var[] objects;
        private final NodeId[] objectIds;
        /** A required pattern's predicate, or the graph, is not in the store: no solution. */
        private final boolean absent;
        /** How many of the groups, first, must match; the others are {@code OPTIONAL}. */
        private final int required;
        /** Optional groups: the patterns of each, and each pattern's group ({@code run} is them all, in order). */
        private final List<BasicPattern> groups;
        private final int[] groupOf;

        /**
         * Groups of patterns on one subject: the first {@code required} must match (one group, a run),
         * the others are {@code OPTIONAL} groups one after the other; with {@code optional}, all are.
         * ({@code required} is 0 or 1.)
         */
        SubjectScan(QueryIterator input, DatasetGraphTDB dsg, Node graph, List<List<Triple>> groups, boolean optional,
                    ExecutionContext cxt) {
            this(input, dsg, graph, groups, optional ? 0 : groups.size(), cxt);
        }

        SubjectScan(QueryIterator input, DatasetGraphTDB dsg, Node graph, List<List<Triple>> groups, int required,
                    ExecutionContext cxt) {
            super(input, cxt);
            List<Triple> run = new ArrayList<>();
            groups.forEach(run::addAll);
            this.groups = groups.stream().map(g -> BasicPattern.wrap(List.copyOf(g))).toList();
            this.groupOf = new int[run.size()];
            for (int g = 0, k = 0; g < groups.size(); g++) {
                for (int i = 0; i < groups.get(g).size(); i++) {
                    groupOf[k++] = g;
                }
            }
            this.required = required;
            this.dsg = dsg;
            this.graph = graph;
            this.run = BasicPattern.wrap(List.copyOf(run));
            this.quads = dsg.getQuadTable().getNodeTupleTable();
            this.nodes = quads.getNodeTable();
            Node s = run.get(0).getSubject();
            this.subject = s.isVariable() ? Var.alloc(s) : null;
            this.subjectId = s.isVariable() ? null : nodes.getNodeIdForNode(s);
            this.graphVar = graph.isVariable() ? Var.alloc(graph) : null;
            this.graphId = graph.isVariable() ? null : nodes.getNodeIdForNode(graph);
            this.predicates = new NodeId[run.size()];
            this.objects = new Var[run.size()];
            this.objectIds = new NodeId[run.size()];
            boolean missing = required > 0 && graphId != null && NodeId.isDoesNotExist(graphId);
            for (int k = 0; k < run.size(); k++) {
                Node o = run.get(k).getObject();
                objects[k] = o.isVariable() ? Var.alloc(o) : null;
                objectIds[k] = o.isVariable() ? null : nodes.getNodeIdForNode(o);
                predicates[k] = nodes.getNodeIdForNode(run.get(k).getPredicate());
                missing |= groupOf[k] < required && NodeId.isDoesNotExist(predicates[k]);
            }
            this.absent = missing;
        }

        @Override
        protected QueryIterator nextStage(Binding binding) {
            List<Binding> found = absent ? List.of() : scan(binding);
            if (found == null) {
                if (required == groups.size()) {
                    return PatternMatchTDB2.execute(dsg, graph, run,
                            QueryIterSingleton.create(binding, getExecContext()), null, getExecContext());
                }
                found = leftJoins(binding);
            }
            return QueryIterPlainWrapper.create(found.iterator(), getExecContext());
        }

        /** The required group, then the optional groups, as TDB2 matches them: one left join after the other. */
        private List<Binding> leftJoins(Binding binding) {
            List<Binding> solutions = List.of(binding);
            if (required > 0) {
                solutions = new ArrayList<>();
                QueryIterator matched = PatternMatchTDB2.execute(dsg, graph, groups.get(0),
                        QueryIterSingleton.create(binding, getExecContext()), null, getExecContext());
                matched.forEachRemaining(solutions::add);
                matched.close();
            }
            for (BasicPattern group : groups.subList(required, groups.size())) {
                List<Binding> next = new ArrayList<>();
                for (Binding b : solutions) {
                    QueryIterator matched = PatternMatchTDB2.execute(dsg, graph, group,
                            QueryIterSingleton.create(b, getExecContext()), null, getExecContext());
                    int before = next.size();
                    matched.forEachRemaining(next::add);
                    matched.close();
                    if (next.size() == before) {
                        // OPTIONAL: a solution the group does not extend passes on as it is.
                        next.add(b);
                    }
                }
                solutions = next;
            }
            return solutions;
        }

        /** The run's solutions extending {@code binding}, or null where TDB2's own matching must answer. */
        private List<Binding> scan(Binding binding) {
            BindingNodeId ids = idsOf(binding, nodes);
            NodeId s = subject == null ? subjectId : idOf(subject, ids, binding, nodes);
            NodeId g = graphVar == null ? graphId : graphOf(binding, ids);
            if (s == null || g == null) {
                return null;
            }
            int n = predicates.length;
            NodeId[] wanted = new NodeId[n];
            for (int k = 0; k < n; k++) {
                wanted[k] = objects[k] == null ? objectIds[k] : idOf(objects[k], ids, binding, nodes);
            }
            if (NodeId.isDoesNotExist(s) || NodeId.isDoesNotExist(g)) {
                // Nothing to read: no solution, or under OPTIONAL the solution as it came.
                return required == 0 ? List.of(binding) : List.of();
            }
            Scanned scanned = recent.computeIfAbsent(new Key(g, s, java.util.Arrays.asList(wanted)), k -> read(g, s, wanted));
            if (scanned == Scanned.TOO_MANY) {
                return null;
            }
            if (scanned == Scanned.NONE) {
                return List.of();
            }
            List<NodeId>[] values = scanned.values();
            List<Binding> out = new ArrayList<>(1);
            extend(ids, wanted, values, 0, new NodeId[n], out);
            return out;
        }

        /**
         * What one scan found for a subject: each pattern's values (null where its optional group
         * did not match), or no values where a required pattern had none, or {@link #TOO_MANY}.
         */
        private record Scanned(List<NodeId>[] values) {
            static final Scanned TOO_MANY = new Scanned(null);
            static final Scanned NONE = new Scanned(null);
        }

        private record Key(NodeId graph, NodeId subject, List<NodeId> wanted) {
        }

        /**
         * The last subjects scanned, with what each scan found: solutions that come in for the same
         * subject again (the sentence of several facts, one after the other) are not read again.
         * Kept for this operator of one query execution only, inside its read transaction.
         */
        private final java.util.Map<Key, Scanned> recent = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Key, Scanned> eldest) {
                return size() > RECENT_SUBJECTS;
            }
        };

        /** One scan of the subject's triples in the graph. */
        private Scanned read(NodeId g, NodeId s, NodeId[] wanted) {
            int n = predicates.length;
            @SuppressWarnings("unchecked")
            List<NodeId>[] values = new List[n];
            int read = 0;
            int limit = SCAN_PER_PATTERN * n;
            Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.create4(g, s, NodeId.NodeIdAny, NodeId.NodeIdAny));
            try {
                while (it.hasNext()) {
                    if (++read > limit) {
                        return Scanned.TOO_MANY;
                    }
                    Tuple<NodeId> quad = it.next();
                    NodeId p = quad.get(2);
                    NodeId o = quad.get(3);
                    for (int k = 0; k < n; k++) {
                        if (predicates[k].equals(p) && (wanted[k] == null || wanted[k].equals(o))) {
                            if (values[k] == null) {
                                values[k] = new ArrayList<>(1);
                            }
                            values[k].add(o);
                        }
                    }
                }
            } finally {
                Iter.close(it);
            }
            SCANS.increment();
            // A group matches where each of its patterns has a value; under OPTIONAL one that does
            // not binds nothing, otherwise there is no solution.
            boolean[] matched = new boolean[groups.size()];
            java.util.Arrays.fill(matched, true);
            for (int k = 0; k < n; k++) {
                if (values[k] == null) {
                    if (groupOf[k] < required) {
                        return Scanned.NONE;
                    }
                    matched[groupOf[k]] = false;
                }
            }
            for (int k = 0; k < n; k++) {
                if (!matched[groupOf[k]]) {
                    values[k] = null;
                }
            }
            return new Scanned(values);
        }

        /** The cross product of the columns' values, as nested lookups give it; a column without values (an unmatched optional group) binds nothing. */
        private void extend(BindingNodeId ids, NodeId[] wanted, List<NodeId>[] values, int k, NodeId[] chosen,
                            List<Binding> out) {
            if (k == values.length) {
                BindingNodeId b = new BindingNodeId(ids);
                for (int c = 0; c < chosen.length; c++) {
                    if (objects[c] != null && wanted[c] == null && chosen[c] != null) {
                        b.put(objects[c], chosen[c]);
                    }
                }
                out.add(new BindingTDB(b, nodes));
                return;
            }
            if (values[k] == null) {
                chosen[k] = null;
                extend(ids, wanted, values, k + 1, chosen, out);
                return;
            }
            for (NodeId v : values[k]) {
                chosen[k] = v;
                extend(ids, wanted, values, k + 1, chosen, out);
            }
        }

        /** The binding's NodeIds, as TDB2 converts a binding that did not come from its own matching. */
        static BindingNodeId idsOf(Binding binding, NodeTable nodes) {
            if (binding instanceof BindingTDB tdb) {
                return tdb.getBindingId();
            }
            BindingNodeId ids = new BindingNodeId(binding);
            for (Iterator<Var> vars = binding.vars(); vars.hasNext();) {
                Var v = vars.next();
                Node value = binding.get(v);
                if (value != null) {
                    ids.put(v, nodes.getNodeIdForNode(value));
                }
            }
            return ids;
        }

        /**
         * The graph variable's NodeId in the binding; null when it is not bound, or bound to the
         * default or union graph's name, which TDB2 matches as those graphs.
         */
        private NodeId graphOf(Binding binding, BindingNodeId ids) {
            Node g = binding.get(graphVar);
            if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
                return null;
            }
            return idOf(graphVar, ids, binding, nodes);
        }

        /** A variable's NodeId in the binding, or null when it is not bound. */
        static NodeId idOf(Var v, BindingNodeId ids, Binding binding, NodeTable nodes) {
            NodeId id = ids.get(v);
            if (id == null && binding.contains(v)) {
                id = nodes.getNodeIdForNode(binding.get(v));
            }
            return id;
        }
    }

    /**
     * One triple pattern in the union graph with its subject bound and its predicate constant
     * ({@code ?party rdfs:label ?partyName} outside any {@code GRAPH}), answered per solution from a
     * memo the query keeps: the subject's distinct values, as TDB2 finds them.
     *
     * <p>TDB2 answers such a lookup by reading the subject's quads for the predicate in every graph
     * (the SPOG index, graph last) and dropping the repeats: for a state or a person named in
     * thousands of articles, thousands of index entries for one or two labels, at every solution
     * that asks. The memo reads them once per subject and query: the same values in the same order
     * (the distinct objects in index order, as TDB2's adjacent-duplicate filter leaves them). The
     * memo lives in the query's own execution context, so it never outlives the query's read
     * transaction. A subject not bound goes to TDB2, and so does one with more than
     * {@link #MEMO_VALUES} values.
     */
    private static final class UnionLookup extends QueryIterRepeatApply {
        private final DatasetGraphTDB dsg;
        private final BasicPattern pattern;
        private final NodeTupleTable quads;
        private final NodeTable nodes;
        private final Var subject;
        private final NodeId subjectId;
        private final NodeId predicate;
        /** The object as a variable, or null when it is the constant {@link #objectId}. */
        private final Var object;
        private final NodeId objectId;
        /** Per subject, its distinct values; null where there are too many to keep. */
        private final java.util.Map<NodeId, List<NodeId>> memo;

        UnionLookup(QueryIterator input, DatasetGraphTDB dsg, Triple t, ExecutionContext cxt) {
            super(input, cxt);
            this.dsg = dsg;
            this.pattern = BasicPattern.wrap(List.of(t));
            this.quads = dsg.getQuadTable().getNodeTupleTable();
            this.nodes = quads.getNodeTable();
            this.subject = t.getSubject().isVariable() ? Var.alloc(t.getSubject()) : null;
            this.subjectId = subject == null ? nodes.getNodeIdForNode(t.getSubject()) : null;
            this.predicate = nodes.getNodeIdForNode(t.getPredicate());
            this.object = t.getObject().isVariable() ? Var.alloc(t.getObject()) : null;
            this.objectId = object == null ? nodes.getNodeIdForNode(t.getObject()) : null;
            this.memo = memo(cxt, predicate);
        }

        /** Whether the pattern is one this answers: a constant predicate, and an object that is not the subject. */
        static boolean fits(Triple t) {
            Node s = t.getSubject();
            Node o = t.getObject();
            return t.getPredicate().isURI() && (s.isVariable() || s.isURI()) && !o.equals(s)
                    && (o.isVariable() || o.isURI() || o.isLiteral());
        }

        @SuppressWarnings("unchecked")
        private static java.util.Map<NodeId, List<NodeId>> memo(ExecutionContext cxt, NodeId predicate) {
            var context = cxt.getContext();
            var byPredicate = (java.util.Map<NodeId, java.util.Map<NodeId, List<NodeId>>>) context.get(UNION_MEMO);
            if (byPredicate == null) {
                byPredicate = new java.util.HashMap<>();
                context.set(UNION_MEMO, byPredicate);
            }
            return byPredicate.computeIfAbsent(predicate, p -> new java.util.HashMap<>());
        }

        @Override
        protected QueryIterator nextStage(Binding binding) {
            BindingNodeId ids = SubjectScan.idsOf(binding, nodes);
            NodeId s = subject == null ? subjectId : SubjectScan.idOf(subject, ids, binding, nodes);
            List<NodeId> values = s == null ? null : values(s);
            if (values == null) {
                return PatternMatchTDB2.execute(dsg, Node.ANY, pattern, QueryIterSingleton.create(binding, getExecContext()),
                        null, getExecContext());
            }
            NodeId wanted = object == null ? objectId : SubjectScan.idOf(object, ids, binding, nodes);
            List<Binding> out = new ArrayList<>(values.size());
            for (NodeId o : values) {
                if (wanted == null) {
                    BindingNodeId b = new BindingNodeId(ids);
                    b.put(object, o);
                    out.add(new BindingTDB(b, nodes));
                } else if (wanted.equals(o)) {
                    out.add(binding);
                }
            }
            return QueryIterPlainWrapper.create(out.iterator(), getExecContext());
        }

        /** The subject's distinct values for the predicate in the union graph, in TDB2's order; null where there are too many. */
        private List<NodeId> values(NodeId s) {
            if (NodeId.isDoesNotExist(s) || NodeId.isDoesNotExist(predicate)) {
                return List.of();
            }
            if (memo.containsKey(s)) {
                REMEMBERED.increment();
                return memo.get(s);
            }
            List<NodeId> values = new ArrayList<>(2);
            Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.create4(NodeId.NodeIdAny, s, predicate, NodeId.NodeIdAny));
            try {
                NodeId last = null;
                while (it.hasNext()) {
                    NodeId o = it.next().get(3);
                    if (!o.equals(last)) {
                        if (values.size() == MEMO_VALUES) {
                            values = null;
                            break;
                        }
                        values.add(o);
                        last = o;
                    }
                }
            } finally {
                Iter.close(it);
            }
            memo.put(s, values);
            return values;
        }
    }
}
