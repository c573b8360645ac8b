package diplograph.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The weights a parser learns, as an averaged perceptron (Collins 2002): each mistake adds the
 * features of the right transition and subtracts those of the predicted one; the model kept is
 * the average of the weights over every step, which generalises far better than the last ones.
 * The average is kept lazily: a weight's running total is brought up to date only when the
 * weight changes. Each feature holds only the transitions it was ever updated for.
 * Not thread-safe: training is one thread.
 */
final class AveragedPerceptron {

    private int[] keys = new int[1 << 20];
    private Row[] rows = new Row[1 << 20];
    private int size;
    private int steps;

    private static final class Row {
        byte[] transitions = new byte[2];
        float[] weights = new float[2];
        double[] totals = new double[2];
        int[] stamps = new int[2];
        int n;

        int find(int t) {
            for (int i = 0; i < n; i++) {
                if (transitions[i] == t) {
                    return i;
                }
            }
            return -1;
        }

        int add(int t) {
            if (n == transitions.length) {
                int m = n * 2;
                transitions = Arrays.copyOf(transitions, m);
                weights = Arrays.copyOf(weights, m);
                totals = Arrays.copyOf(totals, m);
                stamps = Arrays.copyOf(stamps, m);
            }
            transitions[n] = (byte) t;
            return n++;
        }
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private Row row(int key, boolean create) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (!create) {
            return null;
        }
        if (size * 2 >= keys.length) {
            grow();
            return row(key, true);
        }
        keys[slot] = key;
        rows[slot] = new Row();
        size++;
        return rows[slot];
    }

    private void grow() {
        int[] oldKeys = keys;
        Row[] oldRows = rows;
        keys = new int[oldKeys.length * 2];
        rows = new Row[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** Adds the current weights of the first {@code count} features to {@code scores}. */
    void score(int[] features, int count, float[] scores) {
        for (int f = 0; f < count; f++) {
            Row r = row(features[f], false);
            if (r != null) {
                for (int i = 0; i < r.n; i++) {
                    scores[r.transitions[i]] += r.weights[i];
                }
            }
        }
    }

    /** Counts one training step (one transition): the clock the averages are taken over. */
    void step() {
        steps++;
    }

    /** A mistake: the features' weights for the right transition up by one, for the predicted one down by one. */
    void update(int[] features, int count, int right, int predicted) {
        for (int f = 0; f < count; f++) {
            Row r = row(features[f], true);
            change(r, right, 1);
            change(r, predicted, -1);
        }
    }

    private void change(Row r, int t, float delta) {
        int i = r.find(t);
        if (i < 0) {
            i = r.add(t);
            r.stamps[i] = steps;
        }
        r.totals[i] += (double) (steps - r.stamps[i]) * r.weights[i];
        r.stamps[i] = steps;
        r.weights[i] += delta;
    }

    int features() {
        return size;
    }

    /**
     * The averaged weights as a model, without the weights whose magnitude is below
     * {@code threshold}: most features are seen a few times and their averages stay near zero,
     * so dropping them shrinks the model many times over at little cost in accuracy. Values are
     * rounded to what the model file holds ({@link ParserModel#round}).
     */
    ParserModel average(List<String> labels, int rootLabel, float threshold) {
        List<ParserModel.Row> out = new ArrayList<>();
        byte[] t = new byte[128];
        float[] w = new float[128];
        for (int slot = 0; slot < keys.length; slot++) {
            Row r = rows[slot];
            if (r == null) {
                continue;
            }
            int n = 0;
            for (int i = 0; i < r.n; i++) {
                double total = r.totals[i] + (double) (steps - r.stamps[i]) * r.weights[i];
                float avg = ParserModel.round((float) (total / Math.max(1, steps)));
                if (Math.abs(avg) >= threshold) {
                    t[n] = r.transitions[i];
                    w[n] = avg;
                    n++;
                }
            }
            if (n > 0) {
                out.add(new ParserModel.Row(keys[slot], Arrays.copyOf(t, n), Arrays.copyOf(w, n)));
            }
        }
        return new ParserModel(labels, rootLabel, out);
    }
}
