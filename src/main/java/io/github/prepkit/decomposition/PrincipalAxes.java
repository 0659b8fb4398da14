package io.github.prepkit.decomposition;

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

    /** Rows per block of the Gram matrix: 2048 rows of 50 columns are 800 KB. */
    private static final int GRAM_BLOCK = 2048;
    /** Columns per side of a tile of the Gram matrix. */
    private static final int TILE = 4;

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
        PrincipalAxes fromGram = fromGram(gram(columns, rows));
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

    /**
     * XᵀX, p x p, over blocks of {@value #GRAM_BLOCK} rows so that the columns' blocks stay in cache: four columns
     * against four others at a time, sixteen sums in registers (eight loads for sixteen products), where a product
     * per pair of loads is what a dot product of two columns gets. The columns are padded with zeros to a multiple of
     * four; the padding's sums are dropped, and the others do not see it.
     */
    static double[][] gram(double[][] columns, int rows) {
        int width = columns.length;
        double[][] padded = Arrays.copyOf(columns, (width + TILE - 1) / TILE * TILE);
        Arrays.fill(padded, width, padded.length, new double[rows]);
        double[][] sums = new double[padded.length][padded.length];
        for (int from = 0; from < rows; from += GRAM_BLOCK) {
            int to = Math.min(rows, from + GRAM_BLOCK);
            for (int a = 0; a < padded.length; a += TILE) {
                for (int b = a; b < padded.length; b += TILE) {
                    addTile(padded, a, b, from, to, sums);
                }
            }
        }
        double[][] gram = new double[width][width];
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < width; b++) {
                gram[a][b] = a <= b ? sums[a][b] : sums[b][a];
            }
        }
        return gram;
    }

    /** Adds Σ x_i y_i over rows [from, to) for the columns a..a+3 against b..b+3 to {@code gram[a..a+3][b..b+3]}. */
    private static void addTile(double[][] columns, int a, int b, int from, int to, double[][] gram) {
        double[] x0 = columns[a];
        double[] x1 = columns[a + 1];
        double[] x2 = columns[a + 2];
        double[] x3 = columns[a + 3];
        double[] y0 = columns[b];
        double[] y1 = columns[b + 1];
        double[] y2 = columns[b + 2];
        double[] y3 = columns[b + 3];
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int i = from; i < to; i++) {
            double u0 = x0[i];
            double u1 = x1[i];
            double u2 = x2[i];
            double u3 = x3[i];
            double v0 = y0[i];
            double v1 = y1[i];
            double v2 = y2[i];
            double v3 = y3[i];
            s00 += u0 * v0;
            s01 += u0 * v1;
            s02 += u0 * v2;
            s03 += u0 * v3;
            s10 += u1 * v0;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s13 += u1 * v3;
            s20 += u2 * v0;
            s21 += u2 * v1;
            s22 += u2 * v2;
            s23 += u2 * v3;
            s30 += u3 * v0;
            s31 += u3 * v1;
            s32 += u3 * v2;
            s33 += u3 * v3;
        }
        add(gram[a], b, s00, s01, s02, s03);
        add(gram[a + 1], b, s10, s11, s12, s13);
        add(gram[a + 2], b, s20, s21, s22, s23);
        add(gram[a + 3], b, s30, s31, s32, s33);
    }

    private static void add(double[] row, int from, double s0, double s1, double s2, double s3) {
        row[from] += s0;
        row[from + 1] += s1;
        row[from + 2] += s2;
        row[from + 3] += s3;
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
