package diplograph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer, remembering how it split each whitespace-separated chunk, as spaCy's
 * tokenizer keeps a cache of its chunks. {@code TokenizerME} cuts the text at whitespace and then
 * asks its model, character by character, whether to split each chunk further; every question is
 * about that chunk alone (its characters and the position), so a chunk is always split the same
 * way and the answer can be kept. News repeats its chunks ("said.", "Iran's", "(MFA)", "2024,"):
 * a chunk seen before costs one map lookup instead of one model evaluation per character.
 * {@code ChunkTokenizerTest} compares it with {@code TokenizerME} over every sentence of the test
 * articles. Not thread-safe, like the tokenizer it wraps.
 */
final class ChunkTokenizer {

    /** Chunks kept per tokenizer, the least recently used forgotten first: about 3 MB at most. */
    static final int CAPACITY = 20_000;

    private static final int[] WHOLE = new int[0];

    private final TokenizerME model;
    private final Map<String, int[]> splits = new LruMap<>(CAPACITY);
    private long chunks;
    private long remembered;

    ChunkTokenizer(TokenizerModel model) {
        this.model = new TokenizerME(model);
    }

    /** The tokens of {@code text} as character spans, as {@code TokenizerME.tokenizePos} gives them. */
    Span[] tokenizePos(String text) {
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> tokens = new ArrayList<>(pieces.length + pieces.length / 4);
        for (Span piece : pieces) {
            int start = piece.getStart();
            if (piece.length() < 2) {
                tokens.add(piece);
                continue;
            }
            chunks++;
            String chunk = text.substring(start, piece.getEnd());
            int[] cuts = splits.get(chunk);
            if (cuts == null) {
                cuts = cuts(chunk);
                splits.put(chunk, cuts);
            } else {
                remembered++;
            }
            int from = start;
            for (int cut : cuts) {
                tokens.add(new Span(from, start + cut));
                from = start + cut;
            }
            tokens.add(new Span(from, piece.getEnd()));
        }
        return tokens.toArray(Span[]::new);
    }

    /** Where the model splits a chunk that holds no whitespace, as offsets into it (none: whole). */
    private int[] cuts(String chunk) {
        Span[] parts = model.tokenizePos(chunk);
        if (parts.length == 1) {
            return WHOLE;
        }
        int[] cuts = new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            cuts[i - 1] = parts[i].getStart();
        }
        return cuts;
    }

    /** Chunks of two characters or more tokenized so far, and how many of them were remembered. */
    long chunks() {
        return chunks;
    }

    long remembered() {
        return remembered;
    }

    /** Chunks remembered now. */
    int size() {
        return splits.size();
    }
}
