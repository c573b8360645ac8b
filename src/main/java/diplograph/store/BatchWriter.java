package diplograph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a batch of article graphs inside the caller's write transaction, index by index in each
 * index's own key order. Adding quad by quad inserts every quad into six B+trees in an order that
 * is random for most of them, so each insert walks to a different leaf; sorting the batch's keys
 * for each index first makes consecutive inserts land on the same leaves, as Jena's bulk loaders
 * do — but here within an ordinary transaction, so readers keep reading and a crash loses the
 * whole batch or nothing.
 */
final class BatchWriter {

    private BatchWriter() {
    }

    /** Replaces each graph of {@code batch} (the last one wins when a name comes twice). */
    static void replaceAll(DatasetGraph dsg, List<ArticleGraph> batch) {
        Map<Node, ArticleGraph> byName = new LinkedHashMap<>();
        batch.forEach(g -> byName.put(g.name(), g));
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        List<Tuple<NodeId>> tuples = new ArrayList<>();
        for (ArticleGraph g : byName.values()) {
            dsg.removeGraph(g.name());
            NodeId graph = nodes.getAllocateNodeId(g.name());
            Iterator<Triple> it = g.graph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                tuples.add(TupleFactory.create4(graph, nodes.getAllocateNodeId(t.getSubject()),
                        nodes.getAllocateNodeId(t.getPredicate()), nodes.getAllocateNodeId(t.getObject())));
            }
        }
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            if (index.baseTupleIndex() instanceof TupleIndexRecord records) {
                RangeIndex tree = records.getRangeIndex();
                RecordFactory factory = tree.getRecordFactory();
                Record[] keys = new Record[tuples.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = TupleLib.record(factory, tuples.get(i), index.getMapping());
                }
                Arrays.sort(keys, Record::compareByKey);
                for (Record r : keys) {
                    tree.insert(r);
                }
            } else {
                tuples.forEach(index::add);
            }
        }
    }
}
