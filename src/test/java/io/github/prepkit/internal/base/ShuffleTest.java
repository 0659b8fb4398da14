package io.github.prepkit.internal.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShuffleTest {

    @Test
    void aPermutationHoldsEveryIndexOnceAndTheSeedFixesIt() {
        int[] permutation = Shuffle.permutation(100, new SplittableRandom(1));
        assertArrayEquals(Shuffle.identity(100), Arrays.stream(permutation).sorted().toArray());
        assertArrayEquals(permutation, Shuffle.permutation(100, new SplittableRandom(1)));
        assertNotEquals(Arrays.toString(permutation), Arrays.toString(Shuffle.permutation(100, new SplittableRandom(2))));
    }

    @Test
    void shufflesInPlaceAndLeavesTinyArraysAlone() {
        int[] values = {7};
        assertSame(values, Shuffle.inPlace(values, new SplittableRandom(3)));
        assertArrayEquals(new int[] {7}, values);
        assertArrayEquals(new int[0], Shuffle.permutation(0, new SplittableRandom(3)));
        assertArrayEquals(new int[] {0, 1, 2}, Shuffle.identity(3));
    }
}
