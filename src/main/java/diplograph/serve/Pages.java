package diplograph.serve;

import diplograph.map.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** Chooses and renders the HTML page of a resource by what the store says it is. */
final class Pages {

    private static final String FOAF_PERSON = "http://xmlns.com/foaf/0.1/Person";
    private static final String ORGANIZATION = "http://www.w3.org/ns/org#FormalOrganization";

    private final PageQueries queries;
    private final Html html;

    Pages(DatasetGraph dataset, String base) {
        this.queries = new PageQueries(dataset);
        this.html = new Html(base);
    }

    Html html() {
        return html;
    }

    /** The page of {@code iri}, or {@code null} when the store knows nothing of it. */
    String render(Node iri) {
        return render(iri, 1);
    }

    /** Like {@link #render(Node)}, showing page {@code part} (1, 2, …) of a long timeline. */
    String render(Node iri, int part) {
        Heading h = Heading.of(queries, iri);
        if (h.unknown()) {
            return null;
        }
        if (h.is(FOAF_PERSON)) {
            return PersonPage.render(html, queries, h, part);
        }
        if (h.is(Vocab.DG + "State")) {
            return StatePage.render(html, queries, h, "state");
        }
        if (h.is(ORGANIZATION)) {
            return StatePage.render(html, queries, h, "organization");
        }
        if (h.is(Vocab.DG + "DiplomaticEvent")) {
            return EventPage.render(html, queries, h);
        }
        if (h.is(Vocab.DG + "Article")) {
            return ArticlePage.render(html, queries, h);
        }
        String type = h.types().stream().filter(t -> !t.startsWith(Vocab.DG + "DiplomaticEvent"))
                .findFirst().map(Prefixes::shorten).orElse("resource");
        return ResourcePage.render(html, queries, h, type);
    }

    /** A page saying the IRI is not in the store. */
    String notFound(String iri) {
        return html.page("Not found", "404", null, "<p>The store says nothing about <code>" + Html.esc(iri)
                + "</code>.</p><p><a href=\"" + html.base() + "network\">Back to the network</a></p>");
    }
}
