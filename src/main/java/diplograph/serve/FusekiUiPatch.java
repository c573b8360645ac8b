package diplograph.serve;

import diplograph.map.Vocab;
import diplograph.query.NamedQueries;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the stock Fuseki UI to this server, without rebuilding it: its page gets a bar linking to
 * diplograph's own pages and, on a read-only server, hides the tabs that can only fail there
 * (add data, edit, dataset management) and says why; its query editor offers the named queries
 * as its example queries instead of the two generic ones, and completes prefixes from the
 * project's own list instead of fetching prefix.cc's (the UI then makes no request off the machine).
 *
 * <p>Both changes are string replacements in files of the UI's jar, checked at start-up: if a
 * new UI version no longer has the text replaced, the file is served unchanged and a warning
 * logged (the Queries page still opens every named query in the editor).
 */
final class FusekiUiPatch implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiUiPatch.class);

    /** The query editor's examples as the UI (5.x) declares them. */
    static final String STOCK_EXAMPLES = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
            + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";

    /** The editor's prefix autocompletion fetches this list from prefix.cc: a request leaving the machine. */
    static final String PREFIX_CC = "(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")+\"prefix.cc/popular/all.file.json\"";

    /** Where the editor gets its prefixes instead: the project's own, in prefix.cc's form. */
    static final String PREFIXES_PATH = "/assets/prefixes.json";

    private final byte[] index;     // null: serve the stock one
    private final String queryScript; // path of the editor's script, e.g. "/static/Query-Dz-zoSFH.js"
    private final byte[] queryScriptBody;

    private final byte[] prefixes;

    private FusekiUiPatch(byte[] index, String queryScript, byte[] queryScriptBody) throws IOException {
        this.index = index;
        this.queryScript = queryScript;
        this.queryScriptBody = queryScriptBody;
        this.prefixes = new ObjectMapper().writeValueAsBytes(new java.util.TreeMap<>(Vocab.prefixes().getNsPrefixMap()));
    }

    /** Reads and patches the UI's files, or returns empty when the UI is not on the classpath. */
    static Optional<FusekiUiPatch> create(boolean readOnly, String base) {
        URL indexUrl = FusekiUiPatch.class.getClassLoader().getResource("webapp/index.html");
        if (indexUrl == null) {
            return Optional.empty();
        }
        try {
            String stockIndex;
            try (InputStream in = indexUrl.openStream()) {
                stockIndex = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String bar = "<script>window.DIPLOGRAPH = {readOnly: " + readOnly + ", base: \"" + base + "\"};</script>"
                    + "<script src=\"" + base + "assets/fuseki-ui.js\" defer></script>"
                    + "<link rel=\"stylesheet\" href=\"" + base + "assets/fuseki-ui.css\">";
            byte[] index = stockIndex.contains("</head>")
                    ? stockIndex.replace("</head>", bar + "</head>").getBytes(StandardCharsets.UTF_8) : null;
            String[] script = findQueryScript(indexUrl);
            byte[] patched = null;
            if (script != null && script[1].contains(STOCK_EXAMPLES)) {
                String text = script[1].replace(STOCK_EXAMPLES, "queries:" + examples());
                if (text.contains(PREFIX_CC)) {
                    text = text.replace(PREFIX_CC, "\"" + base + PREFIXES_PATH.substring(1) + "\"");
                } else {
                    LOG.warn("Fuseki UI: the editor's prefix.cc address was not found; its autocompletion may call prefix.cc");
                }
                patched = text.getBytes(StandardCharsets.UTF_8);
            } else {
                LOG.warn("Fuseki UI: example queries not found in the editor's script; they stay the stock ones");
            }
            return Optional.of(new FusekiUiPatch(index, script == null ? null : script[0], patched));
        } catch (IOException e) {
            LOG.warn("Fuseki UI: cannot read its files to adapt them ({}); serving it unchanged", e.toString());
            return Optional.empty();
        }
    }

    /** The named queries as the editor's example list: {@code [{value: TEXT, text: NAME}, …]}. */
    static String examples() throws IOException {
        List<java.util.Map<String, String>> list = new ArrayList<>();
        for (String name : NamedQueries.all()) {
            list.add(java.util.Map.of("value", NamedQueries.load(name), "text", name));
        }
        return new ObjectMapper().writeValueAsString(list);
    }

    /** The path and text of the query editor's script ({@code webapp/static/Query-*.js}) in the UI's jar. */
    private static String[] findQueryScript(URL indexUrl) throws IOException {
        if (!indexUrl.getProtocol().equals("jar")) {
            return null;
        }
        JarURLConnection connection = (JarURLConnection) indexUrl.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            var entry = jar.stream().filter(e -> e.getName().matches("webapp/static/Query-[^/]*\\.js")).findFirst();
            if (entry.isEmpty()) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry.get())) {
                return new String[] {"/" + entry.get().getName().substring("webapp/".length()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)};
            }
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (index != null && (path.equals("/") || path.equals("/index.html")) && "GET".equals(req.getMethod())) {
            send((HttpServletResponse) response, "text/html; charset=utf-8", index);
        } else if (queryScriptBody != null && path.equals(queryScript)) {
            send((HttpServletResponse) response, "text/javascript; charset=utf-8", queryScriptBody);
        } else if (path.equals(PREFIXES_PATH)) {
            send((HttpServletResponse) response, "application/json", prefixes);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
