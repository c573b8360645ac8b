package diplograph.analyse;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
 * over one sentence of {@code n} words, with an artificial root word {@code n} at the end of the
 * buffer (Ballesteros and Nivre 2013). Three kinds of transition: SHIFT pushes the buffer's first
 * word; LEFT pops the stack's top and makes it a dependent of the buffer's first word; RIGHT pops
 * the top and makes it a dependent of the word below it. Every word is popped exactly once, when
 * it gets its head, so a finished configuration is a projective tree; LEFT to the artificial root
 * is allowed only when the stack holds one word, so the tree has exactly one root.
 *
 * <p>Transitions are numbered: 0 SHIFT, {@code 1 + l} LEFT with label {@code l}, {@code 1 + L + l}
 * RIGHT with label {@code l}, for {@code L} labels of which {@code rootLabel} is the one LEFT to
 * the artificial root uses and no other arc. Also keeps what features read: the two outermost
 * children on each side of every word, how many it has, and the set of their labels.
 */
final class ArcHybridState {

    static final int SHIFT = 0;

    final int n;
    final int labels;
    final int rootLabel;
    final int[] stack;
    int depth;
    /** The buffer's first word; {@code n} is the artificial root, the buffer's last. */
    int buffer;
    final int[] heads;
    final int[] arcLabels;
    final int[] left1;
    final int[] left2;
    final int[] right1;
    final int[] right2;
    final int[] leftCount;
    final int[] rightCount;
    final long[] leftLabelSet;
    final long[] rightLabelSet;

    ArcHybridState(int n, int labels, int rootLabel) {
        this.n = n;
        this.labels = labels;
        this.rootLabel = rootLabel;
        this.stack = new int[n + 1];
        this.heads = filled(n + 1);
        this.arcLabels = filled(n + 1);
        this.left1 = filled(n + 1);
        this.left2 = filled(n + 1);
        this.right1 = filled(n + 1);
        this.right2 = filled(n + 1);
        this.leftCount = new int[n + 1];
        this.rightCount = new int[n + 1];
        this.leftLabelSet = new long[n + 1];
        this.rightLabelSet = new long[n + 1];
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }

    int transitions() {
        return 1 + 2 * labels;
    }

    boolean isTerminal() {
        return depth == 0 && buffer == n;
    }

    /** The word {@code i} places below the stack's top ({@code 0}: the top), or -1. */
    int stack(int i) {
        return i < depth ? stack[depth - 1 - i] : -1;
    }

    /** The word {@code i} places into the buffer ({@code 0}: its first), or -1; the artificial root counts. */
    int buffer(int i) {
        int b = buffer + i;
        return b <= n ? b : -1;
    }

    static boolean isLeft(int t, int labels) {
        return t >= 1 && t <= labels;
    }

    static int label(int t, int labels) {
        return t <= labels ? t - 1 : t - 1 - labels;
    }

    /** Marks in {@code legal} the transitions allowed now. */
    void legal(boolean[] legal) {
        Arrays.fill(legal, false);
        legal[SHIFT] = buffer < n;
        boolean toRoot = buffer == n;
        if (depth >= 1 && (!toRoot || depth == 1)) {
            for (int l = 0; l < labels; l++) {
                legal[1 + l] = (l == rootLabel) == toRoot;
            }
        }
        if (depth >= 2) {
            for (int l = 0; l < labels; l++) {
                legal[1 + labels + l] = l != rootLabel;
            }
        }
    }

    void apply(int t) {
        if (t == SHIFT) {
            stack[depth++] = buffer++;
        } else if (isLeft(t, labels)) {
            attach(buffer, stack[--depth], label(t, labels));
        } else {
            int dependent = stack[--depth];
            attach(stack[depth - 1], dependent, label(t, labels));
        }
    }

    private void attach(int head, int dependent, int label) {
        heads[dependent] = head;
        arcLabels[dependent] = label;
        long bit = 1L << (label & 63);
        // LEFT attaches words further and further left of their head, RIGHT further and further right.
        if (dependent < head) {
            left2[head] = left1[head];
            left1[head] = dependent;
            leftCount[head]++;
            leftLabelSet[head] |= bit;
        } else {
            right2[head] = right1[head];
            right1[head] = dependent;
            rightCount[head]++;
            rightLabelSet[head] |= bit;
        }
    }
}
