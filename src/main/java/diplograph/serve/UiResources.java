package diplograph.serve;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the Fuseki UI to a server without Fuseki's admin module.
 *
 * <p>{@code FMod_UI} only works together with {@code FMod_Admin}, and that module serves
 * unauthenticated dataset create/delete at {@code /$/datasets}. So this class does the
 * UI module's job by hand: it serves the {@code webapp/} folder of the
 * {@code jena-fuseki-ui} jar as static files and adds only the read-only endpoints the
 * UI calls ({@code /$/server}, {@code /$/ping}, {@code /$/stats/*}, {@code /$/validate/*}).
 * Pages that need the admin module (new dataset, upload, backup) answer 404.
 */
final class UiResources {

    private static final Logger LOG = LoggerFactory.getLogger(UiResources.class);

    /** A file every UI build has; its folder is the static file base. */
    private static final String INDEX = "webapp/index.html";

    private UiResources() {}

    /**
     * Configures {@code builder} to serve the UI, or only logs a warning if the UI files
     * are not on the classpath (the SPARQL endpoints do not need them).
     */
    static void install(FusekiServer.Builder builder) {
        Optional<String> base = locate(UiResources.class.getClassLoader());
        if (base.isEmpty()) {
            LOG.warn("Fuseki UI files ({}) not found on the classpath: serving SPARQL without the UI", INDEX);
            return;
        }
        LOG.debug("Fuseki UI files at {}", base.get());
        builder.staticFileBase(base.get())
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/validate/query", new QueryValidator())
               .addServlet("/$/validate/update", new UpdateValidator())
               .addServlet("/$/validate/iri", new IRIValidator())
               .addServlet("/$/validate/langtag", new LangTagValidator())
               .addServlet("/$/validate/data", new DataValidator())
               .enablePing(true)
               .enableStats(true);
    }

    /**
     * Returns the UI folder as a string {@code staticFileBase} accepts: a {@code jar:} URI
     * (the jena-fuseki-ui jar in tests, the shaded jar in production) or a directory.
     */
    static Optional<String> locate(ClassLoader loader) {
        URL index = loader.getResource(INDEX);
        if (index == null) {
            return Optional.empty();
        }
        String url = index.toExternalForm();
        String folder = url.substring(0, url.length() - "index.html".length());
        switch (index.getProtocol()) {
            case "jar":
                // Jetty mounts the jar itself; staticFileBase passes "jar:" URIs through unchanged.
                return Optional.of(folder);
            case "file":
                try {
                    return Optional.of(Path.of(index.toURI()).getParent().toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    LOG.warn("Cannot use UI files at {}: {}", url, e.getMessage());
                    return Optional.empty();
                }
            default:
                LOG.warn("Cannot serve UI files from a '{}' URL: {}", index.getProtocol(), url);
                return Optional.empty();
        }
    }
}
