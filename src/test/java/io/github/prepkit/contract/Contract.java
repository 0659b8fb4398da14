package io.github.prepkit.contract;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;

/**
 * One entry of the contract suite's registry: how to build an estimator, transformer, sampler or detector with
 * its defaults (or light settings), the data it is fitted on, and the hooks for the checks that do not apply to
 * every class.
 *
 * @param type             the class under contract
 * @param estimator        builds it
 * @param data             builds the table it is fitted on (a fresh one per call)
 * @param target           the target column, or null for unsupervised steps
 * @param withOtherThreads a copy on another number of threads (nJobs 1 vs 2), or null where there is no nJobs
 * @param invalid          builds it with an invalid parameter, or null where no parameter can be invalid
 * @param invalidParameter the parameter the resulting message must name
 * @param infinityStep     the step an infinite value's message names (the class's own name unless a pipeline's step
 *                         refuses it), or null where infinity is accepted, as scikit-learn's encoder and
 *                         imbalanced-learn's random samplers accept it
 * @param saveable         whether the fitted model can be saved to a model file: false where it holds user code (a
 *                         lambda), which the file refuses, naming it
 */
record Contract(Class<?> type, Supplier<Object> estimator, Supplier<Table> data, String target,
        UnaryOperator<Object> withOtherThreads, Runnable invalid, String invalidParameter, String infinityStep,
        boolean saveable) {

    static Contract of(Class<?> type, Supplier<Object> estimator, Supplier<Table> data, String target) {
        return new Contract(type, estimator, data, target, null, null, null, type.getSimpleName(), true);
    }

    Contract threads(UnaryOperator<Object> withOtherThreads) {
        return new Contract(type, estimator, data, target, withOtherThreads, invalid, invalidParameter, infinityStep,
                saveable);
    }

    Contract invalid(Runnable invalid, String parameter) {
        return new Contract(type, estimator, data, target, withOtherThreads, invalid, parameter, infinityStep, saveable);
    }

    /** A copy whose infinite values are refused by {@code step} (a pipeline's first numeric step), or accepted (null). */
    Contract infinityRefusedBy(String step) {
        return new Contract(type, estimator, data, target, withOtherThreads, invalid, invalidParameter, step, saveable);
    }

    /**
     * A copy whose fitted model holds user code, so that saving it must fail naming the lambda instead of round
     * tripping, and Spark, which ships a model as its file, cannot run it.
     */
    Contract unsaveable() {
        return new Contract(type, estimator, data, target, withOtherThreads, invalid, invalidParameter, infinityStep,
                false);
    }

    @Override
    public String toString() {
        return type.getSimpleName() + (target == null ? "" : " (target " + target + ")");
    }
}
