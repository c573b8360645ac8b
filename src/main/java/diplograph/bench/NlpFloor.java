package diplograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The NLP floor of an ingest: OpenNLP sentence detection, tokenization and POS tagging alone over
 * the texts of a JSON Lines corpus, on the same number of threads — what no extraction built on
 * these models can beat.
 */
public final class NlpFloor {

    private NlpFloor() {
    }

    /** Runs the three OpenNLP stages over every text; returns {articles, tokens, nanoseconds}. */
    public static long[] run(Path jsonl, int threads) throws IOException, InterruptedException {
        SentenceModel sm = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tm = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        POSModel pm = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        record Tools(SentenceDetectorME s, TokenizerME t, POSTaggerME p) {
        }
        ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sm),
                new TokenizerME(tm), new POSTaggerME(pm, POSTagFormat.UD)));
        ObjectMapper json = new ObjectMapper();
        return NlpFloor.<String>time(sink -> {
            try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.accept(json.readTree(line).path("text").asText());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads, text -> {
            Tools t = tools.get();
            int n = 0;
            for (Span s : t.s().sentPosDetect(text)) {
                String sentence = s.getCoveredText(text).toString();
                String[] words = Span.spansToStrings(t.t().tokenizePos(sentence), sentence);
                t.p().tag(words);
                n += words.length;
            }
            return n;
        });
    }

    /**
     * Times {@code work} over every item {@code source} hands out, on {@code threads} threads; the
     * caller reads, and works on an item itself when the queue is full. Returns {items, tokens,
     * nanoseconds}, where {@code work} says how many tokens each item had.
     */
    public static <T> long[] time(java.util.function.Consumer<java.util.function.Consumer<T>> source, int threads,
                                  java.util.function.ToIntFunction<T> work) throws InterruptedException {
        AtomicLong items = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 8), new ThreadPoolExecutor.CallerRunsPolicy());
        source.accept(item -> pool.execute(() -> {
            tokens.addAndGet(work.applyAsInt(item));
            items.incrementAndGet();
        }));
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        return new long[] {items.get(), tokens.get(), System.nanoTime() - t0};
    }

    private interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Loader<M> loader) throws IOException {
        try (InputStream in = NlpFloor.class.getResourceAsStream(resource)) {
            return loader.load(in);
        }
    }
}
