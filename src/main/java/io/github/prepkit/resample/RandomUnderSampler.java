package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.UnderSampling;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by dropping rows: each class the strategy chooses keeps a random subset of its rows (drawn without
 * replacement) of its target size, as imbalanced-learn's {@code RandomUnderSampler}. The kept rows stay in their
 * original order (imbalanced-learn groups them by class). Works on any column types.
 *
 * @param samplingStrategy which classes shrink, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the draws
 */
public record RandomUnderSampler(SamplingStrategy samplingStrategy, long seed) implements SelectingSampler {

    private static final String STEP = "RandomUnderSampler";

    /** Validates the strategy. */
    public RandomUnderSampler {
        Checks.notNull(samplingStrategy, "samplingStrategy");
    }

    /** imbalanced-learn's defaults: every class but the minority shrinks to the minority's size; seed 0. */
    public RandomUnderSampler() {
        this(SamplingStrategy.AUTO, 0);
    }

    /** A copy with another strategy. */
    public RandomUnderSampler samplingStrategy(SamplingStrategy samplingStrategy) {
        return new RandomUnderSampler(samplingStrategy, seed);
    }

    /** A copy with another seed. */
    public RandomUnderSampler seed(long seed) {
        return new RandomUnderSampler(samplingStrategy, seed);
    }

    @Override
    public int[] sampleIndices(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        int[] sizes = classes.sizes();
        int[] targets = samplingStrategy.targets(sizes, classes.names(), false, STEP);
        int[][] members = IntStream.range(0, sizes.length).mapToObj(classes::members).toArray(int[][]::new);
        int[] kept = UnderSampling.counts(members, targets, false, data.rowCount(), new SplittableRandom(seed));
        return IntStream.range(0, kept.length).filter(i -> kept[i] > 0).toArray();
    }
}
