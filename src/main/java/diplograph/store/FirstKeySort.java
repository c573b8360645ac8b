package diplograph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtendAssign;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * {@code ORDER BY ?k …} where every row's first key comes from the store: the key's values read
 * first, in the order of the sort, and for each value its rows, sorted on their own, one value after
 * the other. The key is the graph of a pattern that lies wholly in {@code GRAPH ?g { … }}
 * ({@code provenance}, {@code quotes}: by article), or the object of one of its required patterns
 * with a constant predicate ({@code ?person rdfs:label ?name}: {@code officials}, {@code positions}).
 *
 * <p>The rows with one value of the first key are the rows of the pattern with that value bound,
 * and no two values are equal in the sort, so this is the order one sort of all the rows gives, row
 * for row ({@link KeyedSort}'s comparison within a value). But no row waits for all the others: the
 * first comes as soon as the first value's rows are read, and no sort holds the whole answer
 * ({@code provenance}, every source sentence of every fact: 146,000 rows at 10,000 articles,
 * millions at 100,000).
 *
 * <p>The values are read from the quad index: the distinct graphs in which a required pattern of
 * the graph (a constant predicate; the one with most constants) has a match, or the distinct objects
 * of the key's pattern. Where the pattern is not wholly inside one graph variable's graph — another
 * graph, the default graph, a group, a union, a sub-query, an {@code EXISTS} — or the key is bound
 * otherwise ({@code BIND}, the input), this does not apply and the sort is {@link KeyedSort}'s.
 */
final class FirstKeySort {

    /** Sorts answered value by value since the JVM started: what shows they happen, in tests. */
    private static final LongAdder USED = new LongAdder();

    /**
     * The fewest index entries under an object key's pattern for which its values are read one by
     * one. Reading each value's rows costs more in all than one pass and one sort (about a fifth more
     * for {@code officials} and {@code positions} at 100,000 articles: 1.8 million labels; a half
     * more at 10,000, where the whole answer sorts in about a second), so below this the answer
     * waits for its sort, and above it the first row does not wait for the whole answer (at 100,000
     * articles, 0.2 s instead of 13 s for {@code officials}).
     */
    static final long MIN_STREAMED = 1_000_000;

    /** Where a query's context sets another least number of entries than {@link #MIN_STREAMED} (tests: 0). */
    static final Symbol MIN_STREAMED_SYMBOL = Symbol.create("https://w3id.org/diplograph/ontology#minStreamedEntries");

    private FirstKeySort() {
    }

    /** How many sorts have been answered value by value in this JVM. */
    static long used() {
        return USED.sum();
    }

    /** Where the first key's values are read: the quad index's column (0 the graph, 3 the object) under a pattern. */
    private record Source(Var bound, Triple probe, int column) {
    }

    /**
     * The answer of {@code pattern} in the order of {@code conditions}, value by value, or null where
     * this does not apply: the first sort key is not the graph of the pattern (or a variable bound to
     * it) nor the object of one of its required patterns, or the input is not one solution that
     * leaves the key unbound.
     */
    static QueryIterator sort(Op pattern, List<SortCondition> conditions, List<Binding> input, DatasetGraphTDB dsg,
                              BiFunction<Op, QueryIterator, QueryIterator> exec, ExecutionContext cxt) {
        if (input.size() != 1 || conditions.isEmpty() || !(conditions.get(0).getExpression() instanceof ExprVar key)) {
            return null;
        }
        Binding in = input.get(0);
        Scope scope = Scope.of(pattern);
        if (scope == null || in.contains(scope.graph) || in.contains(key.asVar())) {
            return null;
        }
        Source source = source(scope, key.asVar());
        if (source == null) {
            return null;
        }
        List<Node> values = values(dsg, source, in, cxt.getContext().getLong(MIN_STREAMED_SYMBOL, MIN_STREAMED));
        if (values == null) {
            return null;
        }
        USED.increment();
        int direction = conditions.get(0).getDirection() == Query.ORDER_DESCENDING ? -1 : 1;
        values.sort((a, b) -> direction * BindingComparator.compareNodesRaw(NodeValue.makeNode(a), NodeValue.makeNode(b)));
        List<SortCondition> rest = conditions.subList(1, conditions.size());
        List<Binding> perValue = values.stream().map(v -> BindingFactory.binding(in, source.bound(), v)).toList();
        return new QueryIterRepeatApply(QueryIterPlainWrapper.create(perValue.iterator(), cxt), cxt) {
            @Override
            protected QueryIterator nextStage(Binding binding) {
                // Every row here has the same first key: the others decide.
                return new KeyedSort(exec.apply(pattern, QueryIterSingleton.create(binding, cxt)), rest, cxt);
            }
        };
    }

    /** Where {@code key}'s values come from in {@code scope}, or null. */
    private static Source source(Scope scope, Var key) {
        List<Triple> required = scope.required.stream().flatMap(q -> q.getBasicPattern().getList().stream())
                .filter(t -> t.getPredicate().isURI()).toList();
        if (key.equals(scope.graph) || scope.aliases.contains(key)) {
            return required.stream().max(Comparator.comparingInt(FirstKeySort::constants))
                    .map(t -> new Source(scope.graph, t, 0)).orElse(null);
        }
        if (scope.assigned.contains(key)) {
            return null;
        }
        return required.stream().filter(t -> t.getObject().equals(key) && !t.getSubject().equals(key))
                .findFirst().map(t -> new Source(key, t, 3)).orElse(null);
    }

    /**
     * A pattern that lies wholly in one graph variable's graph: its quad patterns all in
     * {@link #graph}, its operators ones that keep to one solution's graph (joins, optionals,
     * filters without {@code EXISTS}, binds, projections).
     */
    static final class Scope {
        final Var graph;
        /** The quad patterns every solution matches (not those inside an {@code OPTIONAL}). */
        final List<OpQuadPattern> required = new ArrayList<>();
        /**
         * Variables bound to the graph's name for every solution: Jena names the graph variable
         * apart when it is also used inside the pattern, {@code (assign ((?g ?*g0)) (quadpattern (quad ?*g0 …)))}.
         */
        final Set<Var> aliases = new HashSet<>();
        /** Variables a {@code BIND} (or Jena's assign) gives a value, anywhere in the pattern. */
        final Set<Var> assigned = new HashSet<>();

        private Scope(Var graph) {
            this.graph = graph;
        }

        /** The scope of {@code op}, or null where it does not lie wholly in one graph variable's graph. */
        static Scope of(Op op) {
            Var graph = graphOf(op);
            if (graph == null) {
                return null;
            }
            Scope scope = new Scope(graph);
            return scope.covers(op, true) ? scope : null;
        }

        private boolean covers(Op op, boolean mandatory) {
            if (op instanceof OpQuadPattern q) {
                if (mandatory) {
                    required.add(q);
                }
                return q.getGraphNode().equals(graph);
            }
            if (op instanceof OpSequence seq) {
                return seq.getElements().stream().allMatch(e -> covers(e, mandatory));
            }
            if (op instanceof OpJoin join) {
                return covers(join.getLeft(), mandatory) && covers(join.getRight(), mandatory);
            }
            if (op instanceof OpConditional c) {
                return covers(c.getLeft(), mandatory) && covers(c.getRight(), false);
            }
            if (op instanceof OpLeftJoin lj) {
                return plain(lj.getExprs()) && covers(lj.getLeft(), mandatory) && covers(lj.getRight(), false);
            }
            if (op instanceof OpFilter f) {
                return plain(f.getExprs()) && covers(f.getSubOp(), mandatory);
            }
            if (op instanceof OpExtendAssign e) {
                assigned.addAll(e.getVarExprList().getVars());
                if (mandatory) {
                    e.getVarExprList().forEachExpr((v, x) -> {
                        if (x instanceof ExprVar ref && ref.asVar().equals(graph)) {
                            aliases.add(v);
                        }
                    });
                }
                return plain(e.getVarExprList()) && covers(e.getSubOp(), mandatory);
            }
            if (op instanceof OpProject p) {
                return p.getVars().contains(graph) && covers(p.getSubOp(), mandatory);
            }
            if (op instanceof OpDistinct d) {
                return covers(d.getSubOp(), mandatory);
            }
            if (op instanceof OpReduced r) {
                return covers(r.getSubOp(), mandatory);
            }
            return false;
        }

        /** The graph variable of the first quad pattern in {@code op}, or null. */
        private static Var graphOf(Op op) {
            Var[] found = {null};
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpQuadPattern quads) {
                    if (found[0] == null && Var.isVar(quads.getGraphNode())) {
                        found[0] = Var.alloc(quads.getGraphNode());
                    }
                }
            });
            return found[0];
        }
    }

    /** Whether no expression reads beyond its solution ({@code EXISTS}, {@code NOT EXISTS}). */
    private static boolean plain(ExprList exprs) {
        return exprs == null || exprs.getList().stream().allMatch(FirstKeySort::plain);
    }

    private static boolean plain(VarExprList exprs) {
        return exprs.getExprs().values().stream().allMatch(FirstKeySort::plain);
    }

    private static boolean plain(Expr expr) {
        boolean[] plain = {true};
        Walker.walk(expr, new org.apache.jena.sparql.expr.ExprVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.expr.ExprFunctionOp op) {
                plain[0] = false;
            }
        });
        return plain[0];
    }

    private static int constants(Triple t) {
        return (t.getSubject().isConcrete() ? 1 : 0) + (t.getObject().isConcrete() ? 1 : 0);
    }

    /**
     * The distinct values of the source's column among the probe's matches (its variables as
     * {@code in} binds them): the graphs it matches in, or its objects; null for objects under
     * fewer than {@link #MIN_STREAMED} index entries.
     */
    private static List<Node> values(DatasetGraphTDB dsg, Source source, Binding in, long minStreamed) {
        Triple probe = source.probe();
        NodeTable nodes = dsg.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId[] ids = new NodeId[3];
        Node[] terms = {probe.getSubject(), probe.getPredicate(), probe.getObject()};
        for (int k = 0; k < 3; k++) {
            Node n = terms[k].isVariable() ? in.get(Var.alloc(terms[k])) : terms[k];
            if (n == null) {
                ids[k] = NodeId.NodeIdAny;
                continue;
            }
            ids[k] = nodes.getNodeIdForNode(n);
            if (NodeId.isDoesNotExist(ids[k])) {
                return new ArrayList<>();
            }
        }
        Set<NodeId> seen = new HashSet<>();
        Iterator<Tuple<NodeId>> it = dsg.getQuadTable().getNodeTupleTable()
                .find(TupleFactory.create4(NodeId.NodeIdAny, ids[0], ids[1], ids[2]));
        NodeId last = null;
        long entries = 0;
        while (it.hasNext()) {
            entries++;
            NodeId v = it.next().get(source.column());
            // The object column comes in index order (predicate, object, …): repeats are adjacent.
            if (!v.equals(last)) {
                seen.add(v);
                last = v;
            }
        }
        if (source.column() == 3 && entries < minStreamed) {
            return null;
        }
        List<Node> values = new ArrayList<>(seen.size());
        for (NodeId id : seen) {
            values.add(nodes.getNodeForNodeId(id));
        }
        return values;
    }
}
