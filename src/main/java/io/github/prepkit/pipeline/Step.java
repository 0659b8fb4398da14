package io.github.prepkit.pipeline;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.base.Transformer;

/** One named step before a pipeline's final model: a transformer (one that learns from the target, too) or a sampler. */
public sealed interface Step permits Step.Transform, Step.SupervisedTransform, Step.Resample {

    /** The step's name, unique in its pipeline. */
    String name();

    /**
     * A transformer, fitted on the previous step's output and applied at fit and at prediction.
     *
     * @param name        the step's name
     * @param transformer the transformer
     */
    record Transform(String name, Transformer<?> transformer) implements Step {

        @Override
        public String toString() {
            return name + "=" + transformer;
        }
    }

    /**
     * A transformer that learns from the target as well, fitted on the previous step's output and its target, and
     * applied at fit (to the rows it gives the next step, {@link SupervisedTransformer#trainingOutput}) and at
     * prediction.
     *
     * @param name        the step's name
     * @param transformer the transformer
     */
    record SupervisedTransform(String name, SupervisedTransformer<?> transformer) implements Step {

        @Override
        public String toString() {
            return name + "=" + transformer;
        }
    }

    /**
     * A sampler, which resamples the rows with their target at fit only.
     *
     * @param name    the step's name
     * @param sampler the sampler
     */
    record Resample(String name, Sampler sampler) implements Step {

        @Override
        public String toString() {
            return name + "=" + sampler;
        }
    }
}
