package diplograph.analyse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained parser's weights: for each feature hash, the weights it gives some transitions,
 * in one open-addressing table of primitive arrays. Read-only once built, so threads share it.
 *
 * <p>File format (gzip): the magic {@code DGPARSE1}; the number of labels and each label (UTF);
 * the index of "root"; the number of features; then per feature, in ascending order of hash, the
 * hash's difference from the previous one (varint), the number of its weights (byte) and per
 * weight the transition (byte) and the value as a bfloat16 (the top 16 bits of the float: 8 bits
 * of precision, plenty for a perceptron's weights, half the bytes). {@link #round} gives the
 * values the file can hold, and training keeps only such values, so a model read back scores
 * exactly as the one written.
 */
final class ParserModel {

    private static final String MAGIC = "DGPARSE1";

    private final List<String> labels;
    private final int rootLabel;
    private final int[] keys;
    private final int[] starts;
    private final byte[] lengths;
    private final byte[] transitions;
    private final float[] weights;
    private final int mask;
    private final int features;

    /**
     * @param labels     the relation labels, in transition order
     * @param rootLabel  the index of "root"
     * @param rows       per feature, its hash, its transitions and their weights (sorted by hash)
     */
    ParserModel(List<String> labels, int rootLabel, List<Row> rows) {
        this.labels = List.copyOf(labels);
        this.rootLabel = rootLabel;
        if (1 + 2 * labels.size() > 127) {
            throw new IllegalArgumentException("too many labels for a byte per transition: " + labels.size());
        }
        int capacity = Integer.highestOneBit(Math.max(16, rows.size() * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.keys = new int[capacity];
        this.starts = new int[capacity];
        this.lengths = new byte[capacity];
        int total = 0;
        for (Row r : rows) {
            total += r.transitions.length;
        }
        this.transitions = new byte[total];
        this.weights = new float[total];
        int at = 0;
        for (Row r : rows) {
            int slot = mix(r.key) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == r.key) {
                    throw new IllegalArgumentException("feature " + r.key + " given twice");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = r.key;
            starts[slot] = at;
            lengths[slot] = (byte) r.transitions.length;
            System.arraycopy(r.transitions, 0, transitions, at, r.transitions.length);
            System.arraycopy(r.weights, 0, weights, at, r.weights.length);
            at += r.transitions.length;
        }
        this.features = rows.size();
    }

    /** One feature's weights: transition {@code transitions[i]} gets {@code weights[i]}. */
    record Row(int key, byte[] transitions, float[] weights) {
    }

    List<String> labels() {
        return labels;
    }

    int rootLabel() {
        return rootLabel;
    }

    int features() {
        return features;
    }

    int weights() {
        return weights.length;
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds the weights of the first {@code count} features to {@code scores}, one score per transition. */
    void score(int[] features, int count, float[] scores) {
        for (int f = 0; f < count; f++) {
            int key = features[f];
            int slot = mix(key) & mask;
            for (int k = keys[slot]; k != 0; k = keys[slot]) {
                if (k == key) {
                    int start = starts[slot];
                    int end = start + lengths[slot];
                    for (int e = start; e < end; e++) {
                        scores[transitions[e]] += weights[e];
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    void write(OutputStream target) throws IOException {
        int[] order = new int[features];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                order[n++] = slot;
            }
        }
        // Ascending hash as unsigned ints, so the differences written are small and positive.
        Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Integer.compareUnsigned(keys[a], keys[b]));
        GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeUTF(MAGIC);
        out.writeInt(labels.size());
        for (String l : labels) {
            out.writeUTF(l);
        }
        out.writeInt(rootLabel);
        out.writeInt(features);
        long previous = 0;
        for (Integer slot : boxed) {
            long key = Integer.toUnsignedLong(keys[slot]);
            writeVarint(out, key - previous);
            previous = key;
            out.writeByte(lengths[slot]);
            for (int e = starts[slot]; e < starts[slot] + lengths[slot]; e++) {
                out.writeByte(transitions[e]);
                out.writeShort(Float.floatToRawIntBits(weights[e]) >>> 16);
            }
        }
        out.flush();
        gz.finish();
    }

    static ParserModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a diplograph parser model");
        }
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF().intern();
        }
        int root = in.readInt();
        int n = in.readInt();
        Row[] rows = new Row[n];
        long key = 0;
        for (int i = 0; i < n; i++) {
            key += readVarint(in);
            int len = in.readUnsignedByte();
            byte[] t = new byte[len];
            float[] w = new float[len];
            for (int e = 0; e < len; e++) {
                t[e] = in.readByte();
                w[e] = Float.intBitsToFloat(in.readUnsignedShort() << 16);
            }
            rows[i] = new Row((int) key, t, w);
        }
        return new ParserModel(List.of(labels), root, List.of(rows));
    }

    /** The nearest value a model file holds: a float with its low 16 bits zero (bfloat16), ties to even. */
    static float round(float w) {
        int bits = Float.floatToRawIntBits(w);
        bits += 0x7FFF + ((bits >>> 16) & 1);
        return Float.intBitsToFloat(bits & 0xFFFF0000);
    }

    private static void writeVarint(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarint(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
