package diplograph.cli;

import diplograph.Diplograph;
import diplograph.eval.Evaluator;
import diplograph.eval.KindScore;
import diplograph.eval.TitleEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", description = "Score extraction against gold files: precision, recall and F1 per kind, with misses and false hits.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--gold", paramLabel = "DIR", arity = "1..*",
                description = "Folder(s) of <id>.txt articles with <id>.gold.json files, scored as one set.")
        List<Path> gold;

        @Option(names = "--titles", paramLabel = "DIR",
                description = "Folder of NAME.txt readouts with NAME.json whose title_meeting names the contact: "
                        + "the share whose pair who-met-whom finds with the right kind.")
        Path titles;
    }

    @Option(names = "--show", defaultValue = "10", paramLabel = "N", description = "Misses and false hits to list per kind (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("diplograph-eval");
        try {
            Diplograph dg = Diplograph.standard();
            if (source.titles != null) {
                return titles(out, dg, scratch);
            }
            List<KindScore> scores = new Evaluator(dg, dg.lexicon()).evaluate(source.gold, scratch);
            out.printf("%-11s %5s %5s %5s %9s %7s %6s%n", "kind", "gold", "found", "right", "precision", "recall", "F1");
            for (KindScore s : scores) {
                out.printf("%-11s %5d %5d %5d %9.3f %7.3f %6.3f%n", s.kind(), s.truePositives() + s.falseNegatives(),
                        s.truePositives() + s.falsePositives(), s.truePositives(), s.precision(), s.recall(), s.f1());
            }
            for (KindScore s : scores) {
                list(out, s.kind() + " missed", s.misses());
                list(out, s.kind() + " false hits", s.falseHits());
            }
        } finally {
            delete(scratch);
        }
        out.flush();
        return 0;
    }

    private int titles(PrintWriter out, Diplograph dg, Path scratch) {
        List<TitleEvaluator.Item> items = new TitleEvaluator(dg, dg.lexicon()).evaluate(source.titles, scratch);
        long found = items.stream().filter(TitleEvaluator.Item::found).count();
        out.printf("title pairs found with the right kind: %d of %d (%.1f %%)%n", found, items.size(),
                100.0 * found / items.size());
        List<TitleEvaluator.Item> misses = items.stream().filter(i -> !i.found()).toList();
        if (!misses.isEmpty() && show > 0) {
            out.printf("%nmissed (%d):%n", misses.size());
            misses.stream().limit(show).forEach(i -> out.printf("  %s | %s | found: %s%n", i.id(), i.expected(),
                    i.contacts().isEmpty() ? "none" : String.join("; ", i.contacts())));
        }
        out.flush();
        return 0;
    }

    private void list(PrintWriter out, String title, List<String> items) {
        if (items.isEmpty() || show <= 0) {
            return;
        }
        out.printf("%n%s (%d):%n", title, items.size());
        items.stream().limit(show).forEach(i -> out.println("  " + i));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
