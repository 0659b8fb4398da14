package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Over-samples by repeating rows: each class the strategy chooses gets copies of its own rows, drawn at random
 * with replacement, until it reaches its target size, as imbalanced-learn's {@code RandomOverSampler}. The result
 * holds the original rows first, then the copies, class by class in class order. Works on any column types.
 *
 * @param samplingStrategy which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the draws
 */
public record RandomOverSampler(SamplingStrategy samplingStrategy, long seed) implements Sampler {

    private static final String STEP = "RandomOverSampler";

    /** Validates the strategy. */
    public RandomOverSampler {
        Checks.notNull(samplingStrategy, "samplingStrategy");
    }

    /** imbalanced-learn's defaults: every class but the majority grows to the majority's size; seed 0. */
    public RandomOverSampler() {
        this(SamplingStrategy.AUTO, 0);
    }

    /** A copy with another strategy. */
    public RandomOverSampler samplingStrategy(SamplingStrategy samplingStrategy) {
        return new RandomOverSampler(samplingStrategy, seed);
    }

    /** A copy with another seed. */
    public RandomOverSampler seed(long seed) {
        return new RandomOverSampler(samplingStrategy, seed);
    }

    @Override
    public Table fitResample(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        int[] sizes = classes.sizes();
        int[] targets = samplingStrategy.targets(sizes, classes.names(), true, STEP);
        SplittableRandom random = new SplittableRandom(seed);
        IntStream.Builder rows = IntStream.builder();
        IntStream.range(0, data.rowCount()).forEach(rows::add);
        for (int k = 0; k < sizes.length; k++) {
            int[] members = classes.members(k);
            for (int i = sizes[k]; i < targets[k]; i++) {
                rows.add(members[random.nextInt(members.length)]);
            }
        }
        return Tables.rows(data, rows.build().toArray());
    }
}
