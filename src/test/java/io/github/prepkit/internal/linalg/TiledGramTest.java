package io.github.prepkit.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiledGramTest {

    /** 2048 rows per block in the kernel: row counts below, at, and across block boundaries. */
    private static final String SHAPES = """
            1, 1
            3, 2
            7, 3
            4, 4
            33, 5
            100, 6
            2047, 7
            2048, 8
            2049, 9
            5000, 21
            """;

    @ParameterizedTest
    @CsvSource(textBlock = SHAPES)
    void isThePlainTripleLoopWithoutWeights(int rows, int width) {
        double[][] columns = random(rows, width, 1);
        assertMatches(naive(columns, rows, null), TiledGram.of(columns, rows));
    }

    @ParameterizedTest
    @CsvSource(textBlock = SHAPES)
    void isThePlainTripleLoopWithRowWeights(int rows, int width) {
        double[][] columns = random(rows, width, 2);
        double[] weights = new SplittableRandom(3).doubles(rows, 0, 2).toArray();
        weights[rows / 2] = 0;
        assertMatches(naive(columns, rows, weights), TiledGram.of(columns, rows, weights));
    }

    @ParameterizedTest
    @CsvSource(textBlock = SHAPES)
    void withOnesIsTheGramOfTheColumnsAndAColumnOfOnes(int rows, int width) {
        double[][] columns = random(rows, width, 8);
        double[][] withOnes = java.util.Arrays.copyOf(columns, width + 1);
        withOnes[width] = new double[rows];
        java.util.Arrays.fill(withOnes[width], 1);
        double[] weights = new SplittableRandom(9).doubles(rows, 0, 2).toArray();
        assertMatches(naive(withOnes, rows, weights), TiledGram.withOnes(columns, rows, weights));
        assertMatches(naive(withOnes, rows, null), TiledGram.withOnes(columns, rows, null));
    }

    /**
     * Without weights every entry is the sum over each block of 2048 rows, in row order, added block after block:
     * exactly what principal components computed before the kernel moved here, so PCA's results do not change.
     */
    @ParameterizedTest
    @CsvSource(textBlock = SHAPES)
    void sumsEachBlockInRowOrderBitForBit(int rows, int width) {
        double[][] columns = random(rows, width, 4);
        double[][] gram = TiledGram.of(columns, rows);
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < width; b++) {
                double total = 0;
                for (int from = 0; from < rows; from += 2048) {
                    double block = 0;
                    for (int i = from; i < Math.min(rows, from + 2048); i++) {
                        block += columns[Math.min(a, b)][i] * columns[Math.max(a, b)][i];
                    }
                    total += block;
                }
                assertEquals(total, gram[a][b], 0, "entry " + a + ", " + b);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = SHAPES)
    void weightsOfOneGiveTheUnweightedSumsBitForBit(int rows, int width) {
        double[][] columns = random(rows, width, 5);
        double[] ones = new double[rows];
        java.util.Arrays.fill(ones, 1);
        double[][] plain = TiledGram.of(columns, rows);
        double[][] weighted = TiledGram.of(columns, rows, ones);
        for (int a = 0; a < width; a++) {
            assertArrayEquals(plain[a], weighted[a], 0);
        }
    }

    @ParameterizedTest
    @CsvSource({"10, 3", "2100, 5"})
    void onlyTheFirstRowsCountInLongerArrays(int rows, int width) {
        double[][] columns = random(rows + 17, width, 6);
        double[][] shorter = new double[width][];
        for (int a = 0; a < width; a++) {
            shorter[a] = java.util.Arrays.copyOf(columns[a], rows);
        }
        double[] weights = new SplittableRandom(7).doubles(rows + 17, 0, 1).toArray();
        double[][] expected = TiledGram.of(shorter, rows, java.util.Arrays.copyOf(weights, rows));
        double[][] actual = TiledGram.of(columns, rows, weights);
        for (int a = 0; a < width; a++) {
            assertArrayEquals(expected[a], actual[a], 0);
        }
    }

    /**
     * Centred on the fly, the Gram matrix is bit for bit that of a centred copy of the columns (far from zero, where
     * the uncentred sums would cancel), and the target's products are the plain dot products of the centred columns.
     */
    @ParameterizedTest
    @CsvSource(textBlock = SHAPES)
    void centredIsTheGramOfACentredCopyAndItsProductsWithTheTarget(int rows, int width) {
        double[][] columns = random(rows, width, 10);
        double[] shifts = new SplittableRandom(11).doubles(width, -1e8, 1e8).toArray();
        double[][] centred = new double[width][rows];
        for (int a = 0; a < width; a++) {
            for (int i = 0; i < rows; i++) {
                columns[a][i] += shifts[a];
                centred[a][i] = columns[a][i] - shifts[a];
            }
        }
        double[] target = new SplittableRandom(12).doubles(rows + 5, -1, 1).toArray();
        double[] products = new double[width];
        double[][] gram = TiledGram.centred(columns, shifts, target, rows, products);
        double[][] expected = TiledGram.of(centred, rows);
        for (int a = 0; a < width; a++) {
            assertArrayEquals(expected[a], gram[a], 0, "row " + a);
            double product = 0;
            for (int i = 0; i < rows; i++) {
                product += centred[a][i] * target[i];
            }
            assertEquals(product, products[a], 1e-12 * rows, "target product " + a);
        }
        assertMatches(naive(centred, rows, null), gram);
    }

    private static void assertMatches(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int a = 0; a < expected.length; a++) {
            for (int b = 0; b < expected.length; b++) {
                double scale = Math.sqrt(Math.abs(expected[a][a] * expected[b][b]));
                assertEquals(expected[a][b], actual[a][b], 1e-13 * scale, "entry " + a + ", " + b);
            }
        }
    }

    private static double[][] naive(double[][] columns, int rows, double[] weights) {
        int width = columns.length;
        double[][] gram = new double[width][width];
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < width; b++) {
                for (int i = 0; i < rows; i++) {
                    gram[a][b] += (weights == null ? 1 : weights[i]) * columns[a][i] * columns[b][i];
                }
            }
        }
        return gram;
    }

    private static double[][] random(int rows, int width, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[width][];
        for (int a = 0; a < width; a++) {
            columns[a] = random.doubles(rows, -1, 1).toArray();
            for (int i = 0; i < rows; i++) {
                columns[a][i] += a; // means apart from 0, so that entries differ in size
            }
        }
        return columns;
    }
}
