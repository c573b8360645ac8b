package diplograph.serve;

/**
 * The pages' HTML: escaping, links to the server's own page of an IRI, and the shared frame
 * (header with the network, the SPARQL editor and the queries; one stylesheet, served locally).
 */
final class Html {

    private final String base;

    /** @param base the server's public address ending in "/", or "/" for links relative to the host */
    Html(String base) {
        this.base = base;
    }

    /** The address links start from: "/" or the public base. */
    String base() {
        return base;
    }

    /** Escapes text for an element's content or a quoted attribute. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Where the page of {@code iri} is: on this server for a minted IRI, the IRI itself otherwise. */
    String href(String iri) {
        String path = SparqlServer.pagePath(iri);
        return path == null ? iri : base + path;
    }

    /** A link to {@code iri} showing {@code label} (the IRI when there is no label). */
    String link(String iri, String label) {
        String text = label == null || label.isBlank() ? iri : label;
        return "<a href=\"" + esc(href(iri)) + "\">" + esc(text) + "</a>";
    }

    /** A link to the page of {@code iri} with a query string ({@code ?contacts=2}). */
    String link(String iri, String query, String label) {
        return "<a href=\"" + esc(href(iri) + query) + "\">" + esc(label) + "</a>";
    }

    /** The whole page around {@code body}. */
    String page(String title, String kind, String iri, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · diplograph</title>"
                + "<link rel=\"stylesheet\" href=\"" + base + "assets/style.css\">"
                + (iri == null ? "" : "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + esc(href(iri)) + "?format=ttl\">"
                        + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + esc(href(iri)) + "?format=jsonld\">")
                + "</head><body>" + nav()
                + "<main><header class=\"entity\"><p class=\"kind\">" + esc(kind) + "</p><h1>" + esc(title) + "</h1>"
                + (iri == null ? "" : "<p class=\"iri\"><code>" + esc(iri) + "</code> · <a href=\""
                        + esc(href(iri)) + "?format=ttl\">Turtle</a> · <a href=\"" + esc(href(iri))
                        + "?format=jsonld\">JSON-LD</a></p>")
                + "</header>" + body + "</main></body></html>\n";
    }

    String nav() {
        return "<nav class=\"top\"><a class=\"brand\" href=\"" + base + "network\">diplograph</a>"
                + "<a href=\"" + base + "network\">Network</a>"
                + "<a href=\"" + base + "queries\">Queries</a>"
                + "<a href=\"" + base + "#/dataset/diplograph/query\">SPARQL editor</a></nav>";
    }

    /** A section with a heading, or nothing when {@code content} is empty. */
    static String section(String heading, String id, String content) {
        if (content == null || content.isEmpty()) {
            return "";
        }
        return "<section id=\"" + id + "\"><h2>" + esc(heading) + "</h2>" + content + "</section>";
    }
}
