package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;

/**
 * Over-samples with {@link SMOTE}, then cleans the result with {@link EditedNearestNeighbours}, as
 * imbalanced-learn's {@code SMOTEENN}: {@code new SMOTEENN().seed(0).fitResample(train, "label")}. The result is
 * what {@code enn} keeps of {@code smote}'s output, in that output's order (imbalanced-learn groups it by class). Its
 * class counts differ from imbalanced-learn's, since SMOTE's draws come from Java's generator, not NumPy's.
 *
 * @param smote the over-sampler (default {@code new SMOTE()}: every class grows to the majority's size)
 * @param enn   the cleaner (default {@code new EditedNearestNeighbours().samplingStrategy(SamplingStrategy.ALL)}: every
 *              class cleaned, as imbalanced-learn's default)
 */
public record SMOTEENN(SMOTE smote, EditedNearestNeighbours enn) implements Sampler {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if one is null
     */
    public SMOTEENN {
        Checks.notNull(smote, "smote");
        Checks.notNull(enn, "enn");
    }

    /** imbalanced-learn's defaults: SMOTE's, then ENN's cleaning every class. */
    public SMOTEENN() {
        this(new SMOTE(), new EditedNearestNeighbours().samplingStrategy(SamplingStrategy.ALL));
    }

    /** A copy with another over-sampler. */
    public SMOTEENN smote(SMOTE smote) {
        return new SMOTEENN(smote, enn);
    }

    /** A copy with another cleaner. */
    public SMOTEENN enn(EditedNearestNeighbours enn) {
        return new SMOTEENN(smote, enn);
    }

    /** A copy whose SMOTE grows the classes {@code samplingStrategy} names (imbalanced-learn's sampling_strategy). */
    public SMOTEENN samplingStrategy(SamplingStrategy samplingStrategy) {
        return new SMOTEENN(smote.samplingStrategy(samplingStrategy), enn);
    }

    /** A copy whose SMOTE draws from {@code seed} (imbalanced-learn's random_state). */
    public SMOTEENN seed(long seed) {
        return new SMOTEENN(smote.seed(seed), enn);
    }

    /** A copy whose SMOTE and ENN search neighbours on {@code nJobs} threads. */
    public SMOTEENN nJobs(int nJobs) {
        return new SMOTEENN(smote.nJobs(nJobs), enn.nJobs(nJobs));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also as {@link SMOTE#fitResample} and {@link EditedNearestNeighbours#sampleIndices}
     */
    @Override
    public Table fitResample(Table data, String target) {
        return enn.fitResample(smote.fitResample(data, target), target);
    }
}
