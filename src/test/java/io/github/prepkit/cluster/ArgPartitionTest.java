package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Expected orders from numpy 1.24.2: {@code np.argpartition(v, -m)[:-m-1:-1]}. */
class ArgPartitionTest {

    @Test
    void followsNumpysOrderOnTies() {
        double[] v = {5, 1, 5, 3, 5, 2};
        assertArrayEquals(new int[] {4}, ArgPartition.largest(v, 1), "the last of equal maxima");
        assertArrayEquals(new int[] {2, 4}, ArgPartition.largest(v, 2));
        assertArrayEquals(new int[] {2, 4, 0}, ArgPartition.largest(v, 3));
        assertArrayEquals(new int[] {6, 1}, ArgPartition.largest(new double[] {4, 4, 4, 4, 4, 4, 4}, 2));
        assertArrayEquals(new int[] {2, 0, 1}, ArgPartition.largest(new double[] {2, 1, 3}, 3));
        double[] levels = {3, 0, 0, 0, 0, 3, 3, 2, 0, 0, 1, 1, 2, 1, 1, 0, 2, 2, 0, 0, 1, 1, 3, 2, 1, 1, 2, 2, 0, 2, 3, 3,
            3, 1, 1, 2, 2, 2, 3, 1, 3, 0, 0, 3, 3, 1, 0, 1, 0, 3, 2, 2, 0, 1, 0, 3, 1, 0, 1, 2};
        assertArrayEquals(new int[] {0, 31, 30, 43, 49, 40}, ArgPartition.largest(levels, 6));
    }

    @Test
    void followsNumpysOrderOnDistinctValues() {
        double[] v = {0.3, 0.9, 0.1, 0.8, 0.7, 0.95, 0.2, 0.85};
        assertArrayEquals(new int[] {7, 1, 5, 3}, ArgPartition.largest(v, 4), "not sorted: numpy's partition order");
        assertArrayEquals(new int[] {19, 18, 17}, ArgPartition.largest(rolled(40), 3));
        // long enough for the median-of-medians fallback
        assertArrayEquals(new int[] {99, 98, 97, 96, 95}, ArgPartition.largest(rolled(200), 5));
    }

    @Test
    void selectsTheLargestValues() {
        SplittableRandom random = new SplittableRandom(9);
        for (int trial = 0; trial < 200; trial++) {
            double[] v = random.doubles(1 + random.nextInt(300), 0, 10).map(Math::floor).toArray();
            int count = 1 + random.nextInt(Math.min(v.length, 8));
            double[] selected = Arrays.stream(ArgPartition.largest(v, count)).mapToDouble(i -> v[i]).sorted().toArray();
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            assertArrayEquals(Arrays.copyOfRange(sorted, v.length - count, v.length), selected);
        }
    }

    /** numpy's {@code np.roll(np.arange(n), n // 2)}. */
    private static double[] rolled(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[(i + n / 2) % n] = i;
        }
        return v;
    }
}
