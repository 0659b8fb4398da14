package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.NumpySum;
import java.util.Arrays;

/**
 * Precision and recall at every distinct score, as scikit-learn 1.2.1's {@code precision_recall_curve} returns them:
 * at {@code thresholds[i]} (increasing) the rows scoring at least it are predicted positive, with
 * {@code precision[i]} and {@code recall[i]}; a last point (recall 0, precision 1) has no threshold, so
 * {@code thresholds} is one shorter. Every distinct score is a threshold, also below the one reaching full recall
 * (scikit-learn 1.1 and later; 1.0 stopped there). Where {@code yTrue} has no positive row the recall is 1 at every
 * threshold, as scikit-learn (which warns). The accessors return copies.
 *
 * @param precision  the precision at each threshold, then 1
 * @param recall     the recall at each threshold, decreasing, then 0
 * @param thresholds the distinct scores, increasing
 */
public record PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds) {

    /**
     * Copies the arrays and checks their lengths: precision and recall equally long, thresholds one shorter.
     *
     * @throws IllegalArgumentException if an array is null or a length does not fit
     */
    public PrecisionRecallCurve {
        precision = Checks.notNull(precision, "PrecisionRecallCurve: precision").clone();
        recall = Checks.length(recall, precision.length, "PrecisionRecallCurve: recall").clone();
        thresholds = Checks.length(thresholds, precision.length - 1, "PrecisionRecallCurve: thresholds")
                .clone();
        if (precision.length < 2) {
            throw new IllegalArgumentException("PrecisionRecallCurve: a curve needs at least 2 points, found "
                    + precision.length);
        }
    }

    /**
     * The average precision: the precisions weighted by the increase in recall from the previous threshold,
     * Σ (R_n - R_(n-1)) P_n, a step function's integral without interpolation, as scikit-learn's
     * {@code average_precision_score} computes it from this curve.
     *
     * @return the average precision, from 0 to 1
     */
    public double averagePrecision() {
        double[] steps = new double[precision.length - 1];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = (recall[k + 1] - recall[k]) * precision[k];
        }
        return -NumpySum.of(steps);
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] recall() {
        return recall.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Equal when the three arrays are equal element by element. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PrecisionRecallCurve that && Arrays.equals(precision, that.precision)
                && Arrays.equals(recall, that.recall) && Arrays.equals(thresholds, that.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(precision) + Arrays.hashCode(recall)) + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "PrecisionRecallCurve[precision=" + Arrays.toString(precision) + ", recall=" + Arrays.toString(recall)
                + ", thresholds=" + Arrays.toString(thresholds) + "]";
    }
}
