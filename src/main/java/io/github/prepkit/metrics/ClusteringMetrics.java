package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.ColumnRanges;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores of a clustering: {@link #inertia} and {@link #silhouette} (scikit-learn 1.2's {@code silhouette_score}),
 * both with Euclidean distances. The features are a table whose every column is numeric without missing values (the
 * table a clustering was fitted on); the labels are a column of any type with one value per row, such as
 * {@code KMeansModel.predict}'s, compared by value. Bad input fails with an {@link IllegalArgumentException} naming
 * the column. Features whose differences would overflow or underflow when squared (near 1e300 or 1e-200) are
 * compared multiplied by one power of two ({@link ColumnRanges#differenceScale}), as the neighbours' search does.
 */
public final class ClusteringMetrics {

    private ClusteringMetrics() {
    }

    /**
     * The within-cluster sum of squares: the sum over the rows of the squared Euclidean distance to the mean of the
     * rows with the same label. For k-means labels at convergence this is the model's inertia. O(rows x features).
     *
     * @param features the clustered rows, every column numeric without missing values
     * @param labels   each row's cluster, compared by value
     * @return the inertia, 0 or more
     * @throws IllegalArgumentException for bad input (see the class comment), naming the column
     */
    public static double inertia(Table features, Column<?> labels) {
        Clustered data = Clustered.of(features, labels, "inertia");
        double[][] means = new double[data.clusters][data.features];
        for (int i = 0; i < data.rows; i++) {
            for (int j = 0; j < data.features; j++) {
                means[data.codes[i]][j] += data.value(i, j);
            }
        }
        for (int c = 0; c < data.clusters; c++) {
            for (int j = 0; j < data.features; j++) {
                means[c][j] /= data.counts[c];
            }
        }
        double sum = 0;
        for (int i = 0; i < data.rows; i++) {
            for (int j = 0; j < data.features; j++) {
                double diff = data.value(i, j) - means[data.codes[i]][j];
                sum += diff * diff;
            }
        }
        return data.scale.undoSquare(sum);
    }

    /**
     * The mean silhouette coefficient over the rows, from -1 (rows closer to another cluster) to 1 (compact,
     * well-separated clusters). A row's coefficient is (b - a) / max(a, b), with a its mean distance to the other rows
     * of its cluster and b its smallest mean distance to the rows of another cluster; it is 0 for the only row of a
     * cluster (and where a = b = 0), as scikit-learn. Distances are computed from the differences, where
     * scikit-learn uses |x|² − 2 x·y + |y|², so near-duplicate rows may differ from its figure in the last digits.
     * O(rows² x features).
     *
     * @param features the clustered rows, every column numeric without missing values
     * @param labels   each row's cluster, compared by value
     * @return the mean silhouette coefficient, from -1 to 1
     * @throws IllegalArgumentException unless there are 2 to rows - 1 distinct labels, or for bad input
     */
    public static double silhouette(Table features, Column<?> labels) {
        Clustered data = Clustered.of(features, labels, "silhouette");
        if (data.clusters < 2 || data.clusters > data.rows - 1) {
            throw new IllegalArgumentException("silhouette: the labels must hold 2 to rows - 1 = " + (data.rows - 1)
                    + " clusters, found " + data.clusters);
        }
        double total = 0;
        double[] distanceSums = new double[data.clusters];
        for (int i = 0; i < data.rows; i++) {
            Arrays.fill(distanceSums, 0);
            for (int other = 0; other < data.rows; other++) {
                distanceSums[data.codes[other]] += data.distance(i, other);
            }
            total += coefficient(data, data.codes[i], distanceSums);
        }
        return total / data.rows;
    }

    private static double coefficient(Clustered data, int own, double[] distanceSums) {
        if (data.counts[own] == 1) {
            return 0;
        }
        double a = distanceSums[own] / (data.counts[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < data.clusters; c++) {
            if (c != own) {
                b = Math.min(b, distanceSums[c] / data.counts[c]);
            }
        }
        double scale = Math.max(a, b);
        return scale == 0 ? 0 : (b - a) / scale;
    }

    /** Features as a row-major matrix with each row's cluster code. */
    private static final class Clustered {

        final int rows;
        final int features;
        final int clusters;
        final double[] values;
        final int[] codes;
        final int[] counts;
        /** The power of two {@link #values} are multiplied by. */
        final BinaryScale scale;

        private Clustered(FeatureMatrix matrix, ClassLabels labels) {
            this.rows = matrix.rows();
            this.features = matrix.columns();
            this.clusters = labels.count();
            double[] unscaled = matrix.values();
            this.scale = ColumnRanges.of(unscaled, features).differenceScale(2);
            this.values = scale.apply(unscaled);
            this.codes = labels.codes();
            this.counts = new int[clusters];
            for (int code : codes) {
                counts[code]++;
            }
        }

        static Clustered of(Table features, Column<?> labels, String step) {
            Checks.notNull(features, "features");
            Inputs.sameSize(labels, "labels", features.rowCount(), "features");
            FeatureMatrix matrix = FeatureMatrix.of(features, step);
            return new Clustered(matrix, ClassLabels.of(labels, step));
        }

        double value(int i, int j) {
            return values[i * features + j];
        }

        double distance(int a, int b) {
            double sum = 0;
            for (int j = 0; j < features; j++) {
                double diff = values[a * features + j] - values[b * features + j];
                sum += diff * diff;
            }
            return Math.sqrt(sum);
        }
    }
}
