package diplograph.analyse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained parser's weights: for each feature hash, the weights it gives some transitions.
 * Read-only once built, so threads share it.
 *
 * <p>Parsing spends most of its time fetching weights from memory, a model being tens of
 * megabytes: each feature costs one read of the open-addressing table (its hash and where its
 * weights lie, packed in one {@code long}) and one of its weights, packed one {@code int} each
 * (the weight's bfloat16 bits above the transition's number), so a feature found costs two cache
 * misses and a feature not found one.
 *
 * <p>File format (gzip): the magic {@code DGPARSE1}; the number of labels and each label (UTF);
 * the index of "root"; the number of features; then per feature, in ascending order of hash, the
 * hash's difference from the previous one (varint), the number of its weights (byte) and per
 * weight the transition (byte) and the value as a bfloat16 (the top 16 bits of the float: 8 bits
 * of precision, plenty for a perceptron's weights, half the bytes). {@link #round} gives the
 * values the model can hold, and training keeps only such values, so a model read back scores
 * exactly as the one written.
 */
final class ParserModel {

    private static final String MAGIC = "DGPARSE1";

    private final List<String> labels;
    private final int rootLabel;
    /** Per slot: the feature's hash in the high 32 bits (0: empty), its first weight's index << 8 | its count below. */
    private final long[] table;
    /** Per weight: its bfloat16 bits << 16 | its transition. */
    private final int[] entries;
    private final int mask;
    private final int features;

    /**
     * @param labels    the relation labels, in transition order
     * @param rootLabel the index of "root"
     * @param rows      per feature, its hash, its transitions and their weights
     */
    ParserModel(List<String> labels, int rootLabel, List<Row> rows) {
        this(labels, rootLabel, flatten(rows));
    }

    /** One feature's weights: transition {@code transitions[i]} gets {@code weights[i]}. */
    record Row(int key, byte[] transitions, float[] weights) {
    }

    /** The rows one after another: their keys, how many weights each has, and all the weights packed. */
    private record Flat(int[] keys, byte[] lengths, int[] entries) {
    }

    private static int entry(int transition, float weight) {
        return (Float.floatToRawIntBits(round(weight)) & 0xFFFF0000) | transition;
    }

    private static Flat flatten(List<Row> rows) {
        int total = 0;
        for (Row r : rows) {
            total += r.transitions.length;
        }
        Flat f = new Flat(new int[rows.size()], new byte[rows.size()], new int[total]);
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            f.keys[i] = r.key;
            f.lengths[i] = (byte) r.transitions.length;
            for (int e = 0; e < r.transitions.length; e++) {
                f.entries[at++] = entry(r.transitions[e], r.weights[e]);
            }
        }
        return f;
    }

    private ParserModel(List<String> labels, int rootLabel, Flat rows) {
        this.labels = List.copyOf(labels);
        this.rootLabel = rootLabel;
        if (1 + 2 * labels.size() > 127) {
            throw new IllegalArgumentException("too many labels for a byte per transition: " + labels.size());
        }
        if (rows.entries.length >= 1 << 24) {
            throw new IllegalArgumentException("too many weights for the table's 24 bits: " + rows.entries.length);
        }
        int n = rows.keys.length;
        // At most half full, so a probe for a feature the model lacks stops at the first or second slot.
        int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.table = new long[capacity];
        this.entries = rows.entries;
        int at = 0;
        for (int i = 0; i < n; i++) {
            int key = rows.keys[i];
            if (key == 0) {
                throw new IllegalArgumentException("feature hash 0 marks an empty slot");
            }
            int slot = mix(key) & mask;
            while (table[slot] != 0) {
                if ((int) (table[slot] >>> 32) == key) {
                    throw new IllegalArgumentException("feature " + key + " given twice");
                }
                slot = (slot + 1) & mask;
            }
            int length = rows.lengths[i] & 0xFF;
            table[slot] = (long) key << 32 | (long) at << 8 | length;
            at += length;
        }
        this.features = n;
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
        return entries.length;
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Adds the weights of the first {@code count} features to {@code scores}, one score per
     * transition. First every feature's slot is read, then the slots are looked at: the reads of
     * the first loop do not depend on one another nor on a branch, so the processor has many of
     * them under way at once instead of waiting for each in turn (1.4 times as fast on the EWT test split).
     *
     * @param slots room for {@code count} values, overwritten
     */
    void score(int[] features, int count, float[] scores, long[] slots) {
        for (int f = 0; f < count; f++) {
            slots[f] = table[mix(features[f]) & mask];
        }
        for (int f = 0; f < count; f++) {
            int key = features[f];
            long s = slots[f];
            if (s != 0 && (int) (s >>> 32) != key) {
                // a collision in the table: probe on
                int slot = mix(key) & mask;
                do {
                    slot = (slot + 1) & mask;
                    s = table[slot];
                } while (s != 0 && (int) (s >>> 32) != key);
            }
            slots[f] = s;
        }
        // Likewise the weights: where each feature's lie is known now, so their reads overlap too.
        for (int f = 0; f < count; f++) {
            long s = slots[f];
            int start = (int) s >>> 8;
            int end = start + ((int) s & 0xFF);
            for (int e = start; e < end; e++) {
                int v = entries[e];
                scores[v & 0xFF] += Float.intBitsToFloat(v & 0xFFFF0000);
            }
        }
    }

    /** This model's features, each with its weights, in ascending order of hash (unsigned). */
    private List<Row> rows() {
        List<Long> used = new ArrayList<>(features);
        for (long s : table) {
            if (s != 0) {
                used.add(s);
            }
        }
        used.sort((a, b) -> Long.compareUnsigned(a, b));
        List<Row> rows = new ArrayList<>(features);
        for (long s : used) {
            int start = (int) s >>> 8;
            int length = (int) s & 0xFF;
            byte[] t = new byte[length];
            float[] w = new float[length];
            for (int e = 0; e < length; e++) {
                t[e] = (byte) (entries[start + e] & 0xFF);
                w[e] = Float.intBitsToFloat(entries[start + e] & 0xFFFF0000);
            }
            rows.add(new Row((int) (s >>> 32), t, w));
        }
        return rows;
    }

    /** This model without the weights whose magnitude is below {@code threshold} (and the features left with none). */
    ParserModel pruned(float threshold) {
        List<Row> kept = new ArrayList<>();
        for (Row r : rows()) {
            int n = 0;
            byte[] t = new byte[r.transitions.length];
            float[] w = new float[r.transitions.length];
            for (int e = 0; e < t.length; e++) {
                if (Math.abs(r.weights[e]) >= threshold) {
                    t[n] = r.transitions[e];
                    w[n++] = r.weights[e];
                }
            }
            if (n > 0) {
                kept.add(new Row(r.key, Arrays.copyOf(t, n), Arrays.copyOf(w, n)));
            }
        }
        return new ParserModel(labels, rootLabel, kept);
    }

    void write(OutputStream target) throws IOException {
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
        // Ascending hashes, so the differences written are small and positive.
        for (Row r : rows()) {
            long key = Integer.toUnsignedLong(r.key);
            writeVarint(out, key - previous);
            previous = key;
            out.writeByte(r.transitions.length);
            for (int e = 0; e < r.transitions.length; e++) {
                out.writeByte(r.transitions[e]);
                out.writeShort(Float.floatToRawIntBits(r.weights[e]) >>> 16);
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
        // Straight into primitive arrays: a model of a million features loads without a million objects.
        int[] keys = new int[n];
        byte[] lengths = new byte[n];
        int[] entries = new int[Math.max(16, n * 3)];
        long key = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            key += readVarint(in);
            keys[i] = (int) key;
            int len = in.readUnsignedByte();
            lengths[i] = (byte) len;
            if (at + len > entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 3 / 2 + len);
            }
            for (int e = 0; e < len; e++) {
                int transition = in.readUnsignedByte();
                entries[at++] = in.readUnsignedShort() << 16 | transition;
            }
        }
        return new ParserModel(List.of(labels), root, new Flat(keys, lengths, Arrays.copyOf(entries, at)));
    }

    /** The nearest value a model holds: a float with its low 16 bits zero (bfloat16), ties to even. */
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
