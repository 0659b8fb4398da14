package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InPlaceMedianTest {

    private static final double NaN = Double.NaN;

    @Test
    void middleValueOrMeanOfTheTwoMiddleOnesSkippingNaN() {
        assertEquals(3.0, InPlaceMedian.of(new double[] {5, 1, 3}));
        assertEquals(2.5, InPlaceMedian.of(new double[] {4, NaN, 1, 3, 2}));
        assertEquals(7.0, InPlaceMedian.of(new double[] {NaN, 7}));
        assertEquals(NaN, InPlaceMedian.of(new double[] {NaN, NaN}));
        assertEquals(NaN, InPlaceMedian.of(new double[0]));
    }

    @Test
    void agreesWithQuantilesOnRandomSortedReversedAndTiedArrays() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(trial < 200 ? 40 : 5000);
            int levels = 1 + random.nextInt(n + 1);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextDouble() < 0.1 ? NaN : random.nextInt(levels);
            }
            switch (trial % 3) {
                case 1 -> Arrays.sort(values);
                case 2 -> reverse(values);
                default -> { }
            }
            double expected = Quantiles.median(values);
            assertEquals(expected, InPlaceMedian.of(values.clone()), 1e-12, () -> Arrays.toString(values));
        }
    }

    @Test
    void largeArraysTakeTheSampledBracketAndStillAgree() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n : new int[] {65_536, 100_001, 300_000}) {
            double[] gaussian = new double[n];
            double[] ties = new double[n];
            for (int i = 0; i < n; i++) {
                gaussian[i] = random.nextDouble() < 0.05 ? NaN : random.nextGaussian();
                ties[i] = random.nextInt(7);
            }
            double[] sorted = gaussian.clone();
            Arrays.sort(sorted);
            for (double[] values : List.of(gaussian, ties, sorted)) {
                assertEquals(Quantiles.median(values), InPlaceMedian.of(values.clone()), 1e-12);
            }
        }
    }

    @Test
    void aSampleThatMissesTheMedianFallsBackToTheFullSelection() {
        // the stride sample reads every 16th value, all of them far above the others
        int n = 65_536;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 16 == 0 ? 1e6 + i : i;
        }
        assertEquals(Quantiles.median(values), InPlaceMedian.of(values.clone()));
    }

    @Test
    void aZeroMedianHasTheSignOfTheSortedOrderWhereverTheZerosLie() {
        SplittableRandom random = new SplittableRandom(11);
        double[] pool = {-0.0, 0.0, -1, 1, NaN};
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + random.nextInt(trial < 300 ? 12 : 70_000);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = pool[random.nextInt(pool.length)];
            }
            double expected = OrderStatistics.of(values).median();
            assertEquals(expected, InPlaceMedian.of(values.clone()), () -> Arrays.toString(values));
        }
        assertEquals(-0.0, InPlaceMedian.of(new double[] {0.0, -0.0, 1, -0.0, -1}));
        assertEquals(0.0, InPlaceMedian.of(new double[] {-0.0, 0.0, 0.0}));
    }

    private static void reverse(double[] values) {
        Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
