package diplograph.store;

import diplograph.map.Vocab;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What a follower has seen of its sources, kept in the store ({@link Vocab#FOLLOW_GRAPH}): per
 * feed the validators of the copy last read completely, per item a hash of what the feed stated
 * and the article it became. The record of an item is written in the same write transaction as its
 * article ({@link TdbStore.Writer#replaceAbout}), so a follower killed at any moment never holds
 * an article without its record or the reverse.
 */
public final class FollowLedger {

    /** A feed's validators; both {@code null} before its first complete read. */
    public record SourceState(String etag, String lastModified) {
    }

    /** An item as last seen: the hash of its feed entry and the article graph it is stored as (or {@code null}). */
    public record ItemState(String hash, Node storedAs) {
    }

    private final DatasetGraph dsg;

    public FollowLedger(TdbStore store) {
        this.dsg = store.dataset();
    }

    public SourceState source(String feedUrl) {
        Node feed = feedNode(feedUrl);
        return Txn.calculateRead(dsg, () -> new SourceState(literal(feed, Vocab.ETAG), literal(feed, Vocab.LAST_MODIFIED)));
    }

    /** The item as last seen, or {@code null} when it never was. */
    public ItemState item(String feedUrl, String key) {
        Node item = itemNode(feedUrl, key);
        return Txn.calculateRead(dsg, () -> {
            String hash = literal(item, Vocab.ITEM_HASH);
            if (hash == null) {
                return null;
            }
            var stored = dsg.find(Vocab.FOLLOW_GRAPH, item, Vocab.STORED_AS, Node.ANY);
            return new ItemState(hash, stored.hasNext() ? stored.next().getObject() : null);
        });
    }

    /** How many items of all feeds have been seen. */
    public long itemCount() {
        return Txn.calculateRead(dsg, () -> dsg.stream(Vocab.FOLLOW_GRAPH, Node.ANY, Vocab.TYPE, Vocab.FEED_ITEM).count());
    }

    private String literal(Node s, Node p) {
        var it = dsg.find(Vocab.FOLLOW_GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    public static Node feedNode(String feedUrl) {
        return NodeFactory.createURI(Vocab.ID + "feed/" + diplograph.model.Article.sha256(feedUrl).substring(0, 32));
    }

    public static Node itemNode(String feedUrl, String key) {
        return NodeFactory.createURI(Vocab.ID + "feed-item/" + diplograph.model.Article.sha256(feedUrl + "\n" + key).substring(0, 32));
    }

    /** The record of a feed read completely, with the validators its answer gave (either may be {@code null}). */
    public static List<Triple> sourceRecord(String feedUrl, String etag, String lastModified) {
        Node feed = feedNode(feedUrl);
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(feed, Vocab.TYPE, Vocab.FEED));
        t.add(Triple.create(feed, Vocab.FEED_URL, NodeFactory.createLiteralString(feedUrl)));
        if (etag != null) {
            t.add(Triple.create(feed, Vocab.ETAG, NodeFactory.createLiteralString(etag)));
        }
        if (lastModified != null) {
            t.add(Triple.create(feed, Vocab.LAST_MODIFIED, NodeFactory.createLiteralString(lastModified)));
        }
        return t;
    }

    /** The record of an item, stored as {@code article} (or {@code null}, when it could not be read). */
    public static List<Triple> itemRecord(String feedUrl, String key, String hash, Node article) {
        Node item = itemNode(feedUrl, key);
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(item, Vocab.TYPE, Vocab.FEED_ITEM));
        t.add(Triple.create(item, Vocab.IN_FEED, feedNode(feedUrl)));
        t.add(Triple.create(item, Vocab.ITEM_KEY, NodeFactory.createLiteralString(key)));
        t.add(Triple.create(item, Vocab.ITEM_HASH, NodeFactory.createLiteralString(hash)));
        if (article != null) {
            t.add(Triple.create(item, Vocab.STORED_AS, article));
        }
        return t;
    }
}
