package diplograph.spark;

import diplograph.Diplograph;
import diplograph.read.JsonlReader;
import diplograph.read.ReadOutcome;
import diplograph.read.Readers;
import diplograph.read.TextReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Extraction on Apache Spark: a thin adapter around the single-machine pipeline. It reads articles
 * from any path Spark reads (JSON Lines in the ingest's form, or a directory of plain texts), runs
 * read → analyse → extract → map → validate in each partition (the models loaded once per executor
 * JVM), and writes gzipped N-Quads, one file per partition, under {@code OUTPUT/quads}, and the
 * rejected items with their one-line reasons under {@code OUTPUT/rejected}. The quads are those a
 * single-machine ingest stores for the same articles; {@code diplograph load} builds a store from them.
 *
 * <pre>
 * spark-submit --class diplograph.spark.ExtractJob diplograph.jar INPUT OUTPUT [--texts] [--partitions N]
 * </pre>
 */
public final class ExtractJob {

    private ExtractJob() {
    }

    /** What a run did: articles written, items rejected. */
    public record Summary(long articles, long rejected) {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ExtractJob INPUT OUTPUT [--texts] [--partitions N]");
            System.exit(2);
        }
        boolean texts = List.of(args).contains("--texts");
        int partitions = 0;
        for (int i = 2; i < args.length - 1; i++) {
            if (args[i].equals("--partitions")) {
                partitions = Integer.parseInt(args[i + 1]);
            }
        }
        SparkConf conf = new SparkConf().setAppName("diplograph extract");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, args[0], args[1], texts, partitions);
            System.err.println("extracted " + s.articles() + " article(s), " + s.rejected() + " rejected, into " + args[1]);
        }
    }

    /**
     * Runs the job on {@code sc}.
     *
     * @param input      a JSON Lines file or directory of them, or (with {@code texts}) a directory of texts
     * @param output     a directory that must not exist; gets {@code quads/} and {@code rejected/}
     * @param partitions the number of partitions to read into (0: Spark's default)
     */
    public static Summary run(JavaSparkContext sc, String input, String output, boolean texts, int partitions) {
        JavaPairRDD<String, String> items = texts
                ? (partitions > 0 ? sc.wholeTextFiles(input, partitions) : sc.wholeTextFiles(input))
                : (partitions > 0 ? sc.textFile(input, partitions) : sc.textFile(input)).zipWithIndex()
                        .mapToPair(t -> new Tuple2<>(input + ":" + (t._2() + 1), t._1()));
        // Each result: (true, N-Quads of one article) or (false, one rejection line).
        JavaRDD<Tuple2<Boolean, String>> results = items
                .mapPartitions(part -> extractPartition(part, texts))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            results.filter(Tuple2::_1).map(Tuple2::_2).saveAsTextFile(output + "/quads", GzipCodec.class);
            results.filter(r -> !r._1()).map(Tuple2::_2).coalesce(1).saveAsTextFile(output + "/rejected");
            long written = results.filter(Tuple2::_1).count();
            return new Summary(written, results.count() - written);
        } finally {
            results.unpersist();
        }
    }

    /** One partition through the pipeline; the pipeline is built once per executor JVM. */
    private static Iterator<Tuple2<Boolean, String>> extractPartition(Iterator<Tuple2<String, String>> items,
                                                                      boolean texts) {
        Diplograph dg = Pipeline.get();
        JsonlReader lines = new JsonlReader(Readers.DEFAULT_MAX_LINE_CHARS, null);
        TextReader files = new TextReader(Readers.DEFAULT_MAX_BYTES, null);
        List<Tuple2<Boolean, String>> out = new ArrayList<>();
        while (items.hasNext()) {
            Tuple2<String, String> item = items.next();
            if (!texts && item._2().isBlank()) {
                continue; // a blank line of a JSON Lines file, as the ingest skips it
            }
            // A text's id is its file name without extension, wherever Spark read it from.
            String name = item._1().substring(item._1().lastIndexOf('/') + 1);
            if (texts && !name.endsWith(".txt")) {
                out.add(new Tuple2<>(false, item._1() + ": skipped: not a .txt file"));
                continue;
            }
            ReadOutcome read = texts ? files.text(Path.of(name), item._2()) : lines.line(item._2(), item._1());
            if (read instanceof ReadOutcome.Rejected r) {
                out.add(new Tuple2<>(false, r.message()));
                continue;
            }
            try {
                Diplograph.Quads q = dg.quads(((ReadOutcome.Read) read).article());
                out.add(q.problem() == null ? new Tuple2<>(true, q.nquads().stripTrailing()) : new Tuple2<>(false, q.problem()));
            } catch (RuntimeException e) {
                out.add(new Tuple2<>(false, item._1() + ": extraction failed: " + e));
            }
        }
        return out.iterator();
    }

    /** The pipeline of this JVM: models and lexicons load once, on first use by a task. */
    private static final class Pipeline {
        private static volatile Diplograph instance;

        static Diplograph get() {
            if (instance == null) {
                synchronized (Pipeline.class) {
                    if (instance == null) {
                        instance = Diplograph.standard();
                    }
                }
            }
            return instance;
        }
    }
}
