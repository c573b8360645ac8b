package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-parser on the tiny treebank sample, then bench parser with the model it wrote. */
class TrainParserCommandTest {

    private static final String TINY = "src/test/resources/parser";

    @TempDir
    Path tmp;

    private static double number(String out, String key) {
        Matcher m = Pattern.compile("\\b" + key + "=([0-9.]+)").matcher(out);
        assertThat(m.find()).as(key + " in " + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void trainsAModelThatBenchParserLoadsAndScores() throws Exception {
        Path model = tmp.resolve("parser.bin.gz");
        Cli.Result train = Cli.run("train-parser", "--treebank", TINY, "--out", model.toString(), "--tags", "PREDICTED",
                "--epochs", "3", "--write-tagged", tmp.resolve("tagged").toString());
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.err()).contains("60 training sentences", "epoch 3:", "kept epoch");
        assertThat(number(train.out(), "epoch")).isBetween(1.0, 3.0);
        assertThat(Files.size(model)).isPositive();
        assertThat(Files.readAllLines(tmp.resolve("tagged/dev.conllu")).stream().filter(l -> !l.isEmpty()).count())
                .isEqualTo(Files.readAllLines(Path.of(TINY, "tiny-ud-dev.conllu")).stream()
                        .filter(l -> l.matches("\\d+\t.*")).count());

        Cli.Result bench = Cli.run("bench", "parser", "--model", model.toString(), "--threads", "2", "--rounds", "1",
                TINY + "/tiny-ud-dev.conllu");
        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(number(bench.out(), "parser_words")).isGreaterThan(200);
        // Sixty sentences teach a parser something: far more right heads than chance, fewer than a real model
        assertThat(number(bench.out(), "uas")).isBetween(20.0, 95.0);
        assertThat(number(bench.out(), "las")).isLessThanOrEqualTo(number(bench.out(), "uas"));
        assertThat(number(bench.out(), "parser_words_per_s")).isPositive();
    }

    @Test
    void jackknifingTrainsATaggerPerFold() {
        Path model = tmp.resolve("jk.bin.gz");
        Cli.Result train = Cli.run("train-parser", "--treebank", TINY, "--out", model.toString(), "--folds", "2", "--epochs", "1");
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.err()).contains("fold 1/2", "fold 2/2", "tags: jackknife");
    }

    @Test
    void aFolderWithoutTheSplitsIsAUsageError() {
        Cli.Result r = Cli.run("train-parser", "--treebank", tmp.toString(), "--out", tmp.resolve("m").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("-train.conllu");
    }
}
