package io.github.prepkit.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

class PrincipalAxesTest {

    /** Centred columns: three Gaussian ones, and a fourth equal to the sum of the first two plus {@code noise}. */
    private static double[][] nearlyCollinear(double noise, int rows) {
        Random random = new Random(42);
        double[][] columns = new double[4][rows];
        for (int i = 0; i < rows; i++) {
            columns[0][i] = random.nextGaussian();
            columns[1][i] = random.nextGaussian();
            columns[2][i] = 3 * random.nextGaussian();
            columns[3][i] = columns[0][i] + columns[1][i] + noise * random.nextGaussian();
        }
        for (double[] column : columns) {
            double mean = 0;
            for (double v : column) {
                mean += v;
            }
            mean /= rows;
            for (int i = 0; i < rows; i++) {
                column[i] -= mean;
            }
        }
        return columns;
    }

    /** The singular values of the column arrays by Commons Math's SVD of the whole matrix: the independent answer. */
    private static double[] reference(double[][] columns, int rows) {
        double[][] matrix = new double[rows][columns.length];
        for (int a = 0; a < columns.length; a++) {
            for (int i = 0; i < rows; i++) {
                matrix[i][a] = columns[a][i];
            }
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false)).getSingularValues();
    }

    private static double[][] copy(double[][] columns) {
        double[][] copy = new double[columns.length][];
        for (int a = 0; a < columns.length; a++) {
            copy[a] = columns[a].clone();
        }
        return copy;
    }

    @Test
    void wellConditionedDataTakesTheGramPathAndMatchesAnSvd() {
        double[][] columns = nearlyCollinear(1, 300);
        PrincipalAxes axes = PrincipalAxes.of(copy(columns), 300, s -> 4);
        assertTrue(axes.gram);
        double[] expected = reference(columns, 300);
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], axes.singularValues[k], 1e-12 * expected[0]);
        }
    }

    @Test
    void illConditionedDataFallsBackToQrAndKeepsItsAccuracyWhereTheGramMatrixLosesIt() {
        double[][] columns = nearlyCollinear(1e-7, 300);
        double[] expected = reference(columns, 300);
        PrincipalAxes fromGram = PrincipalAxes.of(copy(columns), 300, s -> 3); // the small one not kept
        assertTrue(fromGram.gram);
        PrincipalAxes axes = PrincipalAxes.of(copy(columns), 300, s -> 4);
        assertFalse(axes.gram);
        double relative = Math.abs(axes.singularValues[3] - expected[3]) / expected[3];
        double gramRelative = Math.abs(fromGram.singularValues[3] - expected[3]) / expected[3];
        assertTrue(relative < 1e-9, "QR path: " + relative);
        assertTrue(gramRelative > 1e-9, "the Gram path would have lost it: " + gramRelative);
    }

    @Test
    void fewerRowsThanColumnsGiveAsManyAxesAsRows() {
        double[][] columns = nearlyCollinear(1, 3);
        PrincipalAxes axes = PrincipalAxes.of(copy(columns), 3, s -> 3);
        assertFalse(axes.gram);
        assertEquals(3, axes.singularValues.length);
        assertArrayEquals(reference(columns, 3), axes.singularValues, 1e-12);
    }

    @Test
    void signsMakeTheLargestScorePositiveAndFallBackToTheVectorOnZeroScores() {
        double[][] columns = {{-2, 1, 1}, {0, 0, 0}};
        PrincipalAxes axes = PrincipalAxes.of(copy(columns), 3, s -> 2);
        PrincipalAxes.Signed signed = axes.flipSigns(columns, 3, 2);
        assertArrayEquals(new double[] {-1, 0}, signed.vectors()[0], 1e-15); // row 0 scores -2 on (1, 0): flipped
        assertArrayEquals(new double[] {0, 1}, signed.vectors()[1], 1e-15); // all scores 0: the vector's own largest
        assertArrayEquals(new double[] {2, -1, -1}, signed.scores()[0], 1e-15); // the signed vector's scores
        assertArrayEquals(new double[] {0, 0, 0}, signed.scores()[1], 0);
    }
}
