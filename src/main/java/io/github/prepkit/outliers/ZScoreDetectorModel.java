package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import java.util.List;

/**
 * A fitted {@link ZScoreDetector}: each column's mean and population standard deviation. A row's score
 * ({@code zscore_score}) is its largest |x - mean| / std over the columns, 0 for a column whose std is 0; it is
 * an outlier ({@code zscore_outlier} = 1) when the score exceeds {@link #threshold()}.
 */
public final class ZScoreDetectorModel extends OutlierModel {

    private final double[] mean;
    private final double[] std;

    ZScoreDetectorModel(Schema schema, List<String> columns, double threshold, double[] mean, double[] std) {
        super("zscore", schema, columns, threshold);
        this.mean = mean;
        this.std = std;
    }

    /** Each column's mean at fit, in the order of {@link #columns()}; a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /** Each column's population standard deviation at fit (0 for a constant column); a copy. */
    public double[] std() {
        return std.clone();
    }

    @Override
    void score(double[] rows, double[] scores, boolean[] outliers) {
        int width = mean.length;
        for (int i = 0; i < scores.length; i++) {
            double largest = 0;
            for (int j = 0; j < width; j++) {
                if (std[j] > 0) {
                    largest = Math.max(largest, Math.abs(rows[i * width + j] - mean[j]) / std[j]);
                }
            }
            scores[i] = largest;
            outliers[i] = largest > threshold();
        }
    }
}
