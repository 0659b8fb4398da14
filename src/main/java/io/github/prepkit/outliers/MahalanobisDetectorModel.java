package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * A fitted {@link MahalanobisDetector}: the column means and the sample covariance. A row's score
 * ({@code mahalanobis_score}) is its Mahalanobis distance to the means; it is an outlier
 * ({@code mahalanobis_outlier} = 1) when the distance exceeds {@link #threshold()}.
 */
public final class MahalanobisDetectorModel extends OutlierModel {

    private static final String STEP = "MahalanobisDetectorModel";

    private final MahalanobisDetector estimator;
    private final double[] mean;
    private final double[][] covariance;
    private final double[] scale;
    private final double[] cholesky;

    /**
     * {@code cholesky} is the lower factor L (row-major) of the correlation matrix D^-1 S D^-1, D = diag(scale),
     * so the squared distance is |L^-1 D^-1 (x - mean)|^2.
     */
    private MahalanobisDetectorModel(MahalanobisDetector estimator, Schema schema, List<String> columns,
            double[] mean, double[][] covariance, double[] cholesky) {
        super("mahalanobis", schema, columns,
                estimator.threshold().orElseGet(() -> MahalanobisDetector.defaultThreshold(columns.size())));
        this.estimator = estimator;
        this.mean = mean;
        this.covariance = covariance;
        this.scale = scales(covariance);
        this.cholesky = cholesky;
    }

    /**
     * The model {@code estimator} fits when it learns {@code mean} and the sample {@code covariance} of
     * {@code columns} of a table with {@code schema}; the arrays are copied, and the covariance is factored again as
     * at fit, so the model scores rows exactly as the fitted one. The threshold is the estimator's (its chi-square
     * default if it has none).
     *
     * @param estimator  the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema     the columns of the training table, by name and type
     * @param columns    the examined columns, as the estimator selects them on the schema
     * @param mean       per column, its mean
     * @param covariance the sample covariance, a row and a column per column
     * @throws IllegalArgumentException if the columns are none or not the numeric ones the estimator selects on the
     *                                  schema, the mean does not hold one finite value per column, the covariance is
     *                                  not a symmetric matrix of finite values with a row and a column per column, a
     *                                  variance is not positive, or the covariance is not positive definite
     */
    public static MahalanobisDetectorModel of(MahalanobisDetector estimator, Schema schema, List<String> columns,
            double[] mean, double[][] covariance) {
        Checks.notNull(estimator, STEP + ": estimator");
        List<String> checked = checked(schema, estimator.columns(), columns, STEP);
        int p = checked.size();
        Checks.finite(mean, p, false, STEP + ": mean");
        Checks.finiteMatrix(covariance, p, p, STEP + ": covariance");
        for (int j = 0; j < p; j++) {
            if (!(covariance[j][j] > 0)) {
                throw new IllegalArgumentException(STEP + ": the variance of column '" + checked.get(j)
                        + "' must be positive, found " + covariance[j][j]);
            }
            for (int k = 0; k < j; k++) {
                if (covariance[j][k] != covariance[k][j]) {
                    throw new IllegalArgumentException(STEP + ": the covariance must be symmetric, found "
                            + covariance[j][k] + " and " + covariance[k][j] + " for columns '" + checked.get(j)
                            + "' and '" + checked.get(k) + "'");
                }
            }
        }
        double[] cholesky = correlationFactor(covariance).orElseThrow(() -> new IllegalArgumentException(STEP
                + ": the covariance of " + checked + " is not positive definite: a column is (almost) a linear"
                + " combination of the others, which fit refuses"));
        double[][] copy = Arrays.stream(covariance).map(double[]::clone).toArray(double[][]::new);
        return new MahalanobisDetectorModel(estimator, schema, checked, mean.clone(), copy, cholesky);
    }

    /**
     * The lower Cholesky factor, row-major p x p, of the correlation matrix of the symmetric {@code covariance} (whose
     * diagonal is positive), or empty if that is not numerically positive definite. Factoring the correlation rather
     * than the covariance makes the test independent of the columns' units.
     */
    static Optional<double[]> correlationFactor(double[][] covariance) {
        double[] scale = scales(covariance);
        int p = scale.length;
        double[][] correlation = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                correlation[j][k] = j == k ? 1 : covariance[j][k] / (scale[j] * scale[k]);
            }
        }
        double[][] lower;
        try {
            lower = new CholeskyDecomposition(MatrixUtils.createRealMatrix(correlation)).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            return Optional.empty();
        }
        double[] factor = new double[p * p];
        for (int j = 0; j < p; j++) {
            System.arraycopy(lower[j], 0, factor, j * p, p);
        }
        return Arrays.stream(factor).allMatch(Double::isFinite) ? Optional.of(factor) : Optional.empty();
    }

    private static double[] scales(double[][] covariance) {
        double[] scale = new double[covariance.length];
        for (int j = 0; j < scale.length; j++) {
            scale[j] = Math.sqrt(covariance[j][j]);
        }
        return scale;
    }

    /** The estimator this model was fitted with. */
    public MahalanobisDetector estimator() {
        return estimator;
    }

    /** Each column's mean at fit, in the order of {@link #columns()}; a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /** The sample covariance at fit (n - 1 in the denominator), in the order of {@link #columns()}; a copy. */
    public double[][] covariance() {
        return Arrays.stream(covariance).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    String statistics() {
        return "mean " + Summary.numbers(mean) + ", std " + Summary.numbers(scale);
    }

    @Override
    void score(double[] rows, double[] scores, boolean[] outliers) {
        int p = mean.length;
        double[] solved = new double[p];
        for (int i = 0; i < scores.length; i++) {
            double squared = 0;
            for (int j = 0; j < p; j++) { // forward substitution: L y = D^-1 (x - mean)
                double y = BinaryScale.ratio(rows[i * p + j], mean[j], scale[j], 0);
                for (int k = 0; k < j; k++) {
                    y -= cholesky[j * p + k] * solved[k];
                }
                solved[j] = y / cholesky[j * p + j];
                squared += solved[j] * solved[j];
            }
            scores[i] = Math.sqrt(squared);
            outliers[i] = scores[i] > threshold();
        }
    }
}
