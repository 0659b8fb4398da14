package io.github.prepkit.decomposition;

import io.github.prepkit.internal.linalg.TiledGram;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The singular values and right singular vectors of a centred n x p matrix held as column arrays, every one of the
 * min(n, p), largest first, each vector's sign fixed by scikit-learn's {@code svd_flip} (see {@link #flipSigns}).
 *
 * <p>How they are computed, the fast way when it is accurate: with at least as many rows as columns, from the
 * eigen-decomposition of the p x p Gram matrix XᵀX (one blocked pass over the rows, O(n p²), then O(p³)): its
 * eigenvalues are the squared singular values. Forming XᵀX squares the condition number: an eigenvalue λ carries an
 * error of about ε λ₁ (ε = 2⁻⁵², λ₁ the largest), a relative error ε λ₁ / λ. So the Gram path is kept only when the
 * smallest eigenvalue among the kept components is at least {@value #GRAM_RATIO} λ₁, where that relative error is
 * below about 2e-10 and the singular values and vectors carry about 1e-9 relative accuracy or better; otherwise (a
 * constant column kept, nearly collinear columns, all components of rank-deficient data) the matrix is reduced by
 * Householder QR (O(2 n p²)) and the SVD of the p x p R gives the singular values and vectors to the accuracy of an
 * SVD of X. With fewer rows than columns, Commons Math's SVD of X itself.
 */
final class PrincipalAxes {

    /** The smallest ratio of a kept eigenvalue of XᵀX to the largest for which the Gram path is accurate enough. */
    static final double GRAM_RATIO = 1e-6;

    /** The singular values, largest first: min(n, p) of them. */
    final double[] singularValues;
    /** {@code vectors[k]} is the unit right singular vector of {@code singularValues[k]}, p values. */
    final double[][] vectors;
    /** Whether the Gram path gave them. */
    final boolean gram;

    private PrincipalAxes(double[] singularValues, double[][] vectors, boolean gram) {
        this.singularValues = singularValues;
        this.vectors = vectors;
        this.gram = gram;
    }

    /**
     * The axes of the centred {@code columns} ({@code rows} values each, at least one column), their signs not yet
     * fixed.
     *
     * @param kept how many components the fit keeps, from the singular values: the smallest kept one decides the path
     */
    static PrincipalAxes of(double[][] columns, int rows, Kept kept) {
        int width = columns.length;
        if (rows < width) {
            return fromSvd(new SingularValueDecomposition(rowMatrix(columns, rows)), Math.min(rows, width));
        }
        PrincipalAxes fromGram = fromGram(TiledGram.of(columns, rows));
        double[] s = fromGram.singularValues;
        int last = kept.count(s) - 1;
        double largest = s[0] * s[0];
        if (s[last] * s[last] >= GRAM_RATIO * largest) {
            return fromGram;
        }
        double[][] copy = new double[width][];
        for (int a = 0; a < width; a++) {
            copy[a] = columns[a].clone();
        }
        return fromSvd(new SingularValueDecomposition(new Array2DRowRealMatrix(HouseholderR.of(copy, rows), false)),
                width);
    }

    /** How many components a fit keeps, given all the singular values, largest first. */
    @FunctionalInterface
    interface Kept {
        int count(double[] singularValues);
    }

    private static PrincipalAxes fromGram(double[][] gram) {
        int width = gram.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(gram, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = IntStream.range(0, width).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> values[k]).reversed());
        double[] singular = new double[width];
        double[][] vectors = new double[width][];
        for (int k = 0; k < width; k++) {
            singular[k] = Math.sqrt(Math.max(0, values[order[k]]));
            vectors[k] = eigen.getEigenvector(order[k]).toArray();
        }
        return new PrincipalAxes(singular, vectors, true);
    }

    private static PrincipalAxes fromSvd(SingularValueDecomposition svd, int count) {
        double[] singular = Arrays.copyOf(svd.getSingularValues(), count);
        RealMatrix v = svd.getV();
        double[][] vectors = new double[count][];
        for (int k = 0; k < count; k++) {
            vectors[k] = v.getColumn(k);
        }
        return new PrincipalAxes(singular, vectors, false);
    }

    private static RealMatrix rowMatrix(double[][] columns, int rows) {
        double[][] matrix = new double[rows][columns.length];
        for (int a = 0; a < columns.length; a++) {
            for (int i = 0; i < rows; i++) {
                matrix[i][a] = columns[a][i];
            }
        }
        return new Array2DRowRealMatrix(matrix, false);
    }

    /**
     * Fixes the sign of the first {@code count} vectors as scikit-learn 1.2.1's {@code svd_flip(U, Vt)} with
     * {@code u_based_decision=True}: the entry of largest magnitude in the column of U (the first such row on ties),
     * that is in the rows' scores on the vector, is made positive. A vector on which every score is 0 (a singular value
     * of 0, where U's column is LAPACK's arbitrary choice) has its own entry of largest magnitude made positive instead.
     *
     * @return the first {@code count} vectors, signed, with the rows' scores on them
     */
    Signed flipSigns(double[][] columns, int rows, int count) {
        double[][] signed = Arrays.copyOf(vectors, count);
        double[][] scores = Projection.scores(columns, new double[columns.length], signed, rows);
        for (int k = 0; k < count; k++) {
            double sign = signOfLargest(scores[k]);
            if (sign == 0) {
                sign = signOfLargest(signed[k]);
            }
            signed[k] = signed[k].clone();
            if (sign < 0) {
                negate(signed[k]);
                negateScores(scores[k]);
            }
        }
        return new Signed(signed, scores);
    }

    /**
     * Vectors with their signs fixed and the scores of the rows on them: negating a vector negates each product and,
     * rounding being symmetric, each sum, so the scores of the signed vectors are exactly the negated ones.
     *
     * @param vectors {@code vectors[k]}, one value per column
     * @param scores  {@code scores[k][i]}, the score of row i on vector k
     */
    record Signed(double[][] vectors, double[][] scores) {
    }

    private static void negate(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = -values[i];
        }
    }

    /**
     * Negates scores as scoring on the negated vector would: 0 - s rather than -s, because a score that sums to zero
     * is +0 on either vector (x + (-x) is +0), never -0.
     */
    private static void negateScores(double[] scores) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.0 - scores[i];
        }
    }

    /** The sign of the first entry of largest magnitude; 0 if all are 0. */
    private static double signOfLargest(double[] values) {
        double largest = 0;
        double sign = 0;
        for (double v : values) {
            if (Math.abs(v) > largest) {
                largest = Math.abs(v);
                sign = Math.signum(v);
            }
        }
        return sign;
    }
}
