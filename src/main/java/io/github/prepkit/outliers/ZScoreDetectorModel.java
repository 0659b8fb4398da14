package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link ZScoreDetector}: each column's mean and population standard deviation. A row's score
 * ({@code zscore_score}) is its largest |x - mean| / std over the columns, 0 for a column whose std is 0; it is
 * an outlier ({@code zscore_outlier} = 1) when the score exceeds {@link #threshold()}.
 */
public final class ZScoreDetectorModel extends OutlierModel {

    private static final String STEP = "ZScoreDetectorModel";

    private final ZScoreDetector estimator;
    private final double[] mean;
    private final double[] std;

    private ZScoreDetectorModel(ZScoreDetector estimator, Schema schema, List<String> columns, double[] mean,
            double[] std) {
        super("zscore", schema, columns, estimator.threshold());
        this.estimator = estimator;
        this.mean = mean;
        this.std = std;
    }

    /**
     * The model {@code estimator} fits when it learns {@code mean} and {@code std} for {@code columns} of a table with
     * {@code schema}; the arrays are copied and the threshold is the estimator's.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the examined columns, as the estimator selects them on the schema
     * @param mean      per column, its mean
     * @param std       per column, its population standard deviation
     * @throws IllegalArgumentException if the columns are none or not the numeric ones the estimator selects on the
     *                                  schema, an array's length differs from the columns', a number is not finite,
     *                                  or a std is negative
     */
    public static ZScoreDetectorModel of(ZScoreDetector estimator, Schema schema, List<String> columns, double[] mean,
            double[] std) {
        Checks.notNull(estimator, STEP + ": estimator");
        List<String> checked = checked(schema, estimator.columns(), columns, STEP);
        Checks.finite(mean, checked.size(), false, STEP + ": mean");
        Checks.finite(std, checked.size(), false, STEP + ": std");
        for (int j = 0; j < std.length; j++) {
            if (std[j] < 0) {
                throw new IllegalArgumentException(STEP + ": the std of column '" + checked.get(j)
                        + "' must be at least 0, found " + std[j]);
            }
        }
        return new ZScoreDetectorModel(estimator, schema, checked, mean.clone(), std.clone());
    }

    /** The estimator this model was fitted with. */
    public ZScoreDetector estimator() {
        return estimator;
    }

    /** Each column's mean at fit, in the order of {@link #columns()}; a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Each column's population standard deviation at fit (0 for a constant column), measured at a power of two where
     * the values' squares would overflow or underflow, then rounded to a double (few bits for a subnormal column);
     * a copy.
     */
    public double[] std() {
        return std.clone();
    }

    @Override
    String statistics() {
        return "mean " + Summary.numbers(mean()) + ", std " + Summary.numbers(std());
    }

    @Override
    void score(double[] rows, double[] scores, boolean[] outliers) {
        int width = mean.length;
        for (int i = 0; i < scores.length; i++) {
            double largest = 0;
            for (int j = 0; j < width; j++) {
                if (std[j] > 0) {
                    largest = Math.max(largest, Math.abs(BinaryScale.ratio(rows[i * width + j], mean[j], std[j], 0)));
                }
            }
            scores[i] = largest;
            outliers[i] = largest > threshold();
        }
    }
}
