package diplograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.query.NamedQueries;
import diplograph.store.TdbStore;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages and Linked Data answers of {@code serve} over HTTP, on the seed: what a browser, curl
 * with an {@code Accept} header, and the Fuseki UI get.
 */
class WebPagesIT {

    static final String PEZESHKIAN = "https://w3id.org/diplograph/id/person/masoud-pezeshkian";
    static final String ORG = "http://www.w3.org/ns/org#";

    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer server;
    static SparqlServer mapped;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = Fixtures.pipeline().openStore(dir);
        Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
        server = SparqlServer.start(store.dataset(), SparqlServer.Options.readOnly(0));
        mapped = SparqlServer.start(store.dataset(), new SparqlServer.Options(null, 0, null, null,
                SparqlServer.Options.DEFAULT_MAX_REQUEST_BYTES, SparqlServer.Options.DEFAULT_MAX_RESPONSE_BYTES,
                "https://news.example.org/graph"));
    }

    @AfterAll
    static void stop() {
        server.close();
        mapped.close();
        store.close();
    }

    static HttpResponse<String> get(SparqlServer srv, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(srv.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    @Test
    void turtleOfAPersonParsesAndHoldsHisOffice() throws Exception {
        HttpResponse<String> r = get(server, "id/person/masoud-pezeshkian", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(r.headers().firstValue("Vary").orElseThrow()).contains("Accept");
        Model m = parse(r.body(), Lang.TURTLE);
        Resource him = m.createResource(PEZESHKIAN);
        Resource post = him.getPropertyResourceValue(m.createProperty(ORG + "holds"));
        assertThat(post).isNotNull();
        assertThat(post.getURI()).isEqualTo("https://w3id.org/diplograph/id/post/president/ir");
        assertThat(post.getProperty(RDFS.label).getString()).isEqualTo("President of Iran");
        assertThat(him.getProperty(OWL.sameAs).getResource().getURI()).isEqualTo("http://www.wikidata.org/entity/Q5933752");
    }

    @Test
    void jsonLdAndFormatParameterGiveTheSameDescription() throws Exception {
        Model turtle = parse(get(server, "id/person/masoud-pezeshkian", "text/turtle").body(), Lang.TURTLE);
        HttpResponse<String> json = get(server, "id/person/masoud-pezeshkian", "application/ld+json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(parse(json.body(), Lang.JSONLD).isIsomorphicWith(turtle)).isTrue();
        Model byParam = parse(get(server, "id/person/masoud-pezeshkian?format=nt", null).body(), Lang.NTRIPLES);
        assertThat(byParam.isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void aBrowserGetsTheHtmlPageWithOfficeContactsQuotesAndNoOutsideRequests() throws Exception {
        HttpResponse<String> r = get(server, "id/person/masoud-pezeshkian",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String html = r.body();
        assertThat(html).contains("<h1>Masoud Pezeshkian</h1>", "President of Iran", "Q5933752");
        assertThat(section(html, "contacts")).contains("phone call", "Kassym-Jomart Tokayev", "meeting", "Murat Nurtleu", "2025-06-05");
        assertThat(section(html, "quotes")).contains("Turn the key, unlock the doors");
        assertThat(sourcesOutsideTheServer(html)).isEmpty();
    }

    @Test
    void anEventPageShowsItsSentenceWithTheParticipantsMarkedAndLinksToTheArticle() throws Exception {
        String person = get(server, "id/person/masoud-pezeshkian", "text/html").body();
        Matcher call = Pattern.compile("phone call</span> with .*? · <a href=\"/(id/event/[0-9a-f]+)\">details").matcher(person);
        assertThat(call.find()).isTrue();
        String event = get(server, call.group(1), "text/html").body();
        assertThat(event).contains("Phone call: Kassym-Jomart Tokayev – Masoud Pezeshkian, 2025-06-05");
        assertThat(section(event, "sources")).contains("President <mark>Pezeshkian</mark> and President <mark>Tokayev</mark> held a telephone conversation")
                .contains("href=\"/id/article/" + Fixtures.SEED_ID + "#char=");
    }

    @Test
    void theArticlePageMarksEachFactWhereItWasFound() throws Exception {
        String html = get(server, "id/article/" + Fixtures.SEED_ID, "text/html").body();
        // The phone call's sentence is marked, carries its anchor's id and links to the event.
        Matcher m = Pattern.compile("<a class=\"anchor\" id=\"(char=\\d+,\\d+)\"></a><a class=\"fact-mark\" href=\"/id/event/[0-9a-f]+\" "
                + "title=\"[^\"]*phone_call[^\"]*\" data-facts=\"\\d+\">In the lead-up to Eid al-Adha").matcher(html);
        assertThat(m.find()).as("the phone call's sentence, marked").isTrue();
        assertThat(html).contains("Foreign Minister Murat Nurtleu met with his Iranian counterpart");
    }

    @Test
    void aStatePageListsItsOfficialsAndContacts() throws Exception {
        String html = get(server, "id/state/kz", "text/html").body();
        assertThat(section(html, "officials")).contains("Murat Nurtleu", "Kassym-Jomart Tokayev", "President of Kazakhstan");
        assertThat(section(html, "contacts")).contains("Masoud Pezeshkian", "Abbas Araghchi");
    }

    @Test
    void anUnknownIriIs404AndAnUnofferedTypeIs406() throws Exception {
        assertThat(get(server, "id/person/nobody-at-all", "text/html").statusCode()).isEqualTo(404);
        assertThat(get(server, "id/person/nobody-at-all", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(server, "id/person/masoud-pezeshkian", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void withABaseTheMintedIrisAreServedUnderIt() throws Exception {
        Model m = parse(get(mapped, "id/person/masoud-pezeshkian", "text/turtle").body(), Lang.TURTLE);
        Resource here = m.createResource("https://news.example.org/graph/id/person/masoud-pezeshkian");
        assertThat(m.contains(here, OWL.sameAs, m.createResource(PEZESHKIAN))).isTrue();
        assertThat(here.getPropertyResourceValue(m.createProperty(ORG + "holds")).getURI())
                .isEqualTo("https://news.example.org/graph/id/post/president/ir");
        String html = get(mapped, "id/person/masoud-pezeshkian", "text/html").body();
        assertThat(html).contains("href=\"https://news.example.org/graph/id/state/ir\"");
    }

    @Test
    void theFusekiUiOffersTheNamedQueriesAndExplainsTheMissingWriteTabs() throws Exception {
        String index = get(server, "", "text/html").body();
        assertThat(index).contains("readOnly: true", "assets/fuseki-ui.js");
        String script = index.replaceAll("(?s).*src=\"\\./(static/index-[^\"]+\\.js)\".*", "$1");
        assertThat(script).startsWith("static/index-");
        // The editor's script, found by its stock example, now lists every named query.
        String editor = locateQueryScript();
        String body = get(server, editor.substring(1), null).body();
        assertThat(body).doesNotContain("Selection of triples");
        for (String name : NamedQueries.all()) {
            assertThat(body).contains("\"text\":\"" + name + "\"");
        }
        assertThat(body).doesNotContain("prefix.cc").contains("\"/assets/prefixes.json\"");
        assertThat(get(server, "assets/prefixes.json", null).body()).contains("\"org\":\"http://www.w3.org/ns/org#\"");
        assertThat(get(server, "assets/fuseki-ui.js", null).body()).contains("Read-only server");
    }

    @Test
    void theQueriesPageOpensEachNamedQueryInTheEditor() throws Exception {
        String html = get(server, "queries", null).body();
        assertThat(NamedQueries.all()).contains("who-met-whom", "officials", "agreements", "persons");
        for (String name : NamedQueries.all()) {
            assertThat(html).contains("<h2>" + name + "</h2>");
        }
        assertThat(html).contains("#/dataset/diplograph/query?query=");
        assertThat(get(server, "queries/who-met-whom.rq", null).body()).isEqualTo(NamedQueries.load("who-met-whom"));
    }

    @Test
    void theNetworkPageAndItsLibraryAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get(server, "network", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(sourcesOutsideTheServer(page.body())).isEmpty();
        Matcher lib = Pattern.compile("src=\"(webjars/cytoscape/[^\"]+)\"").matcher(page.body());
        assertThat(lib.find()).isTrue();
        HttpResponse<String> js = get(server, lib.group(1), null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).contains("cytoscape");
        assertThat(get(server, "webjars/../web/network.js", null).statusCode()).isEqualTo(404);
    }

    private static String locateQueryScript() throws Exception {
        var url = WebPagesIT.class.getClassLoader().getResource("webapp/index.html");
        var connection = (java.net.JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (var jar = connection.getJarFile()) {
            return "/" + jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.matches("webapp/static/Query-[^/]*\\.js")).findFirst().orElseThrow()
                    .substring("webapp/".length());
        }
    }

    /** The section with the given id. */
    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section " + id).isGreaterThanOrEqualTo(0);
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    /** Scripts, stylesheets and images a page would load from another host. */
    static List<String> sourcesOutsideTheServer(String html) {
        Matcher m = Pattern.compile("<(?:script|img|iframe)[^>]*\\ssrc=\"([^\"]+)\"|<link[^>]*\\shref=\"([^\"]+)\"").matcher(html);
        List<String> outside = new java.util.ArrayList<>();
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
                outside.add(url);
            }
        }
        return outside;
    }
}
