package io.github.prepkit.pipeline;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.Transformer;

/**
 * One named step before a pipeline's model: a transformer or a sampler, the other being null.
 *
 * @param name        the step's name, unique in its pipeline
 * @param transformer the transformer, or null
 * @param sampler     the sampler, or null
 */
record Step(String name, Transformer<?> transformer, Sampler sampler) {

    @Override
    public String toString() {
        return name + "=" + (transformer != null ? transformer : sampler);
    }
}
