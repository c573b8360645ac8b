package diplograph.analyse;

/**
 * The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): for any configuration, how many arcs of
 * the gold tree each transition makes impossible to reach. Training follows the model's own
 * transitions, mistakes included, and learns at every step the best move from wherever it is,
 * so the parser learns to recover from its errors (and from the tagger's) instead of only
 * following the one gold path.
 */
final class DynamicOracle {

    private final int[] goldHeads;
    private final int[] goldLabels;

    /**
     * @param goldHeads  each word's gold head, the artificial root being {@code n}; a projective tree
     * @param goldLabels each word's gold label index
     */
    DynamicOracle(int[] goldHeads, int[] goldLabels) {
        this.goldHeads = goldHeads;
        this.goldLabels = goldLabels;
    }

    /** Fills {@code costs} for the legal transitions of {@code s}; returns the smallest cost. */
    int costs(ArcHybridState s, boolean[] legal, int[] costs) {
        int s0 = s.stack(0);
        int s1 = s.stack(1);
        int b0 = s.buffer;
        int shift = 0;
        int left = 0;
        int right = 0;
        if (legal[ArcHybridState.SHIFT]) {
            // b0 pushed: its dependents on the stack, and its head below the top, are out of reach.
            for (int i = 0; i < s.depth; i++) {
                int w = s.stack[i];
                if (goldHeads[w] == b0) {
                    shift++;
                }
                if (goldHeads[b0] == w && w != s0) {
                    shift++;
                }
            }
        }
        if (s0 >= 0) {
            // s0 popped: its dependents still in the buffer are lost, whichever way it goes.
            int lostDependents = 0;
            for (int w = b0; w < s.n; w++) {
                if (goldHeads[w] == s0) {
                    lostDependents++;
                }
            }
            int h = goldHeads[s0];
            boolean headInBuffer = h >= b0;
            left = lostDependents + (h != b0 && (h == s1 || headInBuffer) ? 1 : 0);
            right = lostDependents + (h != s1 && headInBuffer ? 1 : 0);
        }
        int min = Integer.MAX_VALUE;
        for (int t = 0; t < costs.length; t++) {
            if (!legal[t]) {
                continue;
            }
            int c;
            if (t == ArcHybridState.SHIFT) {
                c = shift;
            } else if (ArcHybridState.isLeft(t, s.labels)) {
                c = left + (goldHeads[s0] == b0 && goldLabels[s0] != ArcHybridState.label(t, s.labels) ? 1 : 0);
            } else {
                c = right + (goldHeads[s0] == s1 && goldLabels[s0] != ArcHybridState.label(t, s.labels) ? 1 : 0);
            }
            costs[t] = c;
            min = Math.min(min, c);
        }
        return min;
    }
}
