package diplograph.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRIs of {@code ontology/diplomacy.ttl} and of the vocabularies it reuses, as Jena nodes. */
public final class Vocab {

    private Vocab() {
    }

    public static final String DG = "https://w3id.org/diplograph/ontology#";
    public static final String KIND = "https://w3id.org/diplograph/kind/";
    public static final String STANCE = "https://w3id.org/diplograph/stance/";
    public static final String ID = "https://w3id.org/diplograph/id/";
    public static final String GRAPH = "https://w3id.org/diplograph/graph/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /**
     * The prefixes a reader of printed RDF expects: the ontology, the minted IRIs, the reused
     * vocabularies and Wikidata.
     */
    public static org.apache.jena.shared.PrefixMapping prefixes() {
        org.apache.jena.shared.PrefixMapping p = org.apache.jena.shared.PrefixMapping.Factory.create();
        p.setNsPrefix("dg", DG).setNsPrefix("kind", KIND).setNsPrefix("stance", STANCE).setNsPrefix("id", ID)
                .setNsPrefix("rdf", RDF).setNsPrefix("rdfs", RDFS).setNsPrefix("xsd", XSD).setNsPrefix("owl", OWL)
                .setNsPrefix("skos", SKOS).setNsPrefix("org", ORG).setNsPrefix("opengov", OPENGOV)
                .setNsPrefix("foaf", FOAF).setNsPrefix("schema", SCHEMA).setNsPrefix("sem", SEM)
                .setNsPrefix("prov", PROV).setNsPrefix("oa", OA).setNsPrefix("wd", WIKIDATA);
        return p.lock();
    }

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String OPENGOV = "http://www.w3.org/ns/opengov#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SCHEMA = "http://schema.org/";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";

    /** Graph holding the ontology in a store. */
    public static final Node ONTOLOGY_GRAPH = iri(GRAPH + "ontology");
    /** Graph holding the reference tables (states…) in a store. */
    public static final Node REFERENCE_GRAPH = iri(GRAPH + "reference");
    /** Graph holding the contacts index: who-met-whom aggregated, one node per contact. */
    public static final Node CONTACTS_GRAPH = iri(GRAPH + "contacts");

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    static final Node SAME_AS = iri(OWL + "sameAs");
    static final Node PREF_LABEL = iri(SKOS + "prefLabel");
    static final Node ALT_LABEL = iri(SKOS + "altLabel");
    static final Node IN_SCHEME = iri(SKOS + "inScheme");
    static final Node BROADER = iri(SKOS + "broader");
    static final Node CONCEPT = iri(SKOS + "Concept");

    public static final Node ARTICLE = iri(DG + "Article");
    public static final Node ARTICLE_ID = iri(DG + "articleId");
    public static final Node SHA256 = iri(DG + "sha256");
    static final Node DATELINE = iri(DG + "dateline");
    static final Node STATE = iri(DG + "State");
    static final Node INTERNATIONAL_ORGANIZATION = iri(DG + "InternationalOrganization");
    static final Node ISO3166 = iri(DG + "iso3166");
    static final Node OFFICES = iri(DG + "Offices");
    static final Node OFFICE_CATEGORIES = iri(DG + "OfficeCategories");
    public static final Node OFFICE_HOLDING = iri(DG + "OfficeHolding");
    static final Node OBSERVED_ON = iri(DG + "observedOn");
    public static final Node DIPLOMATIC_EVENT = iri(DG + "DiplomaticEvent");
    public static final Node EVENT_KIND = iri(DG + "kind");
    public static final Node DATE = iri(DG + "date");
    static final Node TEXT_ANCHOR = iri(DG + "TextAnchor");
    static final Node AGREEMENT = iri(DG + "Agreement");
    static final Node AGREEMENT_KIND = iri(DG + "agreementKind");
    static final Node AGREEMENT_KINDS = iri(DG + "AgreementKinds");
    static final Node PARTY = iri(DG + "party");
    static final Node PARTY_ORGANIZATION = iri(DG + "partyOrganization");
    static final Node SIGNATORY = iri(DG + "signatory");
    static final Node TOPIC = iri(DG + "topic");
    static final Node TOPICS = iri(DG + "Topics");
    static final Node POSITION = iri(DG + "Position");
    static final Node HOLDER = iri(DG + "holder");
    static final Node STANCE_PROPERTY = iri(DG + "stance");
    static final Node ABOUT = iri(DG + "about");
    static final Node TARGET = iri(DG + "target");
    static final Node SPEAKER = iri(DG + "speaker");
    static final Node SENDER = iri(DG + "sender");
    static final Node RECIPIENT = iri(DG + "recipient");
    static final Node VIA = iri(DG + "via");
    static final Node OCCASION = iri(DG + "occasion");
    static final Node IN_ARTICLE = iri(DG + "inArticle");
    static final Node RULE = iri(DG + "rule");
    static final Node CONFIDENCE = iri(DG + "confidence");
    public static final Node IDENTITY_LINK = iri(DG + "IdentityLink");
    public static final Node LINKED_PERSON = iri(DG + "linkedPerson");
    public static final Node LINKED_ITEM = iri(DG + "linkedItem");
    public static final Node GROUND = iri(DG + "ground");
    static final Node UNLINKED_REASON = iri(DG + "unlinkedReason");
    static final Node REFERENCE_AGREES = iri(DG + "referenceAgrees");
    static final Node REFERENCE_TERM = iri(DG + "referenceTerm");

    // The contacts index, kept by the store in CONTACTS_GRAPH (not in article graphs).
    public static final Node CONTACT = iri(DG + "Contact");
    public static final Node CONTACT_EVENT = iri(DG + "contactEvent");
    public static final Node PERSON_A = iri(DG + "personA");
    public static final Node PERSON_B = iri(DG + "personB");
    public static final Node PERSON_A_NAME = iri(DG + "personAName");
    public static final Node PERSON_B_NAME = iri(DG + "personBName");
    public static final Node CONTACT_KIND = iri(DG + "contactKind");
    public static final Node CONTACT_DATE = iri(DG + "contactDate");
    public static final Node PLACE_LABEL = iri(DG + "placeLabel");
    public static final Node SOURCE_COUNT = iri(DG + "sourceCount");
    public static final Node FIRST_REPORT = iri(DG + "firstReport");
    public static final Node LAST_REPORT = iri(DG + "lastReport");
    public static final Node CONTACT_SORT_KEY = iri(DG + "contactSortKey");
    // One source article's report of a contact, with the values that article gives it (who-met-whom's rows).
    public static final Node CONTACT_REPORT = iri(DG + "ContactReport");
    public static final Node REPORT_OF = iri(DG + "reportOf");
    public static final Node REPORTED_IN = iri(DG + "reportedIn");
    public static final Node REPORTED_PERSON_A = iri(DG + "reportedPersonA");
    public static final Node REPORTED_PERSON_B = iri(DG + "reportedPersonB");
    public static final Node REPORTED_A_NAME = iri(DG + "reportedAName");
    public static final Node REPORTED_B_NAME = iri(DG + "reportedBName");
    public static final Node REPORTED_KIND = iri(DG + "reportedKind");
    public static final Node REPORTED_DATE = iri(DG + "reportedDate");
    public static final Node REPORTED_PLACE_LABEL = iri(DG + "reportedPlaceLabel");

    /** Graph holding what a follower has seen of its sources: validators per feed, a hash per item. */
    public static final Node FOLLOW_GRAPH = iri(GRAPH + "follow");
    // The follower's record, kept by the store in FOLLOW_GRAPH (not in article graphs).
    public static final Node FEED = iri(DG + "Feed");
    public static final Node FEED_ITEM = iri(DG + "FeedItem");
    public static final Node FEED_URL = iri(DG + "feedUrl");
    public static final Node ETAG = iri(DG + "etag");
    public static final Node LAST_MODIFIED = iri(DG + "lastModified");
    public static final Node IN_FEED = iri(DG + "inFeed");
    public static final Node ITEM_KEY = iri(DG + "itemKey");
    public static final Node ITEM_HASH = iri(DG + "itemHash");
    public static final Node STORED_AS = iri(DG + "storedAs");

    static final Node ORG_ROLE_CLASS = iri(ORG + "Role");
    static final Node ORG_POST = iri(ORG + "Post");
    static final Node ORG_HOLDS = iri(ORG + "holds");
    static final Node ORG_POST_IN = iri(ORG + "postIn");
    static final Node ORG_ROLE = iri(ORG + "role");
    static final Node ORG_MEMBER = iri(ORG + "member");
    static final Node ORG_ORGANIZATION = iri(ORG + "organization");
    static final Node OPENGOV_POST = iri(OPENGOV + "post");
    public static final Node FOAF_PERSON = iri(FOAF + "Person");
    static final Node FOAF_NAME = iri(FOAF + "name");
    static final Node SCHEMA_PLACE = iri(SCHEMA + "Place");
    static final Node SCHEMA_HEADLINE = iri(SCHEMA + "headline");
    public static final Node SCHEMA_DATE_PUBLISHED = iri(SCHEMA + "datePublished");
    static final Node SCHEMA_URL = iri(SCHEMA + "url");
    static final Node SCHEMA_TEXT = iri(SCHEMA + "text");
    static final Node SCHEMA_MENTIONS = iri(SCHEMA + "mentions");
    static final Node SCHEMA_QUOTATION = iri(SCHEMA + "Quotation");
    static final Node SCHEMA_CREATOR = iri(SCHEMA + "creator");
    public static final Node SEM_HAS_ACTOR = iri(SEM + "hasActor");
    public static final Node SEM_HAS_PLACE = iri(SEM + "hasPlace");
    static final Node PROV_WAS_DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    static final Node PROV_QUALIFIED_DERIVATION = iri(PROV + "qualifiedDerivation");
    static final Node PROV_DERIVATION = iri(PROV + "Derivation");
    static final Node PROV_ENTITY = iri(PROV + "entity");
    static final Node OA_START = iri(OA + "start");
    static final Node OA_END = iri(OA + "end");
    static final Node OA_EXACT = iri(OA + "exact");

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
