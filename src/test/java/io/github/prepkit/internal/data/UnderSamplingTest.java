package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnderSamplingTest {

    private static final int[][] MEMBERS = {{0, 2, 4, 6, 8, 9}, {1, 3, 5, 7}};

    private static int kept(int[] counts, int[] members) {
        return Arrays.stream(members).map(row -> counts[row]).sum();
    }

    @Test
    void withoutReplacementEachClassKeepsADistinctSubsetOfItsTargetSize() {
        int[] counts = UnderSampling.counts(MEMBERS, new int[] {4, 4}, false, 10, new SplittableRandom(3));
        assertEquals(4, kept(counts, MEMBERS[0]));
        assertArrayEquals(new int[] {1, 1, 1, 1}, Arrays.stream(MEMBERS[1]).map(row -> counts[row]).toArray(),
                "a class keeping all its rows keeps each once");
        assertTrue(Arrays.stream(counts).allMatch(c -> c == 0 || c == 1));
        assertArrayEquals(counts, UnderSampling.counts(MEMBERS, new int[] {4, 4}, false, 10, new SplittableRandom(3)));
    }

    @Test
    void withReplacementTheDrawsSumToTheTargetAndMayRepeat() {
        boolean repeated = false;
        for (long seed = 0; seed < 20; seed++) {
            int[] counts = UnderSampling.counts(MEMBERS, new int[] {5, 4}, true, 10, new SplittableRandom(seed));
            assertEquals(5, kept(counts, MEMBERS[0]));
            assertArrayEquals(new int[] {1, 1, 1, 1}, Arrays.stream(MEMBERS[1]).map(row -> counts[row]).toArray());
            repeated |= Arrays.stream(MEMBERS[0]).anyMatch(row -> counts[row] > 1);
        }
        assertTrue(repeated, "some seed draws a row twice");
    }
}
