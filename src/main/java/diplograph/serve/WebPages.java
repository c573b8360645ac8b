package diplograph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * diplograph's own pages beside the SPARQL endpoint: the network at {@code /network}, a page for
 * every minted IRI under {@code /id/}, the named queries at {@code /queries}, and the files they
 * need under {@code /assets/}, {@code /webjars/} and {@code /queries/NAME.rq}.
 */
final class WebPages {

    private WebPages() {
    }

    /**
     * @param readOnly whether the server takes no updates (the UI then hides its write tabs)
     * @param base     the public address minted IRIs map onto, or {@code null}
     */
    static void install(FusekiServer.Builder builder, DatasetGraph dsg, boolean readOnly, String base) {
        String linkBase = base == null ? "/" : base;
        Pages pages = new Pages(dsg, linkBase);
        builder.addServlet("/id/*", new LinkedDataServlet(pages, new Describer(dsg, base)))
               .addServlet("/network", ClasspathFiles.file("web/network.html"))
               .addServlet("/assets/*", new ClasspathFiles("/assets/", "web/"))
               .addServlet("/webjars/*", new ClasspathFiles("/webjars/", "META-INF/resources/webjars/"))
               .addServlet("/queries", new QueriesPage(pages.html(), linkBase))
               .addServlet("/queries/*", new ClasspathFiles("/queries/", "queries/"));
        FusekiUiPatch.create(readOnly, linkBase).ifPresent(patch -> builder.addFilter("/*", patch));
    }
}
