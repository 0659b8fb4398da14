package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.ReferenceCase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** NumPy's argsort order: ties as its quicksort leaves them (reference case), and a correct sort of anything. */
class NumpyQuicksortTest {

    @Test
    @SuppressWarnings("unchecked")
    void tiesComeOutInNumpysOrder() {
        Map<String, Object> expected = (Map<String, Object>) ReferenceCase.of("feature_selection/rfe_argsort_ties")
                .expectedJson();
        List<List<Number>> arrays = (List<List<Number>>) expected.get("arrays");
        List<List<Number>> orders = (List<List<Number>>) expected.get("argsort");
        assertTrue(arrays.size() > 20);
        for (int a = 0; a < arrays.size(); a++) {
            double[] values = arrays.get(a).stream().mapToDouble(Number::doubleValue).toArray();
            int[] order = orders.get(a).stream().mapToInt(Number::intValue).toArray();
            assertArrayEquals(order, NumpyQuicksort.argsort(values), "array " + a + " of " + values.length);
        }
    }

    @Test
    void upToSixteenValuesTiesKeepTheirOrder() {
        assertArrayEquals(new int[] {1, 3, 0, 2, 4}, NumpyQuicksort.argsort(new double[] {2, 1, 2, 1, 2}));
        assertArrayEquals(new int[] {}, NumpyQuicksort.argsort(new double[0]));
        assertArrayEquals(new int[] {0}, NumpyQuicksort.argsort(new double[] {Double.NaN}));
        assertArrayEquals(new int[] {1, 2, 0}, NumpyQuicksort.argsort(new double[] {Double.NaN, -1, 0}));
    }

    @Test
    void sortsAnyArrayItIsGiven() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = random.nextInt(2000);
            double[] values = new double[n];
            int distinct = 1 + random.nextInt(trial % 3 == 0 ? 3 : 1000);
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(distinct);
            }
            if (trial % 10 == 0) {
                Arrays.sort(values); // sorted input: the partitions' worst case for a poor pivot
            }
            int[] order = NumpyQuicksort.argsort(values);
            boolean[] seen = new boolean[n];
            for (int r = 0; r < n; r++) {
                seen[order[r]] = true;
                assertTrue(r == 0 || values[order[r - 1]] <= values[order[r]], "trial " + trial + " at " + r);
            }
            assertEquals(n, (int) IntStream.range(0, n).filter(i -> seen[i]).count());
        }
    }

    @Test
    void theHeapsortBelowTheDepthLimitSortsItsSlice() {
        double[] values = {5, 3, 3, 9, 1, 0, 3, 7};
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        NumpyQuicksort.heapsort(values, order, 2, 5);
        assertEquals(0, order[0]);
        assertEquals(1, order[1]);
        assertArrayEquals(new double[] {0, 1, 3, 3, 9}, IntStream.of(order).skip(2).limit(5).mapToDouble(i -> values[i])
                .toArray());
        assertEquals(7, order[7]);
    }
}
