package io.github.prepkit.internal.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class SortedFeaturesTest {

    @Test
    void sortsEachFeatureWithTiesInRowOrderAndRanksDistinctValues() {
        Table table = Table.create("t",
                DoubleColumn.create("a", new double[] {3, -1, 3, 0, -0.0, -Double.MAX_VALUE}),
                DoubleColumn.create("b", new double[] {1, 1, 1, 1, 1, 1}));
        SortedFeatures sorted = SortedFeatures.of(FeatureMatrix.of(table, "test"));
        assertEquals(6, sorted.rows());
        assertEquals(2, sorted.features());
        // -0.0 sorts before 0.0 but shares its rank: they are the same value to a threshold
        assertArrayEquals(new int[] {5, 1, 4, 3, 0, 2}, rows(sorted.entries(0)));
        assertArrayEquals(new int[] {0, 1, 2, 2, 3, 3}, ranks(sorted.entries(0)));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, rows(sorted.entries(1)));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, ranks(sorted.entries(1)));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, sorted.column(1));
    }

    @Test
    void argsortAgreesWithAStableComparisonSort() {
        SplittableRandom random = new SplittableRandom(7);
        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(4) == 0 ? random.nextInt(10) : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-300, 300));
        }
        int[] expected = IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble(i -> values[i])).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, SortedFeatures.argsort(values));
        assertArrayEquals(new int[0], SortedFeatures.argsort(new double[0]));
    }

    private static int[] rows(long[] entries) {
        return Arrays.stream(entries).mapToInt(SortedFeatures::row).toArray();
    }

    private static int[] ranks(long[] entries) {
        return Arrays.stream(entries).mapToInt(SortedFeatures::rank).toArray();
    }
}
