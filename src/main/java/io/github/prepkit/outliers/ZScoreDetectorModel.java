package io.github.prepkit.outliers;

import io.github.prepkit.base.Summary;
import io.github.prepkit.data.BinaryScale;
import io.github.prepkit.data.Checks;
import io.github.prepkit.data.Schema;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted {@link ZScoreDetector}: each column's mean and population standard deviation. A row's score
 * ({@code zscore_score}) is its largest |x - mean| / std over the columns, 0 for a column whose std is 0; it is
 * an outlier ({@code zscore_outlier} = 1) when the score exceeds {@link #threshold()}.
 */
public final class ZScoreDetectorModel extends OutlierModel {

    private static final String STEP = "ZScoreDetectorModel";

    private final ZScoreDetector estimator;
    /** Per column, the power of two its values are multiplied by before {@link #mean} and {@link #std} apply. */
    private final BinaryScale[] binary;
    private final double[] mean;
    private final double[] std;

    private ZScoreDetectorModel(ZScoreDetector estimator, Schema schema, List<String> columns, BinaryScale[] binary,
            double[] mean, double[] std) {
        super("zscore", schema, columns, estimator.threshold());
        this.estimator = estimator;
        this.binary = binary;
        this.mean = mean;
        this.std = std;
    }

    /**
     * The model {@code estimator} fits when it learns {@code mean} and {@code std} for {@code columns} of a table with
     * {@code schema}; the arrays are copied and the threshold is the estimator's.
     *
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
        BinaryScale[] unscaled = new BinaryScale[checked.size()];
        Arrays.fill(unscaled, BinaryScale.ONE);
        return new ZScoreDetectorModel(estimator, schema, checked, unscaled, mean.clone(), std.clone());
    }

    /**
     * The model {@link ZScoreDetector#fit} makes: {@link #of} on the statistics in the columns' own units, keeping them
     * at the powers of two {@code binary} they were measured at, which scores use: a column of subnormal numbers,
     * whose std a double holds with few bits, is scored as the same column at an ordinary magnitude.
     */
    static ZScoreDetectorModel fitted(ZScoreDetector estimator, Schema schema, List<String> columns,
            BinaryScale[] binary, double[] mean, double[] std) {
        ZScoreDetectorModel model = of(estimator, schema, columns, BinaryScale.undo(binary, mean),
                BinaryScale.undo(binary, std));
        return new ZScoreDetectorModel(estimator, schema, model.columns(), binary, mean, std);
    }

    /** The estimator this model was fitted with. */
    public ZScoreDetector estimator() {
        return estimator;
    }

    /** Each column's mean at fit, in the order of {@link #columns()}; a new array. */
    public double[] mean() {
        return BinaryScale.undo(binary, mean);
    }

    /**
     * Each column's population standard deviation at fit (0 for a constant column), rounded to a double where it was
     * measured on scaled values; a new array.
     */
    public double[] std() {
        return BinaryScale.undo(binary, std);
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
                    double x = binary[j].apply(rows[i * width + j]);
                    largest = Math.max(largest, Math.abs(BinaryScale.ratio(x, mean[j], std[j], 0)));
                }
            }
            scores[i] = largest;
            outliers[i] = largest > threshold();
        }
    }
}
