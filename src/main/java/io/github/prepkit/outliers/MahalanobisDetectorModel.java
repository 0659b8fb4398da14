package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import java.util.List;

/**
 * A fitted {@link MahalanobisDetector}: the column means and the sample covariance. A row's score
 * ({@code mahalanobis_score}) is its Mahalanobis distance to the means; it is an outlier
 * ({@code mahalanobis_outlier} = 1) when the distance exceeds {@link #threshold()}.
 */
public final class MahalanobisDetectorModel extends OutlierModel {

    private final double[] mean;
    private final double[][] covariance;
    private final double[] scale;
    private final double[] cholesky;

    /**
     * {@code cholesky} is the lower factor L (row-major) of the correlation matrix D^-1 S D^-1, D = diag(scale),
     * so the squared distance is |L^-1 D^-1 (x - mean)|^2.
     */
    MahalanobisDetectorModel(Schema schema, List<String> columns, double threshold, double[] mean,
            double[][] covariance, double[] scale, double[] cholesky) {
        super("mahalanobis", schema, columns, threshold);
        this.mean = mean;
        this.covariance = covariance;
        this.scale = scale;
        this.cholesky = cholesky;
    }

    /** Each column's mean at fit, in the order of {@link #columns()}; a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /** The sample covariance at fit (n - 1 in the denominator), in the order of {@link #columns()}; a copy. */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = covariance[j].clone();
        }
        return copy;
    }

    @Override
    void score(double[] rows, double[] scores, boolean[] outliers) {
        int p = mean.length;
        double[] solved = new double[p];
        for (int i = 0; i < scores.length; i++) {
            double squared = 0;
            for (int j = 0; j < p; j++) { // forward substitution: L y = D^-1 (x - mean)
                double y = (rows[i * p + j] - mean[j]) / scale[j];
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
