package io.github.prepkit.ensemble;

import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.resample.SamplingStrategy;
import java.util.Arrays;

/**
 * What the ensembles that under-sample their members' rows share (the balanced forest, RUSBoost): each class's kept
 * size under a sampling strategy, and the row list of a draw's counts.
 */
final class UnderSamples {

    private UnderSamples() {
    }

    /**
     * The size each class keeps under {@code strategy}, as a random under-sampler's.
     *
     * @throws IllegalArgumentException if the strategy does not fit the classes (an unknown class, a size above a
     *                                  class's own, a ratio with other than two classes)
     */
    static int[] targets(SamplingStrategy strategy, ClassLabels labels, String step) {
        long[] sizes = Arrays.stream(labels.members()).mapToLong(m -> m.length).toArray();
        return Arrays.stream(strategy.targets(sizes, labels.names(), false, step)).mapToInt(Math::toIntExact).toArray();
    }

    /** The rows of a draw whose row counts are {@code counts}, each as often as it was drawn, in row order. */
    static int[] rows(int[] counts) {
        int[] drawn = new int[Arrays.stream(counts).sum()];
        int at = 0;
        for (int row = 0; row < counts.length; row++) {
            for (int c = 0; c < counts[row]; c++) {
                drawn[at++] = row;
            }
        }
        return drawn;
    }
}
