package diplograph;

import diplograph.map.Vocab;
import diplograph.store.ArticleGraph;
import diplograph.store.FollowLedger;
import diplograph.store.RemoteStore;
import diplograph.store.TdbStore;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;

/**
 * Where a follower keeps its articles and what it has seen: a local store, or a remote SPARQL
 * store. Each write puts an item's graph (if any) and its record in one transaction.
 */
interface FollowTarget {

    FollowLedger.SourceState source(String feedUrl);

    /** The item as last seen, or {@code null}. */
    FollowLedger.ItemState item(String feedUrl, String key);

    /** The SHA-256 of the text the article graph holds; "" for a graph held without one; {@code null} when none is held. */
    String heldText(Node graph);

    TdbStore.Checked check(ArticleGraph g);

    /** Stores {@code graph} (or nothing, when {@code null}) and replaces what the follow graph says about {@code subject}, together. */
    void write(TdbStore.Checked graph, Node subject, List<Triple> record);

    /** After a poll that stored something: a remote store's contacts index brought up to date. */
    default void polled() {
    }

    /** The local store: the record lands in the item's own write transaction. */
    static FollowTarget local(TdbStore store) {
        FollowLedger ledger = new FollowLedger(store);
        return new FollowTarget() {
            @Override
            public FollowLedger.SourceState source(String feedUrl) {
                return ledger.source(feedUrl);
            }

            @Override
            public FollowLedger.ItemState item(String feedUrl, String key) {
                return ledger.item(feedUrl, key);
            }

            @Override
            public String heldText(Node graph) {
                return Txn.calculateRead(store.dataset(), () -> {
                    if (!store.dataset().containsGraph(graph)) {
                        return null;
                    }
                    var sha = store.dataset().find(graph, graph, Vocab.SHA256, Node.ANY);
                    return sha.hasNext() ? sha.next().getObject().getLiteralLexicalForm() : "";
                });
            }

            @Override
            public TdbStore.Checked check(ArticleGraph g) {
                return store.check(g);
            }

            @Override
            public void write(TdbStore.Checked graph, Node subject, List<Triple> record) {
                try (TdbStore.Writer w = store.writer()) {
                    if (graph != null) {
                        w.add(graph);
                    }
                    w.replaceAbout(Vocab.FOLLOW_GRAPH, subject, record);
                    w.commit();
                }
            }
        };
    }

    /**
     * A remote SPARQL store: the record is read with SELECT, and an item's graph and record are
     * written in one SPARQL Update request (one transaction at the store); the contacts index is
     * recomputed there after each poll that stored something, as {@code ingest --endpoint} does at its end.
     */
    static FollowTarget remote(RemoteStore remote) {
        return new FollowTarget() {
            private boolean wrote;

            @Override
            public FollowLedger.SourceState source(String feedUrl) {
                String feed = FollowLedger.feedNode(feedUrl).getURI();
                var rows = remote.select("SELECT ?etag ?lastModified WHERE { GRAPH <" + Vocab.FOLLOW_GRAPH.getURI() + "> { <"
                        + feed + "> a <" + Vocab.FEED.getURI() + "> "
                        + "OPTIONAL { <" + feed + "> <" + Vocab.ETAG.getURI() + "> ?etag } "
                        + "OPTIONAL { <" + feed + "> <" + Vocab.LAST_MODIFIED.getURI() + "> ?lastModified } } }");
                if (rows.isEmpty()) {
                    return new FollowLedger.SourceState(null, null);
                }
                return new FollowLedger.SourceState(lexical(rows.get(0).get("etag")), lexical(rows.get(0).get("lastModified")));
            }

            @Override
            public FollowLedger.ItemState item(String feedUrl, String key) {
                String item = FollowLedger.itemNode(feedUrl, key).getURI();
                var rows = remote.select("SELECT ?hash ?stored WHERE { GRAPH <" + Vocab.FOLLOW_GRAPH.getURI() + "> { <" + item
                        + "> <" + Vocab.ITEM_HASH.getURI() + "> ?hash OPTIONAL { <" + item + "> <" + Vocab.STORED_AS.getURI()
                        + "> ?stored } } }");
                return rows.isEmpty() ? null : new FollowLedger.ItemState(lexical(rows.get(0).get("hash")), rows.get(0).get("stored"));
            }

            @Override
            public String heldText(Node graph) {
                return remote.held(List.of(graph)).get(graph);
            }

            @Override
            public TdbStore.Checked check(ArticleGraph g) {
                return remote.check(g);
            }

            @Override
            public void write(TdbStore.Checked graph, Node subject, List<Triple> record) {
                StringBuilder update = new StringBuilder(graph == null ? diplograph.store.GraphText.PROLOGUE : "");
                String follow = Vocab.FOLLOW_GRAPH.getURI();
                update.append("DELETE WHERE { GRAPH <").append(follow).append("> { <").append(subject.getURI())
                        .append("> ?p ?o } } ;\nINSERT DATA { GRAPH <").append(follow).append("> {\n");
                update.append(diplograph.store.GraphText.nTriples(record));
                update.append("} }\n");
                if (graph == null) {
                    remote.update(update.toString());
                } else {
                    // One request: the graph and its record land together, or neither does.
                    remote.replace(List.of(new diplograph.store.GraphText(graph.graph())), update.toString());
                }
                wrote |= graph != null;
            }

            @Override
            public void polled() {
                if (wrote) {
                    remote.keepContacts();
                    wrote = false;
                }
            }
        };
    }

    private static String lexical(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }
}
