package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;

class MedianSelectionTest {

    private static final double NaN = Double.NaN;

    @Test
    void middleValueOrMeanOfTheTwoMiddleOnesSkippingNaN() {
        assertEquals(3.0, MedianSelection.inPlace(new double[] {5, 1, 3}));
        assertEquals(2.5, MedianSelection.inPlace(new double[] {4, NaN, 1, 3, 2}));
        assertEquals(7.0, MedianSelection.inPlace(new double[] {NaN, 7}));
        assertEquals(NaN, MedianSelection.inPlace(new double[] {NaN, NaN}));
        assertEquals(NaN, MedianSelection.inPlace(new double[0]));
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
            double expected = sortedMedian(values);
            assertEquals(expected, MedianSelection.inPlace(values.clone()), 1e-12, () -> Arrays.toString(values));
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
                assertEquals(sortedMedian(values), MedianSelection.inPlace(values.clone()), 1e-12);
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
        assertEquals(sortedMedian(values), MedianSelection.inPlace(values.clone()));
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
            double expected = sortedMedian(values);
            assertEquals(expected, MedianSelection.inPlace(values.clone()), () -> Arrays.toString(values));
        }
        assertEquals(-0.0, MedianSelection.inPlace(new double[] {0.0, -0.0, 1, -0.0, -1}));
        assertEquals(0.0, MedianSelection.inPlace(new double[] {-0.0, 0.0, 0.0}));
    }

    @Test
    void aColumnIsReadWithoutChangeAndAgreesWithTheSortedMedian() {
        SplittableRandom random = new SplittableRandom(13);
        for (int n : new int[] {5, 65_536, 100_001, 300_000}) {
            double[] gaussian = new double[n];
            double[] ties = new double[n];
            double[] mostlyMissing = new double[n];
            for (int i = 0; i < n; i++) {
                gaussian[i] = random.nextDouble() < 0.05 ? NaN : random.nextGaussian();
                ties[i] = random.nextDouble() < 0.05 ? NaN : random.nextInt(3);
                mostlyMissing[i] = random.nextDouble() < 0.9 ? NaN : random.nextGaussian();
            }
            double[] sorted = gaussian.clone();
            Arrays.sort(sorted);
            double[] strided = new double[n];
            for (int i = 0; i < n; i++) {
                strided[i] = i % 16 == 0 ? 1e6 + i : i; // the stride sample sees only the large values
            }
            for (double[] values : List.of(gaussian, ties, mostlyMissing, sorted, strided)) {
                DoubleColumn column = DoubleColumn.create("x", values);
                assertEquals(sortedMedian(values), MedianSelection.ofFiniteColumn(column, "Step"));
                assertArrayEquals(values, column.asDoubleArray());
            }
        }
    }

    @Test
    void aColumnOfSignedZerosGivesTheZeroOfTheSortedOrder() {
        SplittableRandom random = new SplittableRandom(17);
        double[] pool = {-0.0, 0.0, -1e-300, 1e-300, NaN};
        for (int trial = 0; trial < 20; trial++) {
            double[] values = new double[70_000 + trial];
            for (int i = 0; i < values.length; i++) {
                values[i] = pool[random.nextInt(pool.length)];
            }
            DoubleColumn column = DoubleColumn.create("x", values);
            assertEquals(sortedMedian(values), MedianSelection.ofFiniteColumn(column, "Step"));
        }
    }

    @Test
    void anInfiniteValueInAColumnFailsNamingTheStepTheColumnAndTheFirstRow() {
        for (int n : new int[] {10, 200_000}) {
            double[] values = new double[n];
            Arrays.setAll(values, i -> i % 20 == 0 ? NaN : i);
            values[n / 2 + 1] = Double.NEGATIVE_INFINITY;
            values[n - 1] = Double.POSITIVE_INFINITY;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MedianSelection.ofFiniteColumn(DoubleColumn.create("price", values), "SimpleImputer"));
            assertEquals("SimpleImputer: column 'price' has an infinite value in row " + (n / 2 + 1), e.getMessage());
        }
    }

    /** The median by a full sort, -0.0 before 0.0 (an independent computation to check selection against). */
    static double sortedMedian(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : BinaryScale.midpoint(sorted[n / 2 - 1], sorted[n / 2]);
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
