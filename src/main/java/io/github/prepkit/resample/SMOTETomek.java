package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;

/**
 * Over-samples with {@link SMOTE}, then removes the Tomek links of the result with {@link TomekLinks}, as
 * imbalanced-learn's {@code SMOTETomek}: {@code new SMOTETomek().seed(0).fitResample(train, "label")}. The result is
 * what {@code tomek} keeps of {@code smote}'s output, in that output's order (imbalanced-learn groups it by class). Its
 * class counts differ from imbalanced-learn's, since SMOTE's draws come from Java's generator, not NumPy's.
 *
 * @param smote the over-sampler (default {@code new SMOTE()}: every class grows to the majority's size)
 * @param tomek the cleaner (default {@code new TomekLinks().samplingStrategy(SamplingStrategy.ALL)}: both rows of
 *              every link removed, as imbalanced-learn's default)
 */
public record SMOTETomek(SMOTE smote, TomekLinks tomek) implements Sampler {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if one is null
     */
    public SMOTETomek {
        Checks.notNull(smote, "smote");
        Checks.notNull(tomek, "tomek");
    }

    /** imbalanced-learn's defaults: SMOTE's, then Tomek links removed from every class. */
    public SMOTETomek() {
        this(new SMOTE(), new TomekLinks().samplingStrategy(SamplingStrategy.ALL));
    }

    /** A copy with another over-sampler. */
    public SMOTETomek smote(SMOTE smote) {
        return new SMOTETomek(smote, tomek);
    }

    /** A copy with another cleaner. */
    public SMOTETomek tomek(TomekLinks tomek) {
        return new SMOTETomek(smote, tomek);
    }

    /** A copy whose SMOTE grows the classes {@code samplingStrategy} names (imbalanced-learn's sampling_strategy). */
    public SMOTETomek samplingStrategy(SamplingStrategy samplingStrategy) {
        return new SMOTETomek(smote.samplingStrategy(samplingStrategy), tomek);
    }

    /** A copy whose SMOTE draws from {@code seed} (imbalanced-learn's random_state). */
    public SMOTETomek seed(long seed) {
        return new SMOTETomek(smote.seed(seed), tomek);
    }

    /** A copy whose SMOTE and Tomek links search neighbours on {@code nJobs} threads. */
    public SMOTETomek nJobs(int nJobs) {
        return new SMOTETomek(smote.nJobs(nJobs), tomek.nJobs(nJobs));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also as {@link SMOTE#fitResample} and {@link TomekLinks#sampleIndices}
     */
    @Override
    public Table fitResample(Table data, String target) {
        return tomek.fitResample(smote.fitResample(data, target), target);
    }
}
