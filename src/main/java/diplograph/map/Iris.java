package diplograph.map;

import diplograph.lexicon.Keys;
import diplograph.model.Article;
import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.Office;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;

/**
 * Mints the graph's IRIs from stable keys, so the same entity from two articles, or the same
 * article ingested twice, gets the same IRI.
 */
public final class Iris {

    private Iris() {
    }

    /** The article's IRI, which is also the IRI of its named graph. */
    public static Node article(String articleId) {
        return Vocab.iri(Vocab.ID + "article/" + encode(articleId));
    }

    public static Node article(Article a) {
        return article(a.id());
    }

    public static Node entity(Entity e) {
        return Vocab.iri(Vocab.ID + e.kind().path() + "/" + encode(e.key()));
    }

    static Node role(Office o) {
        return Vocab.iri(Vocab.ID + "role/" + o.key());
    }

    static Node officeCategory(String category) {
        return Vocab.iri(Vocab.ID + "office/" + Keys.slug(category));
    }

    static Node post(Office o, Entity of) {
        return Vocab.iri(Vocab.ID + "post/" + o.key() + "/" + encode(of.key()));
    }

    static Node holding(Article a, Entity person, Office o, Entity of) {
        return Vocab.iri(Vocab.ID + "holding/" + hash(a.id(), person.key(), o.key(), of.key()));
    }

    /**
     * An event's IRI: kind, participants and date, so two articles reporting one dated event share
     * it. An undated event cannot be told apart from another, so its article (and its place, when
     * it has one) is part of the key.
     */
    static Node event(Article a, Event e) {
        String participants = String.join(",", e.participants().stream().map(Entity::key).sorted().toList());
        // Two undated contacts of the same persons in one article are told apart by their places.
        String when = e.date() != null ? e.date().toString()
                : "article:" + a.id() + (e.place() == null ? "" : "@" + e.place().key());
        // Keyed by contact class, not kind: "met with" and "held talks with" the same day are one event.
        return Vocab.iri(Vocab.ID + "event/" + hash(e.kind().contactClass(), participants, when));
    }

    /**
     * A contact of the contacts index: an event and the two persons of one of its pairs, {@code a}
     * the one whose IRI sorts first, so every store mints the same IRI for the same contact.
     */
    public static Node contact(Node event, Node a, Node b) {
        return Vocab.iri(Vocab.ID + "contact/" + hash(event.getURI(), a.getURI(), b.getURI()));
    }

    /** One article's report of a contact: there is one per contact and source article. */
    public static Node contactReport(Node contact, Node article) {
        return Vocab.iri(Vocab.ID + "contact-report/" + hash(contact.getURI(), article.getURI()));
    }

    /** A quotation: its article and where it starts, since a quote is said once. */
    static Node quote(Article a, diplograph.model.Quote q) {
        return Vocab.iri(Vocab.ID + "quote/" + hash(a.id(), Integer.toString(q.evidence().span().begin())));
    }

    /** An agreement: one per kind, parties and date (or article when undated), like events. */
    static Node agreement(Article a, diplograph.model.Agreement g) {
        String parties = String.join(",", g.parties().stream().map(Entity::key).sorted().toList());
        String when = g.date() != null ? g.date().toString() : "article:" + a.id();
        return Vocab.iri(Vocab.ID + "agreement/" + hash(g.kind(), parties, when));
    }

    /** A message, greetings or congratulations as one article reports it. */
    static Node communication(Article a, diplograph.model.Communication c) {
        return Vocab.iri(Vocab.ID + "event/" + hash(a.id(), c.kind(), Integer.toString(c.evidence().span().begin()),
                c.sender() == null ? "" : c.sender().key(), c.via() == null ? "" : c.via().key()));
    }

    /** A position as one article reports it. */
    static Node position(Article a, diplograph.model.Position p) {
        return Vocab.iri(Vocab.ID + "position/" + hash(a.id(), p.holder().key(), p.stance(),
                p.target() == null ? "" : p.target().key(), p.speaker() == null ? "" : p.speaker().key(), p.about()));
    }

    /** A concept of one of the SKOS schemes the lexicons fill (topics, agreement kinds). */
    static Node concept(String scheme, String label) {
        return Vocab.iri(Vocab.ID + scheme + "/" + Keys.slug(label));
    }

    static Node kind(Event e) {
        return Vocab.iri(Vocab.KIND + e.kind().word());
    }

    /** A sentence anchor: the article IRI with an RFC 5147 style {@code #char=start,end} in code points. */
    static Node anchor(Node article, int start, int end) {
        return Vocab.iri(article.getURI() + "#char=" + start + "," + end);
    }

    static Node derivation(Node article, Node fact, String rule, int start) {
        return Vocab.iri(article.getURI() + "#derivation-" + hash(fact.getURI(), rule, Integer.toString(start)));
    }

    /** Why a person of the article is a Wikidata item: one link per article, person and item. */
    static Node link(Node article, Entity person, String qid) {
        return Vocab.iri(article.getURI() + "#link-" + hash(person.key(), qid));
    }

    /** A link the {@code link} command writes into {@code graph}: one per store entity and external item. */
    static Node externalLink(Node graph, Node subject, Node item) {
        return Vocab.iri(graph.getURI() + "#link-" + hash(subject.getURI(), item.getURI()));
    }

    static Node externalDerivation(Node graph, Node subject, Node item) {
        return Vocab.iri(graph.getURI() + "#derivation-" + hash(subject.getURI(), item.getURI()));
    }

    static Node wikidata(String qid) {
        return Vocab.iri(Vocab.WIKIDATA + qid);
    }

    /** Keeps IRIs valid for any id: unreserved characters pass, others are percent-encoded. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
