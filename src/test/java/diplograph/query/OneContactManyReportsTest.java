package diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One meeting reported by two articles in different words ("met with", "held talks with") is one
 * event with two sources: events.rq lists it once, with the more specific kind; who-met-whom once
 * per source, each with its own words. A call between the same persons that day stays apart.
 */
class OneContactManyReportsTest {

    @TempDir
    Path dir;

    @Test
    void twoReportsOfOneMeetingAreOneEventWithTwoSources() throws IOException {
        Path a = Files.writeString(dir.resolve("muscat-a.txt"), " date 2025-03-10\n\n"
                + "Iranian Foreign Minister Abbas Araghchi met with Omani Foreign Minister Badr Albusaidi in Muscat on Monday.\n");
        Path b = Files.writeString(dir.resolve("muscat-b.txt"), " date 2025-03-11\n\n"
                + "Iranian Foreign Minister Abbas Araghchi held talks with his Omani counterpart, Badr Albusaidi, in Muscat on Monday.\n");
        Path c = Files.writeString(dir.resolve("muscat-c.txt"), " date 2025-03-10\n\n"
                + "Iranian Foreign Minister Abbas Araghchi spoke by phone with Omani Foreign Minister Badr Albusaidi on Monday.\n");
        try (TdbStore store = Fixtures.pipeline().openStore(dir.resolve("db"))) {
            Fixtures.pipeline().ingest(store, List.of(a, b, c), null, s -> { });
            QueryRunner q = new QueryRunner(store.dataset());

            List<Map<String, String>> events = q.rows(NamedQueries.load("events"), Map.of()).stream()
                    .filter(r -> r.get("participants").contains("Albusaidi")).toList();
            assertThat(events).extracting(r -> r.get("kind") + " | " + r.get("date") + " | " + r.get("place"))
                    .containsExactlyInAnyOrder("talks | 2025-03-10 | Muscat", "phone_call | 2025-03-10 | null");
            assertThat(events).filteredOn(r -> r.get("kind").equals("talks")).singleElement()
                    .satisfies(r -> assertThat(r.get("article").split(" \\| ")).hasSize(2));

            List<Map<String, String>> rows = q.rows(NamedQueries.load("who-met-whom"), Map.of()).stream()
                    .filter(r -> !r.get("kind").equals("phone_call")).toList();
            assertThat(rows).extracting(r -> r.get("kind") + " | " + r.get("article").replaceAll(".*/", ""))
                    .containsExactlyInAnyOrder("meeting | muscat-a", "talks | muscat-b");
            assertThat(rows).extracting(r -> r.get("date")).containsOnly("2025-03-10");
        }
    }

    @Test
    void officialsSummaryIsOneRowPerPersonAndOfficeWithItsFirstAndLastStatementAndSources() throws IOException {
        Path a = Files.writeString(dir.resolve("lima-a.txt"), " date 2025-03-10\n\n"
                + "Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren in Lima.\n");
        Path b = Files.writeString(dir.resolve("lima-b.txt"), " date 2025-04-02\n\n"
                + "Peruvian Foreign Minister Elmer Schialer spoke by phone with Bolivian Foreign Minister Celinda Sosa.\n");
        try (TdbStore store = Fixtures.pipeline().openStore(dir.resolve("db"))) {
            Fixtures.pipeline().ingest(store, List.of(a, b), null, s -> { });
            QueryRunner q = new QueryRunner(store.dataset());
            assertThat(q.rows(NamedQueries.load("officials"), Map.of()))
                    .filteredOn(r -> r.get("name").equals("Elmer Schialer")).hasSize(2);
            assertThat(q.rows(NamedQueries.load("officials-summary"), Map.of()))
                    .filteredOn(r -> r.get("name").equals("Elmer Schialer")).singleElement()
                    .satisfies(r -> assertThat(r.get("role") + " | " + r.get("of") + " | " + r.get("firstStated") + " | "
                            + r.get("lastStated") + " | " + r.get("sources"))
                            .isEqualTo("Minister of Foreign Affairs | Peru | 2025-03-10 | 2025-04-02 | 2"));
        }
    }
}
