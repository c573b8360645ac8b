package diplograph.map;

import static diplograph.map.Vocab.*;

import diplograph.model.Article;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Event;
import diplograph.model.Evidence;
import diplograph.model.Extraction;
import diplograph.model.Fact;
import diplograph.model.Office;
import diplograph.model.OfficeHolding;
import diplograph.model.PersonLink;
import diplograph.model.Quote;
import diplograph.model.Agreement;
import diplograph.model.Position;
import diplograph.model.Communication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Writes an article's extraction as RDF triples to a {@link StreamRDF}: the article, the entities
 * it mentions, each fact and, for each fact, a qualified derivation pointing at its sentence.
 * Where the triples go (a printer, a graph to validate, a store) is the caller's choice.
 */
public final class FactMapper {

    /** Sends the triples of {@code x} to {@code out}, between {@code start()} and {@code finish()}. */
    public void map(Extraction x, StreamRDF out) {
        out.start();
        Article a = x.article();
        Node article = Iris.article(a);
        article(a, article, out);
        for (Entity e : x.entities()) {
            entity(e, out);
            emit(out, article, SCHEMA_MENTIONS, Iris.entity(e));
        }
        for (Fact f : x.facts()) {
            Node fact;
            if (f instanceof Event e) {
                fact = event(a, e, out);
            } else if (f instanceof OfficeHolding h) {
                fact = holding(a, h, out);
            } else if (f instanceof Quote q) {
                fact = quote(a, q, out);
            } else if (f instanceof Agreement g) {
                fact = agreement(a, g, out);
            } else if (f instanceof Position p) {
                fact = position(a, p, out);
            } else if (f instanceof PersonLink l) {
                if (!l.linked()) {
                    emit(out, Iris.entity(l.person()), UNLINKED_REASON, string(l.unlinkedReason()));
                    continue;
                }
                fact = link(article, l, out);
            } else {
                fact = communication(a, (Communication) f, out);
            }
            provenance(a, article, fact, f.evidence(), out);
        }
        out.finish();
    }

    private static void article(Article a, Node article, StreamRDF out) {
        emit(out, article, TYPE, ARTICLE);
        emit(out, article, ARTICLE_ID, string(a.id()));
        emit(out, article, SHA256, string(a.sha256()));
        emit(out, article, SCHEMA_TEXT, string(a.text()));
        if (a.title() != null) {
            emit(out, article, SCHEMA_HEADLINE, string(a.title()));
        }
        if (a.published() != null) {
            emit(out, article, SCHEMA_DATE_PUBLISHED, date(a.published()));
        }
        if (a.url() != null) {
            emit(out, article, SCHEMA_URL, NodeFactory.createURI(a.url()));
        }
    }

    /** Describes an office as a role concept of the offices scheme, under its category; returns the role. */
    static Node office(Office o, StreamRDF out) {
        Node role = Iris.role(o);
        Node category = Iris.officeCategory(o.category());
        emit(out, role, TYPE, ORG_ROLE_CLASS);
        emit(out, role, TYPE, CONCEPT);
        emit(out, role, PREF_LABEL, string(o.label()));
        emit(out, role, LABEL, string(o.label()));
        emit(out, role, IN_SCHEME, OFFICES);
        emit(out, role, BROADER, category);
        emit(out, category, TYPE, CONCEPT);
        emit(out, category, PREF_LABEL, string(o.category().replace('_', ' ')));
        emit(out, category, IN_SCHEME, OFFICE_CATEGORIES);
        return role;
    }

    /** Describes an entity: its type, labels, aliases, ISO code and Wikidata link. */
    static void entity(Entity e, StreamRDF out) {
        Node s = Iris.entity(e);
        emit(out, s, TYPE, switch (e.kind()) {
            case STATE -> STATE;
            case PERSON -> FOAF_PERSON;
            case PLACE -> SCHEMA_PLACE;
            case ORGANIZATION -> iri(ORG + "FormalOrganization");
        });
        emit(out, s, LABEL, string(e.label()));
        emit(out, s, PREF_LABEL, string(e.label()));
        if (e.kind() == EntityKind.PERSON) {
            emit(out, s, FOAF_NAME, string(e.label()));
        }
        for (String alias : e.aliases()) {
            emit(out, s, ALT_LABEL, string(alias));
        }
        if (e.kind() == EntityKind.STATE && e.code() != null) {
            emit(out, s, ISO3166, string(e.code()));
        }
        if (e.wikidata() != null) {
            emit(out, s, SAME_AS, Iris.wikidata(e.wikidata()));
        }
    }

    private static Node event(Article a, Event e, StreamRDF out) {
        Node s = Iris.event(a, e);
        emit(out, s, TYPE, DIPLOMATIC_EVENT);
        emit(out, s, TYPE, iri(DG + switch (e.kind()) {
            case MEETING -> "Meeting";
            case PHONE_CALL -> "PhoneCall";
            case VISIT -> "Visit";
            case VIDEOCONFERENCE -> "Videoconference";
            case TALKS -> "Talks";
        }));
        emit(out, s, EVENT_KIND, Iris.kind(e));
        for (Entity p : e.participants()) {
            emit(out, s, SEM_HAS_ACTOR, Iris.entity(p));
        }
        if (e.date() != null) {
            emit(out, s, DATE, date(e.date()));
        }
        if (e.place() != null) {
            emit(out, s, SEM_HAS_PLACE, Iris.entity(e.place()));
        }
        return s;
    }

    private static Node holding(Article a, OfficeHolding h, StreamRDF out) {
        Node person = Iris.entity(h.person());
        Node of = Iris.entity(h.of());
        Node role = office(h.office(), out);
        Node post = Iris.post(h.office(), h.of());
        emit(out, post, TYPE, ORG_POST);
        emit(out, post, LABEL, string(h.office().label() + " of " + h.of().label()));
        emit(out, post, ORG_POST_IN, of);
        emit(out, post, ORG_ROLE, role);
        emit(out, person, ORG_HOLDS, post);
        Node s = Iris.holding(a, h.person(), h.office(), h.of());
        emit(out, s, TYPE, OFFICE_HOLDING);
        emit(out, s, ORG_MEMBER, person);
        emit(out, s, ORG_ORGANIZATION, of);
        emit(out, s, ORG_ROLE, role);
        emit(out, s, OPENGOV_POST, post);
        if (h.observedOn() != null) {
            emit(out, s, OBSERVED_ON, date(h.observedOn()));
        }
        if (h.reference() != null) {
            emit(out, s, REFERENCE_AGREES, NodeFactory.createLiteralDT(Boolean.toString(h.reference().agrees()),
                    XSDDatatype.XSDboolean));
            if (h.reference().term() != null) {
                emit(out, s, REFERENCE_TERM, string(h.reference().term()));
            }
        }
        return s;
    }

    /** Why the person is the Wikidata item: the grounds that agreed; rule and confidence go in the derivation. */
    private static Node link(Node article, PersonLink l, StreamRDF out) {
        Node s = Iris.link(article, l.person(), l.wikidata());
        identity(s, Iris.entity(l.person()), Iris.wikidata(l.wikidata()), l.grounds(), out);
        return s;
    }

    /**
     * A link the {@code link} command found between an entity of the store and an item of an
     * external dataset, written into the graph {@code into}: {@code owl:sameAs}, the link with its
     * grounds, and a derivation from the dataset's graph {@code source} naming rule and confidence.
     */
    public static void externalLink(Node into, Node subject, Node item, List<String> grounds, Node source,
                                    String rule, double confidence, StreamRDF out) {
        emit(out, subject, SAME_AS, item);
        Node s = Iris.externalLink(into, subject, item);
        identity(s, subject, item, grounds, out);
        derivation(s, Iris.externalDerivation(into, subject, item), source, source, rule, confidence, out);
    }

    private static void identity(Node s, Node subject, Node item, List<String> grounds, StreamRDF out) {
        emit(out, s, TYPE, IDENTITY_LINK);
        emit(out, s, LINKED_PERSON, subject);
        emit(out, s, LINKED_ITEM, item);
        for (String g : grounds) {
            emit(out, s, GROUND, string(g));
        }
    }

    private static Node quote(Article a, Quote q, StreamRDF out) {
        Node s = Iris.quote(a, q);
        emit(out, s, TYPE, SCHEMA_QUOTATION);
        emit(out, s, SCHEMA_TEXT, string(q.text()));
        emit(out, s, SCHEMA_CREATOR, Iris.entity(q.speaker()));
        return s;
    }

    private static Node agreement(Article a, Agreement g, StreamRDF out) {
        Node s = Iris.agreement(a, g);
        emit(out, s, TYPE, AGREEMENT);
        Node kind = Iris.concept("agreement-kind", g.kind());
        emit(out, s, AGREEMENT_KIND, kind);
        emit(out, kind, TYPE, CONCEPT);
        emit(out, kind, PREF_LABEL, string(g.kind()));
        emit(out, kind, IN_SCHEME, AGREEMENT_KINDS);
        for (Entity p : g.parties()) {
            emit(out, s, PARTY, Iris.entity(p));
        }
        for (Entity o : g.partyOrganizations()) {
            emit(out, s, PARTY_ORGANIZATION, Iris.entity(o));
        }
        for (Entity p : g.signatories()) {
            emit(out, s, SIGNATORY, Iris.entity(p));
        }
        if (g.date() != null) {
            emit(out, s, DATE, date(g.date()));
        }
        if (g.place() != null) {
            emit(out, s, SEM_HAS_PLACE, Iris.entity(g.place()));
        }
        for (String t : g.topics()) {
            Node topic = Iris.concept("topic", t);
            emit(out, s, TOPIC, topic);
            emit(out, topic, TYPE, CONCEPT);
            emit(out, topic, PREF_LABEL, string(t));
            emit(out, topic, IN_SCHEME, TOPICS);
        }
        return s;
    }

    private static Node position(Article a, Position p, StreamRDF out) {
        Node s = Iris.position(a, p);
        emit(out, s, TYPE, POSITION);
        emit(out, s, HOLDER, Iris.entity(p.holder()));
        emit(out, s, STANCE_PROPERTY, iri(Vocab.STANCE + p.stance()));
        emit(out, s, ABOUT, string(p.about()));
        if (p.target() != null) {
            emit(out, s, TARGET, Iris.entity(p.target()));
        }
        if (p.speaker() != null) {
            emit(out, s, SPEAKER, Iris.entity(p.speaker()));
        }
        return s;
    }

    private static Node communication(Article a, Communication c, StreamRDF out) {
        Node s = Iris.communication(a, c);
        emit(out, s, TYPE, DIPLOMATIC_EVENT);
        emit(out, s, TYPE, iri(DG + switch (c.kind()) {
            case "message" -> "MessageDelivery";
            case "greetings" -> "Greetings";
            default -> "Congratulation";
        }));
        emit(out, s, EVENT_KIND, iri(Vocab.KIND + c.kind()));
        if (c.sender() != null) {
            emit(out, s, SENDER, Iris.entity(c.sender()));
            actor(out, s, c.sender());
        }
        if (c.recipient() != null) {
            emit(out, s, RECIPIENT, Iris.entity(c.recipient()));
        }
        if (c.via() != null) {
            emit(out, s, VIA, Iris.entity(c.via()));
            actor(out, s, c.via());
        }
        if (c.occasion() != null) {
            emit(out, s, OCCASION, string(c.occasion()));
        }
        if (c.date() != null) {
            emit(out, s, DATE, date(c.date()));
        }
        return s;
    }

    /** Persons taking part are the event's actors; a state sending greetings is only its sender. */
    private static void actor(StreamRDF out, Node event, Entity e) {
        if (e.kind() == EntityKind.PERSON) {
            emit(out, event, SEM_HAS_ACTOR, Iris.entity(e));
        }
    }

    /**
     * The fact's sentence as a text anchor, and a qualified derivation naming rule and confidence.
     * The confidence is written in the canonical form a store keeps ("0.9", not "0.90"), so the
     * triples printed or sent elsewhere are the ones stored.
     */
    private static void provenance(Article a, Node article, Node fact, Evidence ev, StreamRDF out) {
        String text = a.text();
        int start = text.codePointCount(0, ev.span().begin());
        int end = start + text.codePointCount(ev.span().begin(), ev.span().end());
        Node anchor = Iris.anchor(article, start, end);
        emit(out, anchor, TYPE, TEXT_ANCHOR);
        emit(out, anchor, IN_ARTICLE, article);
        emit(out, anchor, OA_START, integer(start));
        emit(out, anchor, OA_END, integer(end));
        emit(out, anchor, OA_EXACT, string(ev.span().coveredText(text)));
        derivation(fact, Iris.derivation(article, fact, ev.rule(), start), article, anchor, ev.rule(), ev.confidence(), out);
    }

    /** {@code fact} derives from {@code from}, by a qualified derivation {@code d} from {@code entity} naming rule and confidence. */
    private static void derivation(Node fact, Node d, Node from, Node entity, String rule, double confidence,
                                   StreamRDF out) {
        emit(out, fact, PROV_WAS_DERIVED_FROM, from);
        emit(out, fact, PROV_QUALIFIED_DERIVATION, d);
        emit(out, d, TYPE, PROV_DERIVATION);
        emit(out, d, PROV_ENTITY, entity);
        emit(out, d, RULE, string(rule));
        emit(out, d, CONFIDENCE, NodeFactory.createLiteralDT(decimal(confidence), XSDDatatype.XSDdecimal));
    }

    /** A confidence in the canonical xsd:decimal form a store keeps: two places at most, no trailing zeros ("0.9", "1.0"). */
    private static String decimal(double d) {
        BigDecimal x = new BigDecimal(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (x.scale() < 1 ? x.setScale(1) : x).toPlainString();
    }

    private static void emit(StreamRDF out, Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
