package diplograph.cli;

import diplograph.Diplograph;
import diplograph.analyse.ParseScore;
import diplograph.analyse.ParserBenchmark;
import diplograph.bench.CorpusBuilder;
import diplograph.bench.NlpFloor;
import diplograph.bench.QueryLatency;
import diplograph.query.NamedQueries;
import diplograph.read.ReadOutcome;
import diplograph.serve.SparqlServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The measuring tools bench/run calls; see bench/README.md. */
@Command(name = "bench", description = "Benchmark tools (used by bench/run): build a corpus, measure the NLP floor, time queries.",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Nlp.class, BenchCommand.Extract.class, BenchCommand.Queries.class,
                BenchCommand.EveryQuery.class, BenchCommand.PagesCommand.class, BenchCommand.Parser.class, BenchCommand.MainTextCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "main-text", description = "Read every page of a folder (.html, .html.gz) as ingest reads it and write "
            + "{id: {\"articleBody\": text}} for the article-extraction benchmark's evaluate.py; pages refused are counted "
            + "and the reader's time a page is shown.")
    static final class MainTextCommand implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PAGES") Path pages;
        @Parameters(index = "1", paramLabel = "OUT.json") Path out;

        @Override
        public Integer call() throws Exception {
            var result = diplograph.read.MainTextBenchmark.run(pages, out);
            spec.commandLine().getErr().printf(java.util.Locale.ROOT, "%d pages, %d refused, %.1f ms a page%n",
                    result.pages(), result.refused().size(), result.msPerPage());
            result.refused().forEach(r -> spec.commandLine().getErr().println("  refused: " + r));
            return 0;
        }
    }

    @Command(name = "corpus", description = "Write N articles as JSON Lines by replicating a folder of .txt articles under fresh ids.")
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "DIR") Path from;
        @Option(names = "-n", required = true, paramLabel = "N") int n;
        @Parameters(paramLabel = "OUT.jsonl") Path out;

        @Override
        public Integer call() throws Exception {
            CorpusBuilder.build(from, n, out);
            return 0;
        }
    }

    @Command(name = "nlp", description = "OpenNLP sentences + tokens + POS alone over a JSON Lines corpus (the NLP floor), then diplograph's own analyser over the same texts.")
    static final class Nlp implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();
        @Parameters(paramLabel = "CORPUS.jsonl") Path corpus;

        @Override
        public Integer call() throws Exception {
            long[] r = NlpFloor.run(corpus, threads);
            spec.commandLine().getOut().printf("nlp_articles=%d nlp_tokens=%d nlp_seconds=%.3f%n", r[0], r[1], r[2] / 1e9);
            // The analyser reads the articles with diplograph's own reader and analyses them as an
            // ingest does (its models configured for speed, its tokens refined): the part of the
            // ingest that is NLP.
            Diplograph d = Diplograph.standard();
            long[] a = NlpFloor.<ReadOutcome.Read>time(articles(d, corpus), threads, read -> d.analyse(read.article()).tokens().size());
            spec.commandLine().getOut().printf("analyser_articles=%d analyser_tokens=%d analyser_seconds=%.3f%n",
                    a[0], a[1], a[2] / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "extract", description = "The pipeline without a store over a JSON Lines corpus: read, analyse, extract, map, validate, on N threads.")
    static final class Extract implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();
        @Parameters(paramLabel = "CORPUS.jsonl") Path corpus;

        @Override
        public Integer call() throws Exception {
            // What an ingest does before its writer, with the models already loaded: the CPU a
            // store's loading competes with on the same cores.
            Diplograph d = Diplograph.standard();
            long[] a = NlpFloor.<ReadOutcome.Read>time(articles(d, corpus), threads, read -> {
                var g = d.graph(d.extract(read.article()));
                d.validator().validate(g);
                return g.size();
            });
            spec.commandLine().getOut().printf("extract_articles=%d extract_quads=%d extract_seconds=%.3f%n",
                    a[0], a[1], a[2] / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "every-query", description = "The whole answer of every named query over HTTP (CSV, all rows): "
            + "p50 and slowest of R requests in a row after one to warm up, and rows. Queries that call a remote SERVICE, "
            + "or join an external extract (officials-external), are left out.")
    static final class EveryQuery implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--endpoint", required = true, paramLabel = "URL") String endpoint;
        @Option(names = "--requests", defaultValue = "5", paramLabel = "R") int requests;

        @Override
        public Integer call() throws Exception {
            QueryLatency q = new QueryLatency(endpoint);
            int failed = 0;
            for (String name : timed()) {
                failed += report(spec, "query", name, name.replace('-', '_'), "rows",
                        () -> q.series(NamedQueries.load(name), requests)) ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        }

        /** The named queries that answer from the store alone. */
        static List<String> timed() {
            return NamedQueries.all().stream()
                    .filter(n -> !n.equals("officials-external") && !NamedQueries.load(n).contains("SERVICE")).toList();
        }
    }

    /**
     * Takes one measure and prints its line ({@code WHAT=NAME KEY_p50_ms=… KEY_max_ms=… KEY_SIZE=…}),
     * or, when it fails, a line saying so ({@code KEY_failed=1}) and the reason on stderr.
     *
     * @param size what the series' count is: "rows" of an answer, "bytes" of a page
     * @return whether the measure was taken
     */
    private static boolean report(CommandSpec spec, String what, String name, String key, String size,
                                  Callable<QueryLatency.Series> measure) {
        PrintWriter out = spec.commandLine().getOut();
        boolean taken;
        try {
            QueryLatency.Series s = measure.call();
            out.printf(java.util.Locale.ROOT, "%s=%s %s_p50_ms=%.1f %s_max_ms=%.1f %s_%s=%d%n",
                    what, name, key, s.p50(), key, s.max(), key, size, s.rows());
            taken = true;
        } catch (Exception e) {
            out.printf("%s=%s %s_failed=1%n", what, name, key);
            spec.commandLine().getErr().println(name + ": " + e.getMessage());
            taken = false;
        }
        out.flush();
        return taken;
    }

    @Command(name = "pages", description = "The HTML pages over HTTP against serve: a person's, a state's and an event's "
            + "(each given by its IRI), p50 and slowest of R requests in a row after one to warm up, and the page's size.")
    static final class PagesCommand implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--server", required = true, paramLabel = "URL", description = "the server's root, e.g. http://127.0.0.1:3030/") String server;
        @Option(names = "--person", paramLabel = "IRI") String person;
        @Option(names = "--state", paramLabel = "IRI") String state;
        @Option(names = "--event", paramLabel = "IRI") String event;
        @Option(names = "--requests", defaultValue = "5", paramLabel = "R") int requests;

        @Override
        public Integer call() throws Exception {
            QueryLatency q = new QueryLatency(server);
            int failed = 0;
            String root = server.endsWith("/") ? server : server + "/";
            Map<String, String> pages = new java.util.LinkedHashMap<>();
            pages.put("person", person);
            pages.put("state", state);
            pages.put("event", event);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                if (page.getValue() == null) {
                    continue;
                }
                String path = SparqlServer.pagePath(page.getValue());
                failed += report(spec, "page", page.getKey(), "page_" + page.getKey(), "bytes", () -> {
                    if (path == null) {
                        throw new IllegalArgumentException("not an IRI diplograph mints: " + page.getValue());
                    }
                    return q.page(root + path, requests);
                }) ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        }
    }

    @Command(name = "parser", description = "The dependency parser on a CoNLL-U file: UAS and LAS with the tagger's tags "
            + "(or the gold ones), words parsed a second on N threads sharing one model, the model's load time.")
    static final class Parser implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--model", paramLabel = "FILE", description = "a model train-parser wrote (default: the bundled one)") Path model;
        @Option(names = "--gold-tags", description = "parse with the file's own tags instead of the tagger's") boolean goldTags;
        @Option(names = "--threads", defaultValue = "1", paramLabel = "N") int threads;
        @Option(names = "--rounds", defaultValue = "5", paramLabel = "R", description = "timed passes over the file after one of warm-up (default ${DEFAULT-VALUE})") int rounds;
        @Option(names = "--write-tagged", paramLabel = "FILE", description = "also write the file as the parser saw it (its tags), to run another parser on") Path tagged;
        @Parameters(paramLabel = "FILE.conllu") Path conllu;

        @Override
        public Integer call() throws Exception {
            ParserBenchmark.Result r = ParserBenchmark.run(conllu, model, goldTags, threads, rounds, tagged);
            ParseScore s = r.score();
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "parser_load_s=%.3f parser_words=%d uas=%.2f las=%.2f uas_no_punct=%.2f las_no_punct=%.2f las_no_subtypes=%.2f "
                            + "parser_threads=%d parser_words_per_s=%.0f%n",
                    r.loadSeconds(), s.words(), s.uas(), s.las(), s.uasNoPunct(), s.lasNoPunct(), s.lasBase(), threads, r.wordsPerSecond());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** The articles of a corpus as diplograph's reader reads them, for {@link NlpFloor#time}. */
    private static java.util.function.Consumer<java.util.function.Consumer<ReadOutcome.Read>> articles(Diplograph d, Path corpus) {
        return sink -> d.read(List.of(corpus), null, outcome -> {
            if (outcome instanceof ReadOutcome.Read read) {
                sink.accept(read);
            }
        });
    }

    @Command(name = "queries", description = "Latency over HTTP: who-met-whom and its aggregated form for one person, and officials; p50/p99 and throughput.")
    static final class Queries implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--endpoint", required = true, paramLabel = "URL") String endpoint;
        @Option(names = "--person", required = true, paramLabel = "IRI") String person;
        @Option(names = "--requests", defaultValue = "200") int requests;
        @Option(names = "--clients", defaultValue = "4") int clients;
        @Option(names = "--seconds", defaultValue = "10") int seconds;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            QueryLatency q = new QueryLatency(endpoint);
            // A VALUES block at the start of the pattern binds the person over HTTP, as --param does
            // on the command line, so the engine starts from that person. The pairs are unordered,
            // the person whose IRI sorts first being ?a: all of a person's contacts are the rows
            // with the person as ?a and those with the person as ?b, two queries a user sends.
            report(out, "who_met_whom_person", q.measure(bothSides("who-met-whom"), requests, clients, seconds));
            report(out, "who_met_whom_summary_person", q.measure(bothSides("who-met-whom-summary"), requests, clients, seconds));
            report(out, "officials", q.measure(NamedQueries.load("officials"), Math.max(5, requests / 20), clients, seconds));
            out.flush();
            return 0;
        }

        /** The named query with the person bound as ?a, and again as ?b. */
        private List<String> bothSides(String name) {
            return List.of(forPerson(name, "a"), forPerson(name, "b"));
        }

        /** The named query with ?var bound by a VALUES block opening its innermost pattern, where the engine starts. */
        private String forPerson(String name, String var) {
            String q = NamedQueries.load(name);
            int at = q.lastIndexOf("WHERE {") + "WHERE {".length();
            return q.substring(0, at) + "\n  VALUES ?" + var + " { <" + person + "> }" + q.substring(at);
        }

        private static void report(PrintWriter out, String name, QueryLatency.Result r) {
            out.printf("%s_p50_ms=%.1f %s_p99_ms=%.1f %s_rows=%d %s_qps=%.1f%n", name, r.p50(), name, r.p99(),
                    name, r.rows(), name, r.queriesPerSecond());
        }
    }
}
