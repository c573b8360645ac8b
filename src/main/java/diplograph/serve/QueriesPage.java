package diplograph.serve;

import diplograph.query.NamedQueries;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Lists the named queries, each with its text and a link that opens it in the SPARQL editor. */
final class QueriesPage extends HttpServlet {

    private final transient Html html;
    private final String base;

    QueriesPage(Html html, String base) {
        this.html = html;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder body = new StringBuilder("<p>The queries shipped with diplograph (<code>queries/</code>; "
                + "<code>diplograph query --db DIR NAME</code> runs them on the command line). "
                + "Each opens in the Fuseki SPARQL editor, where they are also the example queries.</p>");
        for (String name : NamedQueries.all()) {
            String text = NamedQueries.load(name);
            String comment = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                    .reduce((a, b) -> a + " " + b).orElse("");
            body.append("<section class=\"query\" id=\"").append(Html.esc(name)).append("\"><h2>").append(Html.esc(name))
                .append("</h2><p>").append(Html.esc(comment)).append("</p><p><a class=\"open\" href=\"").append(base)
                .append("#/dataset/diplograph/query?query=").append(URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"))
                .append("\">Open in the SPARQL editor</a> · <a href=\"").append(base).append("queries/").append(Html.esc(name))
                .append(".rq\">").append(Html.esc(name)).append(".rq</a></p><details><summary>SPARQL</summary><pre>")
                .append(Html.esc(text)).append("</pre></details></section>");
        }
        byte[] page = html.page("Queries", "named queries", null, body.toString()).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
