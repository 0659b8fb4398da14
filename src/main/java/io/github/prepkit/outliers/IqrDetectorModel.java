package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link IqrDetector}: each column's quartiles and the fences k = {@link #threshold()} IQRs beyond them.
 * A row is an outlier ({@code iqr_outlier} = 1) when some column is below its lower fence or above its upper
 * fence; its score ({@code iqr_score}) is the largest distance beyond a fence in IQRs (0 inside, +Infinity
 * outside a column whose IQR is 0).
 */
public final class IqrDetectorModel extends OutlierModel {

    private static final String STEP = "IqrDetectorModel";

    private final IqrDetector estimator;
    private final double[] q1;
    private final double[] q3;
    private final double[] lower;
    private final double[] upper;

    private IqrDetectorModel(IqrDetector estimator, Schema schema, List<String> columns, double[] q1, double[] q3) {
        super("iqr", schema, columns, estimator.threshold());
        this.estimator = estimator;
        this.q1 = q1;
        this.q3 = q3;
        this.lower = new double[q1.length];
        this.upper = new double[q1.length];
        for (int j = 0; j < q1.length; j++) { // q1 - k IQR and q3 + k IQR, finite whenever their true value is
            lower[j] = BinaryScale.interpolate(q1[j], q3[j], -threshold());
            upper[j] = BinaryScale.interpolate(q3[j], q1[j], -threshold());
        }
    }

    /**
     * The model {@code estimator} fits when it finds the quartiles {@code q1} and {@code q3} of {@code columns} of a
     * table with {@code schema}; the arrays are copied, and the fences derived from them and the estimator's threshold.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the examined columns, as the estimator selects them on the schema
     * @param q1        per column, its first quartile
     * @param q3        per column, its third quartile
     * @throws IllegalArgumentException if the columns are none or not the numeric ones the estimator selects on the
     *                                  schema, an array's length differs from the columns', a quartile is not finite,
     *                                  or a column's q1 exceeds its q3
     */
    public static IqrDetectorModel of(IqrDetector estimator, Schema schema, List<String> columns, double[] q1,
            double[] q3) {
        Checks.notNull(estimator, STEP + ": estimator");
        List<String> checked = checked(schema, estimator.columns(), columns, STEP);
        Checks.finite(q1, checked.size(), false, STEP + ": q1");
        Checks.finite(q3, checked.size(), false, STEP + ": q3");
        for (int j = 0; j < q1.length; j++) {
            if (q1[j] > q3[j]) {
                throw new IllegalArgumentException(STEP + ": column '" + checked.get(j) + "' has q1 " + q1[j]
                        + " above q3 " + q3[j]);
            }
        }
        return new IqrDetectorModel(estimator, schema, checked, q1.clone(), q3.clone());
    }

    /** The estimator this model was fitted with. */
    public IqrDetector estimator() {
        return estimator;
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
    String statistics() {
        return "q1 " + Summary.numbers(q1) + ", q3 " + Summary.numbers(q3);
    }

    @Override
    void score(double[] rows, double[] scores, boolean[] outliers) {
        int width = q1.length;
        for (int i = 0; i < scores.length; i++) {
            double largest = 0;
            boolean outside = false;
            for (int j = 0; j < width; j++) {
                double x = rows[i * width + j];
                if (x < lower[j] || x > upper[j]) {
                    outside = true;
                    largest = Math.max(largest, x < lower[j] ? BinaryScale.ratio(lower[j], x, q3[j], q1[j])
                            : BinaryScale.ratio(x, upper[j], q3[j], q1[j]));
                }
            }
            scores[i] = largest;
            outliers[i] = outside;
        }
    }
}
