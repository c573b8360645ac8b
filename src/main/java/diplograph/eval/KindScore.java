package diplograph.eval;

import java.util.List;

/**
 * Precision, recall and F1 of one kind of fact over a gold corpus, with what was missed and
 * what was found that the gold does not have.
 */
public record KindScore(String kind, int truePositives, int falsePositives, int falseNegatives,
                        List<String> misses, List<String> falseHits) {

    public KindScore {
        misses = List.copyOf(misses);
        falseHits = List.copyOf(falseHits);
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / found;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
