package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainSizesTest {

    @Test
    void fractionsAreFlooredClippedToOneDeduplicatedAndSorted() {
        assertArrayEquals(new int[] {8, 26, 44, 62, 80}, TrainSizes.DEFAULT.absolute(80, "t"));
        assertArrayEquals(new int[] {1, 5, 10}, TrainSizes.fractions(1.0, 0.5, 0.01, 0.55).absolute(10, "t"));
        // 0.7 x 10 is 7.000000000000001 in doubles and 0.29 x 100 is 28.999999999999996: truncated, as numpy's astype
        assertArrayEquals(new int[] {7}, TrainSizes.fractions(0.7).absolute(10, "t"));
        assertArrayEquals(new int[] {28}, TrainSizes.fractions(0.29).absolute(100, "t"));
    }

    @Test
    void countsAreDeduplicatedSortedAndBoundedByTheFold() {
        assertArrayEquals(new int[] {3, 9}, TrainSizes.counts(9, 3, 9).absolute(9, "t"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainSizes.counts(3, 10).absolute(9, "LearningCurve"));
        assertEquals("LearningCurve: trainSizes as counts must be within (0, 9], the training rows of the first fold,"
                + " found [3, 10]", e.getMessage());
    }

    @Test
    void rejectsEmptyOrOutOfRangeSizes() {
        assertThrows(IllegalArgumentException.class, TrainSizes::fractions);
        assertThrows(IllegalArgumentException.class, TrainSizes::counts);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainSizes.fractions(0.5, 1.5)).getMessage()
                .contains("within (0, 1]"));
        assertThrows(IllegalArgumentException.class, () -> TrainSizes.fractions(0.0));
        assertThrows(IllegalArgumentException.class, () -> TrainSizes.fractions(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> TrainSizes.counts(0));
        assertThrows(IllegalArgumentException.class, () -> TrainSizes.fractions((double[]) null));
    }

    @Test
    void equalWhenTheSameKindAndValues() {
        assertEquals(TrainSizes.fractions(0.5), TrainSizes.fractions(0.5));
        assertEquals(TrainSizes.counts(5).hashCode(), TrainSizes.counts(5).hashCode());
        assertTrue(!TrainSizes.counts(1).equals(TrainSizes.fractions(1.0)));
        assertEquals("counts [5]", TrainSizes.counts(5).toString());
    }
}
