package io.github.prepkit.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void scoresAreTheShiftedDotProductsSummedInColumnOrderWhateverTheRowsAround() {
        Random random = new Random(1);
        int rows = 1300;
        double[][] columns = new double[3][rows];
        for (double[] column : columns) {
            for (int i = 0; i < rows; i++) {
                column[i] = random.nextGaussian() * 100;
            }
        }
        double[] shift = {1.5, -2, 0.25};
        double[][] vectors = {{0.6, 0.8, 0}, {0.1, -0.2, 0.3}};
        double[][] scores = Projection.scores(columns, shift, vectors, rows);
        for (int k = 0; k < 2; k++) {
            double[] expected = new double[rows];
            for (int i = 0; i < rows; i++) {
                double sum = 0;
                for (int a = 0; a < 3; a++) {
                    sum = Math.fma(columns[a][i] - shift[a], vectors[k][a], sum);
                }
                expected[i] = sum;
            }
            assertArrayEquals(expected, scores[k], 0);
        }
        double[][] tail = new double[3][];
        for (int a = 0; a < 3; a++) {
            tail[a] = Arrays.copyOfRange(columns[a], 700, rows);
        }
        assertArrayEquals(Arrays.copyOfRange(scores[1], 700, rows), Projection.scores(tail, shift, vectors, 600)[1], 0);
    }

    @Test
    void everyWidthSumsInColumnOrderBitForBitShiftedOrNot() {
        Random random = new Random(2);
        int rows = 1100;
        for (int width = 1; width <= 9; width++) {
            double[][] columns = new double[width][rows];
            double[] shift = new double[width];
            double[][] vectors = new double[3][width];
            for (int a = 0; a < width; a++) {
                for (int i = 0; i < rows; i++) {
                    columns[a][i] = random.nextGaussian() * 10;
                }
                for (double[] vector : vectors) {
                    vector[a] = random.nextGaussian();
                }
            }
            vectors[2] = new double[width]; // scores of exactly 0 stay +0
            for (double[] s : new double[][] {shift, random.doubles(width).toArray()}) {
                double[][] scores = Projection.scores(columns, s, vectors, rows);
                for (int k = 0; k < vectors.length; k++) {
                    double[] expected = new double[rows];
                    for (int i = 0; i < rows; i++) {
                        for (int a = 0; a < width; a++) {
                            expected[i] = Math.fma(columns[a][i] - s[a], vectors[k][a], expected[i]);
                        }
                    }
                    assertArrayEquals(expected, scores[k], width + " columns, vector " + k);
                }
            }
        }
    }
}
