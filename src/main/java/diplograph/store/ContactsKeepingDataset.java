package diplograph.store;

import diplograph.map.Vocab;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's dataset for writers that do not go through the store, such as SPARQL Update and the
 * Graph Store Protocol behind {@code serve --update}: it notes the graphs and subjects each write
 * touches and, at commit, inside the same write transaction, recomputes the contacts of the events
 * of those graphs and of any touched subject the contacts index holds — so the index never falls
 * behind a committed write, and an aborted write leaves both untouched. Graphs handed out are views
 * over this wrapper, so writes through them are noted too.
 */
final class ContactsKeepingDataset extends DatasetGraphWrapper {

    /** What the open write transaction touched; one transaction per thread, as in TDB2. */
    private final ThreadLocal<Touched> touched = ThreadLocal.withInitial(Touched::new);

    private static final class Touched {
        final Set<Node> graphs = new HashSet<>();
        final Set<Node> subjects = new HashSet<>();
    }

    ContactsKeepingDataset(DatasetGraph store) {
        super(store);
    }

    private void note(Node g, Node s) {
        if (g != null && !g.equals(Vocab.CONTACTS_GRAPH) && !Quad.isDefaultGraph(g)) {
            Touched t = touched.get();
            t.graphs.add(g);
            if (s.isURI()) {
                t.subjects.add(s);
            }
        }
    }

    private void noteMatching(Node g, Node s, Node p, Node o) {
        find(g, s, p, o).forEachRemaining(q -> note(q.getGraph(), q.getSubject()));
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        note(g, s);
        super.add(g, s, p, o);
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        note(g, s);
        super.delete(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        noteMatching(g, s, p, o);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void removeGraph(Node g) {
        noteMatching(g, Node.ANY, Node.ANY, Node.ANY);
        super.removeGraph(g);
    }

    @Override
    public void addGraph(Node g, Graph graph) {
        graph.find().forEachRemaining(t -> note(g, t.getSubject()));
        super.addGraph(g, graph);
    }

    @Override
    public void clear() {
        noteMatching(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        super.clear();
    }

    @Override
    public Graph getGraph(Node g) {
        return GraphView.createNamedGraph(this, g);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public void commit() {
        Touched t = touched.get();
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE
                && (!t.graphs.isEmpty() || !t.subjects.isEmpty())) {
            ContactsIndex.recompute(get(), t.graphs, t.subjects);
        }
        touched.remove();
        super.commit();
    }

    @Override
    public void abort() {
        touched.remove();
        super.abort();
    }

    @Override
    public void end() {
        touched.remove();
        super.end();
    }
}
