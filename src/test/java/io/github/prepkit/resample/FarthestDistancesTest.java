package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FarthestDistancesTest {

    /**
     * Against the definition: every candidate's distances to the whole minority from the exact neighbour search
     * (k = all minority rows), the last {@code count} summed nearest first, as NearMiss did before and
     * imbalanced-learn does. Small integer values make many ties; large and tiny magnitudes need the scaling.
     */
    @ParameterizedTest
    @CsvSource({"1, 3, 600, 4", "1, 1, 300, 1", "1e200, 3, 700, 3", "1e-200, 2, 300, 5", "1, 7, 1000, 23"})
    void scoresAreTheSumsOfTheFarthestDistancesFromTheNeighbourSearch(double magnitude, int count, int minority,
            int width) {
        SplittableRandom random = new SplittableRandom(count * 31L + width);
        int rows = 300 + minority;
        double[] matrix = new double[rows * width];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = random.nextInt(-4, 5) * magnitude;
        }
        int[] candidates = IntStream.range(0, 300).toArray();
        int[] minorityRows = IntStream.range(300, rows).toArray();
        double[][] distances = Neighbourhood.search(matrix, width, minorityRows, candidates, minority, 1).distances();
        double[] expected = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            for (int j = minority - count; j < minority; j++) {
                expected[i] += distances[i][j];
            }
        }
        for (int nJobs : new int[] {1, 2, -1}) {
            assertArrayEquals(expected, FarthestDistances.scores(matrix, width, candidates, minorityRows, count, nJobs),
                    "nJobs " + nJobs);
        }
    }

    @ParameterizedTest
    @CsvSource({"2", "5"})
    void aCountAsLargeAsTheMinoritySumsEveryDistance(int width) {
        double[] matrix = new double[4 * width];
        for (int j = 0; j < width; j++) {
            matrix[width + j] = 3;       // row 1: distance 3 sqrt(width) from row 0
            matrix[2 * width + j] = -1;  // row 2: distance sqrt(width)
            matrix[3 * width + j] = 0;   // row 3: distance 0
        }
        double[] scores = FarthestDistances.scores(matrix, width, new int[] {0}, new int[] {1, 2, 3}, 3, 1);
        assertEquals(0 + Math.sqrt(width) + Math.sqrt(9.0 * width), scores[0]);
    }
}
