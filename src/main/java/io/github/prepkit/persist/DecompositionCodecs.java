package io.github.prepkit.persist;

import io.github.prepkit.decomposition.PCA;
import io.github.prepkit.decomposition.PCAModel;
import java.util.List;

/** The codecs of {@code io.github.prepkit.decomposition}. */
final class DecompositionCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("PCA", PCA.class,
                    (pca, p) -> p.number("nComponents", pca.nComponents()).bool("whiten", pca.whiten())
                            .strings("columns", pca.columns()),
                    p -> new PCA(p.number("nComponents"), p.bool("whiten"), p.strings("columns"))),
            Codec.model("PCAModel", PCAModel.class, PCA.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("mean", model.mean())
                            .matrix("components", model.components())
                            .doubles("explainedVariance", model.explainedVariance())
                            .doubles("explainedVarianceRatio", model.explainedVarianceRatio())
                            .doubles("singularValues", model.singularValues())
                            .number("noiseVariance", model.noiseVariance()),
                    (pca, schema, s) -> PCAModel.of(pca, schema, s.strings("columns"), s.doubles("mean"),
                            s.matrix("components"), s.doubles("explainedVariance"),
                            s.doubles("explainedVarianceRatio"), s.doubles("singularValues"),
                            s.number("noiseVariance"))));

    private DecompositionCodecs() {
    }
}
