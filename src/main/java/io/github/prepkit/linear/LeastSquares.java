package io.github.prepkit.linear;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.ColumnRanges;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Ordinary least squares: the b minimising ||X b + intercept - y||^2, as scikit-learn's {@code LinearRegression}
 * (which centres X and y, then calls LAPACK's SVD-based {@code gelsd}).
 * <p>
 * The fast route forms the normal equations X^T X b = X^T y in one pass (rows x columns^2 / 2 multiply-adds),
 * solves them by Cholesky and then refines b on the residuals (r = y - X b, then X^T X d = X^T r, b += d) until the
 * correction is below 1e-10 of b (one refinement for a well-conditioned X, each costing one pass of
 * rows x columns x 2). Refinement removes the squared condition number that makes plain normal equations inaccurate,
 * so the answer is as accurate as a QR solution for any X with condition number up to about 10^6.
 * Where the Gram matrix is numerically singular (a constant or duplicated column, fewer rows than columns) or the
 * refinement does not settle, it falls back to the SVD pseudo-inverse: the minimum-norm solution, which is
 * scikit-learn's answer for rank-deficient X.
 * <p>
 * Package-private for now: {@code io.github.prepkit.stats} has a least-squares kernel of its own on another branch
 * (for the iterative imputer); the two are to be merged into one.
 */
final class LeastSquares {

    /** Pivots below this fraction of the Gram matrix's largest diagonal mean X is too ill-conditioned (~10^6). */
    private static final double PIVOT_THRESHOLD = 1e-12;
    /** A refined solution is accepted once its last correction is this small relative to it. */
    private static final double SETTLED = 1e-10;
    private static final int MAX_REFINEMENTS = 10;

    private LeastSquares() {
    }

    /** The fitted coefficients and intercept (0 without one). */
    record Solution(double[] coefficients, double intercept) {
    }

    /**
     * Fits y on the row-major {@code x} ({@code columns} wide; not modified). With {@code fitIntercept}, X and y
     * are centred first and the intercept is mean(y) - mean(X) . b.
     * <p>
     * Least squares is equivariant: X times 2^a and y times 2^b give b times 2^(b - a) and the intercept times 2^b,
     * bit for bit on the normal equations' route (every test above is relative), to rounding on the SVD's. So X whose
     * Gram matrix would overflow or underflow is solved multiplied by one power of two, and y by another, chosen from
     * their spreads when they are centred (see {@link ColumnRanges}), and the solution scaled back: any finite data
     * give the answer of the same data at an ordinary magnitude. A coefficient beyond the double range comes out
     * infinite; the caller refuses it.
     */
    static Solution fit(double[] x, int columns, double[] y, boolean fitIntercept) {
        BinaryScale xScale = scale(x, columns, fitIntercept);
        BinaryScale yScale = scale(y, 1, fitIntercept);
        Solution scaled = fitScaled(xScale.apply(x), columns, yScale.apply(y), fitIntercept);
        double[] b = scaled.coefficients();
        for (int j = 0; j < columns; j++) {
            b[j] = Math.scalb(b[j], xScale.exponent() - yScale.exponent());
        }
        return new Solution(b, yScale.undo(scaled.intercept()));
    }

    /**
     * Weighted least squares, the b minimising sum_i w_i (x_i . b + intercept - y_i)^2, as scikit-learn's
     * {@code LinearRegression} with {@code sample_weight}: with an intercept, X and y are centred on their weighted
     * means; every row is then multiplied by sqrt(w_i) and solved by {@link #fit(double[], int, double[], boolean)}
     * without intercept, and the intercept is the weighted mean(y) - mean(X) . b. A row of weight 0 drops out.
     *
     * @param weights each row's weight, finite and at least 0 with a positive sum (checked by the caller)
     */
    static Solution fit(double[] x, int columns, double[] y, double[] weights, boolean fitIntercept) {
        int rows = y.length;
        double[] xMean = new double[columns];
        double yMean = 0;
        if (fitIntercept) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            for (int i = 0, offset = 0; i < rows; i++, offset += columns) {
                double share = weights[i] / total; // shares, not sums, so that the means cannot overflow
                yMean += share * y[i];
                for (int j = 0; j < columns; j++) {
                    xMean[j] += share * x[offset + j];
                }
            }
        }
        double[] scaledX = new double[x.length];
        double[] scaledY = new double[rows];
        for (int i = 0, offset = 0; i < rows; i++, offset += columns) {
            double root = Math.sqrt(weights[i]);
            scaledY[i] = root * (y[i] - yMean);
            for (int j = 0; j < columns; j++) {
                scaledX[offset + j] = root * (x[offset + j] - xMean[j]);
            }
        }
        double[] b = fit(scaledX, columns, scaledY, false).coefficients();
        double intercept = yMean;
        for (int j = 0; j < columns; j++) {
            intercept -= xMean[j] * b[j];
        }
        return new Solution(b, fitIntercept ? intercept : 0);
    }

    /**
     * The power of two for {@code columns}-wide {@code values} whose squares are summed: centred values are bounded
     * by the columns' spreads, others by their magnitude.
     */
    private static BinaryScale scale(double[] values, int columns, boolean centred) {
        return centred ? ColumnRanges.of(values, columns).differenceScale(2)
                : BinaryScale.of(BinaryScale.maxAbs(values), 2);
    }

    private static Solution fitScaled(double[] x, int columns, double[] y, boolean fitIntercept) {
        if (!fitIntercept) {
            return new Solution(solve(x, columns, y), 0);
        }
        double[] xMean = columnMeans(x, columns);
        double yMean = mean(y);
        double[] centred = new double[x.length];
        for (int offset = 0; offset < x.length; offset += columns) {
            for (int j = 0; j < columns; j++) {
                centred[offset + j] = x[offset + j] - xMean[j];
            }
        }
        double[] yCentred = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yCentred[i] = y[i] - yMean;
        }
        double[] b = solve(centred, columns, yCentred);
        double intercept = yMean;
        for (int j = 0; j < columns; j++) {
            intercept -= xMean[j] * b[j];
        }
        return new Solution(b, intercept);
    }

    /** The least-squares b of X b = y, without intercept. */
    static double[] solve(double[] x, int columns, double[] y) {
        Optional<Cholesky> gram = Cholesky.of(RowMajor.gram(x, columns, null), columns, PIVOT_THRESHOLD);
        return gram.flatMap(cholesky -> refine(cholesky, x, columns, y)).orElseGet(() -> minimumNorm(x, columns, y));
    }

    /**
     * Normal equations with iterative refinement, or empty if the corrections do not settle. Each correction shrinks
     * the error by a factor of about cond(X)^2 x 2^-52 (at most 1e-4 where the Gram matrix factors), so once a
     * correction is below 1e-10 of the solution, what is left is below 1e-14 of it.
     */
    private static Optional<double[]> refine(Cholesky gram, double[] x, int columns, double[] y) {
        double[] b = gram.solve(RowMajor.transposeTimes(x, columns, y));
        double previous = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_REFINEMENTS; step++) {
            double[] d = gram.solve(RowMajor.transposeTimesResidual(x, columns, y, b));
            double correction = 0;
            for (int j = 0; j < columns; j++) {
                b[j] += d[j];
                correction = Math.max(correction, Math.abs(d[j]));
            }
            if (correction <= SETTLED * RowMajor.maxAbs(b)) {
                return Optional.of(b);
            }
            if (correction > previous / 2) {
                return Optional.empty(); // not converging: X is too ill-conditioned for the normal equations
            }
            previous = correction;
        }
        return Optional.empty();
    }

    /** The minimum-norm least-squares solution by SVD (Commons Math's pseudo-inverse). */
    private static double[] minimumNorm(double[] x, int columns, double[] y) {
        int rows = y.length;
        double[][] matrix = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(x, i * columns, matrix[i], 0, columns);
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false));
        return svd.getSolver().solve(new ArrayRealVector(y, false)).toArray();
    }

    /**
     * Each column's mean; a column constant far from 0 (at 1e308, say) has its value as its mean, so that it centres
     * to exactly 0 (see {@link ColumnRanges#isFarConstant}).
     */
    private static double[] columnMeans(double[] x, int columns) {
        ColumnRanges ranges = ColumnRanges.of(x, columns);
        double[] sums = new double[columns];
        for (int offset = 0; offset < x.length; offset += columns) {
            for (int j = 0; j < columns; j++) {
                sums[j] += x[offset + j];
            }
        }
        int rows = x.length / columns;
        for (int j = 0; j < columns; j++) {
            sums[j] = ranges.isFarConstant(j, BinaryScale.ONE) ? ranges.low(j) : sums[j] / rows;
        }
        return sums;
    }

    private static double mean(double[] values) {
        return columnMeans(values, 1)[0];
    }
}
