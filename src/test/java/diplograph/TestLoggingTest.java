package diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tests log with src/test/resources/logback-test.xml: the servers they start (Fuseki, Jetty,
 * Spark) and diplograph itself say nothing below WARN, so mvn verify's output is the build's, and
 * errors still show.
 */
class TestLoggingTest {

    private static final List<String> QUIET = List.of(Logger.ROOT_LOGGER_NAME, "org.eclipse.jetty",
            "org.eclipse.jetty.server.Server", "org.apache.jena.fuseki", "org.apache.jena.fuseki.Server",
            "org.apache.jena.fuseki.Fuseki", "diplograph", "diplograph.serve.SparqlServer", "org.apache.spark",
            "org.apache.spark.SparkContext", "org.apache.hadoop");

    @Test
    void theTestConfigurationIsTheOneInUse() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(ConfigurationWatchListUtil.getMainWatchURL(context)).isNotNull()
                .satisfies(url -> assertThat(url.toString()).endsWith("/test-classes/logback-test.xml"));
    }

    @Test
    void serversAndDiplographLogNoInfoButErrors() {
        for (String name : QUIET) {
            Logger log = LoggerFactory.getLogger(name);
            assertThat(log.isInfoEnabled()).as("INFO of %s", name).isFalse();
            assertThat(log.isErrorEnabled()).as("ERROR of %s", name).isTrue();
        }
        assertThat(LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME).isWarnEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.apache.jena.riot").isErrorEnabled()).isTrue();
    }
}
