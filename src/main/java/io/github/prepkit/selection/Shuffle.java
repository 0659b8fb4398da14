package io.github.prepkit.selection;

import java.util.SplittableRandom;

/** Row orders for the splitters: in order, or permuted by a seeded generator. */
final class Shuffle {

    private Shuffle() {
    }

    /** Shuffles {@code values} in place (Fisher-Yates) and returns it. */
    static int[] inPlace(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** A random permutation of 0..n-1. */
    static int[] permutation(int n, SplittableRandom random) {
        return inPlace(identity(n), random);
    }

    /** 0..n-1 in order. */
    static int[] identity(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }
}
