package diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction quality, measured as a user would: {@code eval} against the gold files. The seed must
 * be read fully; the evaluation corpus (articles the rules were not written for) must not fall
 * below the floors set from the first honest measurement (see the issue notes for the figures).
 */
class EvaluatorTest {

    /** F1 floors on src/test/resources/corpus, a little under the measured values. */
    static final Map<String, Double> CORPUS_FLOORS = Map.of(
            "meetings", 0.85, "roles", 0.87, "agreements", 0.91, "positions", 0.73, "quotes", 0.90);

    @TempDir
    Path tmp;

    private Map<String, KindScore> evaluate(Path gold) {
        List<KindScore> scores = new Evaluator(Fixtures.pipeline(), Fixtures.pipeline().lexicon())
                .evaluate(gold, tmp.resolve("store"));
        return scores.stream().collect(Collectors.toMap(KindScore::kind, s -> s));
    }

    @Test
    void theSeedIsReadAsTheGoldSays() throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("seed"));
        Files.copy(Fixtures.seed(), gold.resolve(Fixtures.seed().getFileName()));
        Files.copy(Fixtures.seedGold(), gold.resolve(Fixtures.seedGold().getFileName()));
        Map<String, KindScore> s = evaluate(gold);
        assertThat(s.get("meetings").f1()).isEqualTo(1.0);
        assertThat(s.get("roles").f1()).isEqualTo(1.0);
        assertThat(s.get("agreements").f1()).isEqualTo(1.0);
        assertThat(s.get("positions").f1()).isEqualTo(1.0);
        assertThat(s.get("quotes").f1()).isEqualTo(1.0);
    }

    @Test
    void theCorpusStaysAboveItsFloors() {
        Map<String, KindScore> s = evaluate(Path.of("src/test/resources/corpus"));
        CORPUS_FLOORS.forEach((kind, floor) ->
                assertThat(s.get(kind).f1()).as(kind + " F1").isGreaterThanOrEqualTo(floor));
    }

    /**
     * F1 floors on the real gold set (src/test/resources/real: State Department and kremlin.ru
     * readouts, hand-annotated), a little under the measured values; the precision of meetings
     * has its own floor, since a wrong contact costs a user more than a missed one.
     */
    static final Map<String, Double> REAL_FLOORS = Map.of(
            "meetings", 0.86, "roles", 0.82, "agreements", 0.85, "positions", 0.78);

    @Test
    void theRealGoldSetStaysAboveItsFloors() {
        Map<String, KindScore> s = scores(new Evaluator(Fixtures.pipeline(), Fixtures.pipeline().lexicon())
                .evaluate(List.of(Path.of("src/test/resources/real/statedept"), Path.of("src/test/resources/real/kremlin")),
                        tmp.resolve("real")));
        REAL_FLOORS.forEach((kind, floor) ->
                assertThat(s.get(kind).f1()).as(kind + " F1").isGreaterThanOrEqualTo(floor));
        assertThat(s.get("meetings").precision()).as("meetings precision").isGreaterThanOrEqualTo(0.90);
    }

    /**
     * F1 floors on the general-news gold set (src/test/resources/real/wikinews and voa: Wikinews and
     * Voice of America articles, hand-annotated), a little under the measured values, with the
     * precision of meetings held apart as for the readouts.
     */
    static final Map<String, Double> GENERAL_NEWS_FLOORS = Map.of(
            "meetings", 0.84, "roles", 0.86, "agreements", 0.68, "positions", 0.56, "quotes", 0.86);

    @Test
    void theGeneralNewsGoldSetStaysAboveItsFloors() {
        Map<String, KindScore> s = scores(new Evaluator(Fixtures.pipeline(), Fixtures.pipeline().lexicon())
                .evaluate(List.of(Path.of("src/test/resources/real/wikinews"), Path.of("src/test/resources/real/voa")),
                        tmp.resolve("news")));
        GENERAL_NEWS_FLOORS.forEach((kind, floor) ->
                assertThat(s.get(kind).f1()).as(kind + " F1").isGreaterThanOrEqualTo(floor));
        assertThat(s.get("meetings").precision()).as("meetings precision").isGreaterThanOrEqualTo(0.85);
    }

    private static Map<String, KindScore> scores(List<KindScore> scores) {
        return scores.stream().collect(Collectors.toMap(KindScore::kind, s -> s));
    }

    @Test
    void aGoldNameALetterOrAnInitialOffIsTheOfficialTheExtractorLinked() throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("initials"));
        Files.writeString(gold.resolve("a.txt"), " date 2021-08-14\n\nIndian External Affairs Minister S. Jaishankar "
                + "spoke by phone with Kazakh Foreign Minister Mukhtar Tileuberdi on Friday.\n");
        Files.writeString(gold.resolve("a.gold.json"), """
                {"id": "a", "published": "2021-08-14",
                 "meetings": [{"participants": ["S. Jaishankar", "Mukhtar Tileuberdi"], "kind": "phone_call",
                               "date": "2021-08-13", "place": null}],
                 "roles": [], "agreements": [], "positions": [], "quotes": []}
                """);
        KindScore meetings = evaluate(gold).get("meetings");
        assertThat(meetings.misses()).isEmpty();
        assertThat(meetings.falseHits()).isEmpty();
    }

    @Test
    void scoresCountMissesAndFalseHits() {
        KindScore k = new KindScore("x", 3, 1, 2, List.of("a", "b"), List.of("c"));
        assertThat(k.precision()).isEqualTo(0.75);
        assertThat(k.recall()).isEqualTo(0.6);
        assertThat(k.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new KindScore("y", 0, 0, 0, List.of(), List.of()).f1()).isEqualTo(1.0);
    }
}
