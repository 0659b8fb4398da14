package io.github.prepkit.internal.data;

import java.util.SplittableRandom;

/**
 * Random under-sampling's draw, as imbalanced-learn's {@code RandomUnderSampler}: which rows each class keeps. Shared
 * by the under-sampler and the balanced random forest, which draws one such subset per tree.
 */
public final class UnderSampling {

    private UnderSampling() {
    }

    /**
     * How many times each of {@code rows} rows is drawn when class k keeps {@code targets[k]} of its rows
     * {@code members[k]}. Without replacement the class keeps a uniform subset (a partial Fisher-Yates shuffle of a
     * copy of its rows), so every count is 0 or 1; with replacement it takes {@code targets[k]} uniform draws, except
     * that a class keeping as many rows as it has keeps each once.
     *
     * @param members the rows of each class, not modified
     * @param targets each class's kept size, at most its size
     * @param rows    the number of rows, above every member
     * @param random  the generator every draw comes from, in class order
     * @return each row's count, summing to the sum of {@code targets}
     */
    public static int[] counts(int[][] members, int[] targets, boolean replacement, int rows,
            SplittableRandom random) {
        int[] counts = new int[rows];
        for (int k = 0; k < members.length; k++) {
            int[] rowsOfClass = members[k];
            if (!replacement) {
                int[] shuffled = rowsOfClass.clone();
                for (int i = 0; i < targets[k]; i++) {
                    int j = i + random.nextInt(shuffled.length - i);
                    int chosen = shuffled[j];
                    shuffled[j] = shuffled[i];
                    shuffled[i] = chosen;
                    counts[chosen]++;
                }
            } else if (targets[k] == rowsOfClass.length) {
                for (int row : rowsOfClass) {
                    counts[row]++;
                }
            } else {
                for (int i = 0; i < targets[k]; i++) {
                    counts[rowsOfClass[random.nextInt(rowsOfClass.length)]]++;
                }
            }
        }
        return counts;
    }
}
