package io.github.prepkit.linear;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.ColumnRanges;
import io.github.prepkit.internal.linalg.TiledGram;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Ordinary least squares: the b minimising ||X b + intercept - y||^2, as scikit-learn's {@code LinearRegression}
 * (which centres X and y, then calls LAPACK's SVD-based {@code gelsd}).
 * <p>
 * The fast route forms the normal equations X^T X b = X^T y from X's columns in one pass of {@link TiledGram}
 * (about rows x columns^2 / 2 multiply-adds; with an intercept, X is centred on the fly, never copied), solves them by
 * Cholesky and then refines b on the residuals (r = y - X b, then X^T X d = X^T r, b += d) until the
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
     * Fits y on the columns {@code x} (not modified). With {@code fitIntercept}, X and y are centred first and the
     * intercept is mean(y) - mean(X) . b.
     * <p>
     * Least squares is equivariant: X times 2^a and y times 2^b give b times 2^(b - a) and the intercept times 2^b,
     * bit for bit on the normal equations' route (every test above is relative), to rounding on the SVD's. So X whose
     * Gram matrix would overflow or underflow is solved multiplied by one power of two, and y by another, chosen from
     * their spreads when they are centred (see {@link ColumnRanges}), and the solution scaled back: any finite data
     * give the answer of the same data at an ordinary magnitude. A coefficient beyond the double range comes out
     * infinite; the caller refuses it.
     */
    static Solution fit(double[][] x, double[] y, boolean fitIntercept) {
        double[] sums = new double[x.length];
        return fit(x, ColumnRanges.ofColumns(x, sums), sums, y, fitIntercept);
    }

    /**
     * {@link #fit(double[][], double[], boolean)} given X's {@link ColumnRanges} and column sums (neither modified), as
     * {@link io.github.prepkit.internal.data.FeatureColumns} takes them while checking the features, so that X is not
     * read once more for them.
     */
    static Solution fit(double[][] x, ColumnRanges ranges, double[] sums, double[] y, boolean fitIntercept) {
        BinaryScale xScale = fitIntercept ? ranges.differenceScale(2) : BinaryScale.of(ranges.largestMagnitude(), 2);
        BinaryScale yScale = scale(y, fitIntercept);
        double[][] scaledX = x;
        double[] scaledSums = sums;
        if (!xScale.isOne()) {
            scaledX = new double[x.length][];
            for (int j = 0; j < x.length; j++) {
                scaledX[j] = xScale.apply(x[j]);
            }
            scaledSums = new double[x.length];
            ranges = ColumnRanges.ofColumns(scaledX, scaledSums);
        }
        Solution scaled = fitIntercept ? centredFit(scaledX, ranges, scaledSums, yScale.apply(y))
                : new Solution(solve(scaledX, yScale.apply(y)), 0);
        double[] b = scaled.coefficients();
        for (int j = 0; j < x.length; j++) {
            b[j] = Math.scalb(b[j], xScale.exponent() - yScale.exponent());
        }
        return new Solution(b, yScale.undo(scaled.intercept()));
    }

    /**
     * Weighted least squares, the b minimising sum_i w_i (x_i . b + intercept - y_i)^2, as scikit-learn's
     * {@code LinearRegression} with {@code sample_weight}: with an intercept, X and y are centred on their weighted
     * means; every row is then multiplied by sqrt(w_i) and solved by {@link #fit(double[][], double[], boolean)}
     * without intercept, and the intercept is the weighted mean(y) - mean(X) . b. A row of weight 0 drops out.
     *
     * @param weights each row's weight, finite and at least 0 with a positive sum (checked by the caller)
     */
    static Solution fit(double[][] x, double[] y, double[] weights, boolean fitIntercept) {
        int rows = y.length;
        double[] shares = new double[rows];
        if (fitIntercept) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            for (int i = 0; i < rows; i++) {
                shares[i] = weights[i] / total; // shares, not sums, so that the means cannot overflow
            }
        }
        double[] roots = new double[rows];
        for (int i = 0; i < rows; i++) {
            roots[i] = Math.sqrt(weights[i]);
        }
        double yMean = weightedMean(y, shares);
        double[] scaledY = weighCentred(y, yMean, roots);
        double[] xMean = new double[x.length];
        double[][] scaledX = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            xMean[j] = weightedMean(x[j], shares);
            scaledX[j] = weighCentred(x[j], xMean[j], roots);
        }
        double[] b = fit(scaledX, scaledY, false).coefficients();
        double intercept = yMean;
        for (int j = 0; j < x.length; j++) {
            intercept -= xMean[j] * b[j];
        }
        return new Solution(b, fitIntercept ? intercept : 0);
    }

    private static double weightedMean(double[] values, double[] shares) {
        double mean = 0;
        for (int i = 0; i < values.length; i++) {
            mean += shares[i] * values[i];
        }
        return mean;
    }

    /** root_i (v_i - mean) for every row. */
    private static double[] weighCentred(double[] values, double mean, double[] roots) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = roots[i] * (values[i] - mean);
        }
        return result;
    }

    /** The power of two for {@code values} whose squares are summed: centred, by their spread, else their magnitude. */
    private static BinaryScale scale(double[] values, boolean centred) {
        return centred ? ColumnRanges.ofColumns(new double[][] {values}).differenceScale(2)
                : BinaryScale.of(BinaryScale.maxAbs(values), 2);
    }

    /** The fit with an intercept of the (scaled) columns {@code x}, of the given ranges and sums. */
    private static Solution centredFit(double[][] x, ColumnRanges ranges, double[] sums, double[] y) {
        double[] xMean = means(ranges, sums, y.length);
        double[] ySum = new double[1];
        double yMean = means(ColumnRanges.ofColumns(new double[][] {y}, ySum), ySum, y.length)[0];
        double[] b = solve(x, xMean, centre(y, yMean));
        double intercept = yMean;
        for (int j = 0; j < x.length; j++) {
            intercept -= xMean[j] * b[j];
        }
        return new Solution(b, intercept);
    }

    private static double[] centre(double[] values, double mean) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] - mean;
        }
        return result;
    }

    /** The least-squares b of X b = y, without intercept. */
    static double[] solve(double[][] x, double[] y) {
        return solve(x, new double[x.length], y);
    }

    /**
     * The least-squares b of Xc b = y for Xc the columns {@code x} less their {@code shifts}, centred on the fly (see
     * {@link TiledGram#centred}): the Gram matrix and Xc^T y in one pass, then the refinement's passes.
     */
    private static double[] solve(double[][] x, double[] shifts, double[] y) {
        double[] right = new double[x.length];
        Optional<Cholesky> gram = Cholesky.of(TiledGram.centred(x, shifts, y, y.length, right), PIVOT_THRESHOLD);
        return gram.flatMap(cholesky -> refine(cholesky, right, x, shifts, y))
                .orElseGet(() -> minimumNorm(x, shifts, y));
    }

    /**
     * Normal equations with iterative refinement, or empty if the corrections do not settle. Each correction shrinks
     * the error by a factor of about cond(X)^2 x 2^-52 (at most 1e-4 where the Gram matrix factors), so once a
     * correction is below 1e-10 of the solution, what is left is below 1e-14 of it.
     */
    private static Optional<double[]> refine(Cholesky gram, double[] right, double[][] x, double[] shifts,
            double[] y) {
        double[] b = gram.solve(right);
        double previous = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_REFINEMENTS; step++) {
            double[] d = gram.solve(ColumnMajor.transposeTimesResidual(x, shifts, y, b));
            double correction = 0;
            for (int j = 0; j < b.length; j++) {
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

    /** The minimum-norm least-squares solution for X less its column shifts, by SVD (Commons Math's pseudo-inverse). */
    private static double[] minimumNorm(double[][] x, double[] shifts, double[] y) {
        SingularValueDecomposition svd = new SingularValueDecomposition(
                new Array2DRowRealMatrix(ColumnMajor.rows(x, shifts, y.length), false));
        return svd.getSolver().solve(new ArrayRealVector(y, false)).toArray();
    }

    /**
     * Each column's mean from its sum; a column constant far from 0 (at 1e308, say) has its value as its mean, so that
     * it centres to exactly 0 (see {@link ColumnRanges#isFarConstant}).
     */
    private static double[] means(ColumnRanges ranges, double[] sums, int rows) {
        double[] means = new double[sums.length];
        for (int j = 0; j < sums.length; j++) {
            means[j] = ranges.isFarConstant(j, BinaryScale.ONE) ? ranges.low(j) : sums[j] / rows;
        }
        return means;
    }
}
