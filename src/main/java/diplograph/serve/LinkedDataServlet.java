package diplograph.serve;

import diplograph.map.Vocab;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Serves every minted IRI at the path that mirrors it ({@code https://w3id.org/diplograph/id/person/x}
 * at {@code /id/person/x}), as Linked Data servers do: HTML for a browser, the resource's
 * description as Turtle, JSON-LD, N-Triples or RDF/XML for a client that asks for one (by
 * {@code Accept}, or by {@code ?format=ttl|jsonld|nt|rdf|html}).
 */
final class LinkedDataServlet extends HttpServlet {

    private static final String HTML = "text/html";
    private static final Map<String, RDFFormat> RDF = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML_PLAIN);
    private static final Map<String, String> FORMAT_PARAM = Map.of(
            "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json",
            "nt", "application/n-triples", "rdf", "application/rdf+xml", "xml", "application/rdf+xml", "html", HTML);
    /** What this servlet offers, HTML first so a client that takes anything gets the page. */
    private static final AcceptList OFFERS = AcceptList.create(HTML, "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml");

    private final transient Pages pages;
    private final transient Describer describer;

    LinkedDataServlet(Pages pages, Describer describer) {
        this.pages = pages;
        this.describer = describer;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.startsWith("/id/") || path.length() == 4) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Node iri = NodeFactory.createURI(Vocab.ID + path.substring(4));
        String type = choose(req);
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "offers text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        if (type.equals(HTML) || type.equals("application/xhtml+xml")) {
            String page = pages.render(iri, part(req.getParameter("contacts")));
            resp.setStatus(page == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK);
            write(resp, HTML + "; charset=utf-8", (page == null ? pages.notFound(iri.getURI()) : page).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Graph g = describer.describe(iri);
        if (g.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no statements about " + iri.getURI());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type + (type.equals("application/rdf+xml") ? "" : "; charset=utf-8"));
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, RDF.get(type));
        }
    }

    /** The media type to answer with: {@code ?format=} first, then the best match for {@code Accept}. */
    static String choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return FORMAT_PARAM.get(format.toLowerCase(java.util.Locale.ROOT));
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType best = AcceptList.match(new AcceptList(accept), OFFERS);
        return best == null ? null : best.getContentTypeStr();
    }

    private static void write(HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }


    /** The page of a timeline asked for ({@code ?contacts=2}); 1 when none or nonsense. */
    private static int part(String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }
}
