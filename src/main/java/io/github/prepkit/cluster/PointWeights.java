package io.github.prepkit.cluster;

import io.github.prepkit.internal.data.BinaryScale;
import java.util.Arrays;

/**
 * The points' sample weights as the Lloyd steps use them: multiplied by one power of two when the largest is far from
 * 1 (beyond 2^±250), so that the weighted sums of the points and of their squared distances neither overflow nor
 * underflow; the weighted inertia is divided by it again ({@link #undo}). Multiplying by a power of two is exact, so
 * the centres and labels are, bit for bit, those of the weights as given (see {@link BinaryScale}); ordinary weights
 * are not scaled at all.
 *
 * @param values one weight per point, scaled
 * @param scale  the power of two the given weights were multiplied by
 */
record PointWeights(double[] values, BinaryScale scale) {

    /** A weight of 1 for each of {@code rows} points: the unweighted fit, bit for bit (a point times 1 is itself). */
    static PointWeights unit(int rows) {
        double[] ones = new double[rows];
        Arrays.fill(ones, 1);
        return new PointWeights(ones, BinaryScale.ONE);
    }

    /** {@code weights} (checked: finite, at least 0, a positive finite sum; owned by the caller), scaled if need be. */
    static PointWeights of(double[] weights) {
        BinaryScale scale = BinaryScale.of(BinaryScale.maxAbs(weights), 2);
        return new PointWeights(scale.apply(weights), scale);
    }

    /** A sum of squared distances times the scaled weights, in the given weights' units. */
    double undo(double weightedSum) {
        return scale.undo(weightedSum);
    }
}
