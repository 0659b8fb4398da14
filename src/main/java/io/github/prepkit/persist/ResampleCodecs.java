package io.github.prepkit.persist;

import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SamplingStrategy;
import java.util.List;

/**
 * The codecs of {@code io.github.prepkit.resample}. Samplers act at fit only, so no fitted model holds one; a
 * pipeline's estimator does, and the file keeps it so the pipeline can be fitted again.
 */
final class ResampleCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("RandomOverSampler", RandomOverSampler.class,
                    (sampler, p) -> strategy(p, sampler.samplingStrategy()).integer("seed", sampler.seed()),
                    p -> new RandomOverSampler(strategy(p), p.integer("seed"))),
            Codec.parameters("RandomUnderSampler", RandomUnderSampler.class,
                    (sampler, p) -> strategy(p, sampler.samplingStrategy()).integer("seed", sampler.seed()),
                    p -> new RandomUnderSampler(strategy(p), p.integer("seed"))),
            Codec.parameters("SMOTE", SMOTE.class,
                    (smote, p) -> strategy(p, smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("nJobs", smote.nJobs()),
                    p -> new SMOTE(strategy(p), p.integer("seed"), p.intValue("kNeighbors"), p.intValue("nJobs"))),
            Codec.parameters("BorderlineSMOTE", BorderlineSMOTE.class,
                    (smote, p) -> strategy(p, smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("mNeighbors", smote.mNeighbors())
                            .choice("kind", smote.kind()).integer("nJobs", smote.nJobs()),
                    p -> new BorderlineSMOTE(strategy(p), p.integer("seed"), p.intValue("kNeighbors"),
                            p.intValue("mNeighbors"), p.choice("kind", BorderlineSMOTE.Kind.values()), p.intValue("nJobs"))),
            Codec.parameters("SMOTENC", SMOTENC.class,
                    (smote, p) -> strategy(p.strings("categoricalColumns", smote.categoricalColumns()),
                            smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("nJobs", smote.nJobs()),
                    p -> new SMOTENC(p.strings("categoricalColumns"), strategy(p), p.integer("seed"),
                            p.intValue("kNeighbors"), p.intValue("nJobs"))));

    private ResampleCodecs() {
    }

    /** Writes {@code strategy} as parameter {@code samplingStrategy}; the balanced forest's codec shares it. */
    static NodeWriter strategy(NodeWriter params, SamplingStrategy strategy) {
        return params.object("samplingStrategy", s -> s.choice("kind", strategy.kind())
                .number("ratio", strategy.ratio()).counts("counts", strategy.counts()));
    }

    /** Reads parameter {@code samplingStrategy}. */
    static SamplingStrategy strategy(NodeReader params) {
        NodeReader s = params.object("samplingStrategy");
        return new SamplingStrategy(s.choice("kind", SamplingStrategy.Kind.values()), s.number("ratio"),
                s.counts("counts"));
    }
}
