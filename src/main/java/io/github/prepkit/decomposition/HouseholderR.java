package io.github.prepkit.decomposition;

/**
 * The triangular factor R of the QR decomposition of a tall matrix held as column arrays, by Householder
 * reflections (Golub and Van Loan, algorithm 5.2.1): A = QR with Q orthogonal, so A and R have the same singular
 * values and right singular vectors, and the SVD of the small p x p R gives them to the accuracy of an SVD of A,
 * without squaring A's condition number as its Gram matrix does. Q is not formed.
 */
final class HouseholderR {

    private HouseholderR() {
    }

    /**
     * R (p x p, row-major as {@code r[row][column]}, zeros below the diagonal) of the {@code columns.length} columns
     * of {@code rows} values each, at least as many rows as columns. The columns are overwritten.
     */
    static double[][] of(double[][] columns, int rows) {
        int width = columns.length;
        double[][] r = new double[width][width];
        for (int j = 0; j < width; j++) {
            double[] column = columns[j];
            double norm = norm(column, j, rows);
            if (norm == 0) { // nothing to annihilate: r[j][j] is 0, and row j of R is what the columns hold there
                for (int l = j + 1; l < width; l++) {
                    r[j][l] = columns[l][j];
                }
                continue;
            }
            double alpha = column[j] > 0 ? -norm : norm;
            // v = x - alpha e1, kept in column[j..]; H = I - 2 v vᵀ / (vᵀv) with vᵀv = 2 norm (norm + |x_j|)
            column[j] -= alpha;
            double vtv = 2 * norm * (norm + Math.abs(column[j] + alpha));
            for (int l = j + 1; l < width; l++) {
                double[] other = columns[l];
                double dot = 0;
                for (int i = j; i < rows; i++) {
                    dot += column[i] * other[i];
                }
                double factor = 2 * dot / vtv;
                for (int i = j; i < rows; i++) {
                    other[i] -= factor * column[i];
                }
            }
            r[j][j] = alpha;
            for (int l = j + 1; l < width; l++) {
                r[j][l] = columns[l][j];
            }
        }
        return r;
    }

    /** The Euclidean norm of {@code values[from .. rows)}, scaled by its largest magnitude so squares cannot underflow. */
    private static double norm(double[] values, int from, int rows) {
        double largest = 0;
        for (int i = from; i < rows; i++) {
            largest = Math.max(largest, Math.abs(values[i]));
        }
        if (largest == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < rows; i++) {
            double v = values[i] / largest;
            sum += v * v;
        }
        return largest * Math.sqrt(sum);
    }
}
