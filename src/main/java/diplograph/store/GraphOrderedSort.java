package diplograph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
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
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
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
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * {@code ORDER BY ?g …} over a pattern that lies wholly in {@code GRAPH ?g { … }}: the graphs in
 * the order of the first key, and each graph's rows sorted on their own, one graph after the other.
 *
 * <p>Every row of one graph has the same first key, and no two graphs have the same one, so this
 * is the order one sort of all the rows gives, row for row ({@link KeyedSort}'s comparison within a
 * graph). But no row waits for all the others: the first comes as soon as the first graph is read,
 * and no sort holds the whole answer ({@code provenance}, every source sentence of every fact, is a
 * row per fact and sentence: 146,000 rows at 10,000 articles, millions at 100,000).
 *
 * <p>The graphs are those in which one of the pattern's required quad patterns (a constant
 * predicate; the one with the most constants) has a match, read from the quad index. Where the
 * pattern is not wholly inside the graph — another graph, the default graph, a group, a union, a
 * sub-query, an {@code EXISTS} — this does not apply and the sort is {@link KeyedSort}'s.
 */
final class GraphOrderedSort {

    /** Sorts answered graph by graph since the JVM started: what shows they happen, in tests. */
    private static final java.util.concurrent.atomic.LongAdder USED = new java.util.concurrent.atomic.LongAdder();

    private GraphOrderedSort() {
    }

    /** How many sorts have been answered graph by graph in this JVM. */
    static long used() {
        return USED.sum();
    }

    /**
     * The ordered answer per graph, or null where this does not apply: the first sort key is not
     * the graph variable of every quad pattern of {@code order}'s sub-pattern (or a variable bound
     * to it), or the input is not one solution that leaves that variable unbound.
     */
    static QueryIterator sort(OpOrder order, List<Binding> input, DatasetGraphTDB dsg,
                              BiFunction<Op, QueryIterator, QueryIterator> exec, ExecutionContext cxt) {
        List<SortCondition> conditions = order.getConditions();
        if (input.size() != 1 || conditions.isEmpty() || !(conditions.get(0).getExpression() instanceof ExprVar key)) {
            return null;
        }
        Binding in = input.get(0);
        Scope scope = Scope.of(order.getSubOp());
        if (scope == null || in.contains(scope.graph) || !scope.graph.equals(key.asVar()) && !scope.aliases.contains(key.asVar())) {
            return null;
        }
        Triple probe = scope.required.stream().flatMap(q -> q.getBasicPattern().getList().stream())
                .filter(t -> t.getPredicate().isURI())
                .max(Comparator.comparingInt(GraphOrderedSort::constants)).orElse(null);
        if (probe == null) {
            return null;
        }
        USED.increment();
        List<Node> graphs = graphs(dsg, probe, in);
        int direction = conditions.get(0).getDirection() == Query.ORDER_DESCENDING ? -1 : 1;
        graphs.sort((a, b) -> direction * BindingComparator.compareNodesRaw(NodeValue.makeNode(a), NodeValue.makeNode(b)));
        List<Binding> perGraph = graphs.stream().map(g -> BindingFactory.binding(in, scope.graph, g)).toList();
        return new QueryIterRepeatApply(QueryIterPlainWrapper.create(perGraph.iterator(), cxt), cxt) {
            @Override
            protected QueryIterator nextStage(Binding binding) {
                return new KeyedSort(exec.apply(order.getSubOp(), QueryIterSingleton.create(binding, cxt)), conditions, cxt);
            }
        };
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
        return exprs == null || exprs.getList().stream().allMatch(GraphOrderedSort::plain);
    }

    private static boolean plain(VarExprList exprs) {
        return exprs.getExprs().values().stream().allMatch(GraphOrderedSort::plain);
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

    /** The distinct graphs in which {@code probe} (its variables as {@code in} binds them) has a match. */
    private static List<Node> graphs(DatasetGraphTDB dsg, Triple probe, Binding in) {
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
        while (it.hasNext()) {
            seen.add(it.next().get(0));
        }
        List<Node> graphs = new ArrayList<>(seen.size());
        for (NodeId id : seen) {
            graphs.add(nodes.getNodeForNodeId(id));
        }
        return graphs;
    }
}
