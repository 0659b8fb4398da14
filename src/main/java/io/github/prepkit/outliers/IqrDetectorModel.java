package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import java.util.List;

/**
 * A fitted {@link IqrDetector}: each column's quartiles and the fences k = {@link #threshold()} IQRs beyond them.
 * A row is an outlier ({@code iqr_outlier} = 1) when some column is below its lower fence or above its upper
 * fence; its score ({@code iqr_score}) is the largest distance beyond a fence in IQRs (0 inside, +Infinity
 * outside a column whose IQR is 0).
 */
public final class IqrDetectorModel extends OutlierModel {

    private final double[] q1;
    private final double[] q3;
    private final double[] lower;
    private final double[] upper;

    IqrDetectorModel(Schema schema, List<String> columns, double threshold, double[] q1, double[] q3) {
        super("iqr", schema, columns, threshold);
        this.q1 = q1;
        this.q3 = q3;
        this.lower = new double[q1.length];
        this.upper = new double[q1.length];
        for (int j = 0; j < q1.length; j++) {
            double iqr = q3[j] - q1[j];
            lower[j] = q1[j] - threshold * iqr;
            upper[j] = q3[j] + threshold * iqr;
        }
    }

    /** Each column's first quartile at fit, in the order of {@link #columns()}; a copy. */
    public double[] q1() {
        return q1.clone();
    }

    /** Each column's third quartile at fit; a copy. */
    public double[] q3() {
        return q3.clone();
    }

    /** Each column's lower fence, q1 - k IQR; a copy. */
    public double[] lowerFence() {
        return lower.clone();
    }

    /** Each column's upper fence, q3 + k IQR; a copy. */
    public double[] upperFence() {
        return upper.clone();
    }

    @Override
    void score(double[] rows, double[] scores, boolean[] outliers) {
        int width = q1.length;
        for (int i = 0; i < scores.length; i++) {
            double largest = 0;
            boolean outside = false;
            for (int j = 0; j < width; j++) {
                double x = rows[i * width + j];
                double beyond = x < lower[j] ? lower[j] - x : x > upper[j] ? x - upper[j] : 0;
                if (beyond > 0) {
                    outside = true;
                    largest = Math.max(largest, beyond / (q3[j] - q1[j]));
                }
            }
            scores[i] = largest;
            outliers[i] = outside;
        }
    }
}
