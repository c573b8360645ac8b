package diplograph.cli;

import diplograph.analyse.ParserTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains the dependency parser the analyser uses; how the bundled model was made is in its README. */
@Command(name = "train-parser", description = "Train the dependency parser from a CoNLL-U treebank (UD English EWT): "
        + "its *-train.conllu with the tagger's tags, the epoch best on *-dev.conllu kept and written to --out.")
final class TrainParserCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--treebank", required = true, paramLabel = "DIR", description = "a folder holding one *-train.conllu and one *-dev.conllu")
    Path treebank;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write (gzip)")
    Path out;

    @Option(names = "--tags", defaultValue = "JACKKNIFE", paramLabel = "KIND",
            description = "the train split's tags: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); dev is always tagged by the shipped tagger")
    ParserTrainer.Tags tags;

    @Option(names = "--folds", defaultValue = "10", description = "folds when jackknifing (default ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--epochs", defaultValue = "20", description = "passes over the train split (default ${DEFAULT-VALUE}); the best on dev is kept")
    int epochs;

    @Option(names = "--explore", defaultValue = "0.9", description = "after the first epoch, the share of steps that follow the model's own choice (default ${DEFAULT-VALUE})")
    double explore;

    @Option(names = "--threshold", defaultValue = "1.0", description = "averaged weights of smaller magnitude are left out (default ${DEFAULT-VALUE})")
    float threshold;

    @Option(names = "--seed", defaultValue = "1", description = "for the shuffles and the exploration (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--write-tagged", paramLabel = "DIR", description = "also write train.conllu and dev.conllu as the parser saw them (to train another parser on the same data)")
    Path tagged;

    @Override
    public Integer call() {
        Path train = split("-train.conllu");
        Path dev = split("-dev.conllu");
        PrintWriter err = spec.commandLine().getErr();
        ParserTrainer.Result r = ParserTrainer.train(train, dev, out,
                new ParserTrainer.Options(epochs, tags, folds, explore, threshold, seed), tagged, line -> {
                    err.println(line);
                    err.flush();
                });
        PrintWriter o = spec.commandLine().getOut();
        o.printf(java.util.Locale.ROOT, "epoch=%d dev_uas=%.2f dev_las=%.2f features=%d weights=%d model=%s%n",
                r.epoch(), r.dev().uas(), r.dev().las(), r.features(), r.weights(), out);
        o.flush();
        return 0;
    }

    private Path split(String suffix) {
        try (Stream<Path> files = Files.list(treebank)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException(treebank + " must hold one *" + suffix + " file, not " + found.size());
            }
            return found.get(0);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + treebank + ": " + e.getMessage());
        }
    }
}
