package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void refinedNormalEquationsAreAsAccurateAsQrOnAnIllConditionedProblem() {
        // columns 1 and 2 differ by 1e-5 x noise: cond(X) ~ 1e5, so plain normal equations lose ~1e-6 relative
        // accuracy (cond^2 x 1e-16) while QR keeps ~1e-11
        int rows = 200;
        SplittableRandom random = new SplittableRandom(7);
        double[] x = new double[rows * 3];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double a = random.nextDouble(-1, 1);
            x[i * 3] = a;
            x[i * 3 + 1] = a + 1e-5 * random.nextDouble(-1, 1);
            x[i * 3 + 2] = random.nextDouble(-1, 1);
            y[i] = 3 * x[i * 3] - 2 * x[i * 3 + 1] + x[i * 3 + 2] + 0.01 * random.nextDouble(-1, 1);
        }
        double[] qr = qr(x, 3, y);
        double[] ours = LeastSquares.solve(ColumnMajorTest.columns(x, 3), y);
        for (int j = 0; j < 3; j++) {
            assertEquals(qr[j], ours[j], 1e-9 * Math.abs(qr[j]), "coefficient " + j);
        }
        double[] gram = RowMajor.gram(x, 3, null);
        assertTrue(Cholesky.of(gram, 3, 1e-12).isPresent(), "the Gram matrix should factor, so the refined route runs");
        double[] plain = Cholesky.of(gram, 3, 0).orElseThrow().solve(ColumnMajorTest.transposeTimes(ColumnMajorTest.columns(x, 3), y));
        assertTrue(Math.abs(plain[0] - qr[0]) > 100 * Math.abs(ours[0] - qr[0]),
                "refinement should beat plain normal equations: " + plain[0] + " vs " + ours[0] + ", QR " + qr[0]);
    }

    @Test
    void rankDeficientXFallsBackToTheMinimumNormSolution() {
        // x2 = x1: any b1 + b2 = 2 fits y = 2 x1 exactly; the minimum-norm answer splits it evenly
        double[] x = {1, 1, 2, 2, 3, 3, -1, -1};
        double[] y = {2, 4, 6, -2};
        assertArrayEquals(new double[] {1, 1}, LeastSquares.solve(ColumnMajorTest.columns(x, 2), y), 1e-12);
    }

    @Test
    void moreColumnsThanRowsGiveTheMinimumNormSolution() {
        // one row (1, 2) with y = 5: the minimum-norm b is 5 (1, 2) / 5 = (1, 2)
        assertArrayEquals(new double[] {1, 2}, LeastSquares.solve(new double[][] {{1}, {2}}, new double[] {5}), 1e-12);
    }

    @Test
    void theInterceptComesFromTheMeans() {
        // y = 10 + 2 x on x = 0..3
        LeastSquares.Solution solution = LeastSquares.fit(new double[][] {{0, 1, 2, 3}}, new double[] {10, 12, 14, 16}, true);
        assertArrayEquals(new double[] {2}, solution.coefficients(), 1e-12);
        assertEquals(10, solution.intercept(), 1e-12);
        assertEquals(0, LeastSquares.fit(new double[][] {{1, 2}}, new double[] {2, 4}, false).intercept());
    }

    @Test
    void theInputIsNotModified() {
        double[][] x = {{0, 1, 2, 3}};
        double[] y = {1, 3, 5, 8};
        LeastSquares.fit(x, y, true);
        LeastSquares.fit(x, y, new double[] {1, 2, 0, 1}, true);
        assertArrayEquals(new double[] {0, 1, 2, 3}, x[0]);
        assertArrayEquals(new double[] {1, 3, 5, 8}, y);
    }

    private static double[] qr(double[] x, int columns, double[] y) {
        double[][] matrix = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            matrix[i] = row(x, i, columns);
        }
        return new QRDecomposition(new Array2DRowRealMatrix(matrix)).getSolver().solve(new ArrayRealVector(y)).toArray();
    }

    private static double[] row(double[] x, int row, int columns) {
        return Arrays.copyOfRange(x, row * columns, (row + 1) * columns);
    }
}
