package io.github.prepkit.internal.base;

import java.util.SplittableRandom;

/** Row orders for the splitters and the inspection tools: in order, or permuted by a seeded generator. */
public final class Shuffle {

    private Shuffle() {
    }

    /**
     * Shuffles {@code values} in place (Fisher-Yates) and returns it.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public static int[] inPlace(int[] values, SplittableRandom random) {
        if (values == null || random == null) {
            throw new IllegalArgumentException("Shuffle needs values and a generator, found "
                    + (values == null ? "null values" : "a null generator"));
        }
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** A random permutation of 0..n-1. */
    public static int[] permutation(int n, SplittableRandom random) {
        return inPlace(identity(n), random);
    }

    /** 0..n-1 in order. */
    public static int[] identity(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }
}
