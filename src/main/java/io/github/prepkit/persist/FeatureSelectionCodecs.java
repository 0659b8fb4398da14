package io.github.prepkit.persist;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.featureselection.RFE;
import io.github.prepkit.featureselection.RFEModel;
import io.github.prepkit.featureselection.ScoreFunction;
import io.github.prepkit.featureselection.Scores;
import io.github.prepkit.featureselection.SelectFromModel;
import io.github.prepkit.featureselection.SelectFromModelModel;
import io.github.prepkit.featureselection.SelectKBest;
import io.github.prepkit.featureselection.SelectKBestModel;
import io.github.prepkit.featureselection.SelectPercentile;
import io.github.prepkit.featureselection.SelectPercentileModel;
import io.github.prepkit.featureselection.Threshold;
import io.github.prepkit.featureselection.VarianceThreshold;
import io.github.prepkit.featureselection.VarianceThresholdModel;
import java.util.List;

/** The codecs of {@code io.github.prepkit.featureselection}. */
final class FeatureSelectionCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("VarianceThreshold", VarianceThreshold.class,
                    (selector, p) -> p.number("threshold", selector.threshold()).strings("columns", selector.columns()),
                    p -> new VarianceThreshold(p.number("threshold"), p.strings("columns"))),
            Codec.model("VarianceThresholdModel", VarianceThresholdModel.class, VarianceThreshold.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("variances", model.variances()),
                    (selector, schema, s) -> VarianceThresholdModel.of(selector, schema, s.strings("columns"),
                            s.doubles("variances"))),
            Codec.parameters("FClassif", ScoreFunction.FClassif.class, (function, p) -> { },
                    p -> ScoreFunction.F_CLASSIF),
            Codec.parameters("FRegression", ScoreFunction.FRegression.class,
                    (function, p) -> p.bool("center", function.center()),
                    p -> new ScoreFunction.FRegression(p.bool("center"))),
            Codec.parameters("Chi2", ScoreFunction.Chi2.class, (function, p) -> { }, p -> ScoreFunction.CHI2),
            Codec.parameters("MutualInfoClassif", ScoreFunction.MutualInfoClassif.class,
                    (function, p) -> p.integer("nNeighbors", function.nNeighbors()).integer("seed", function.seed()),
                    p -> new ScoreFunction.MutualInfoClassif(p.intValue("nNeighbors"), p.integer("seed"))),
            Codec.parameters("SelectKBest", SelectKBest.class,
                    (selector, p) -> p.typed("scoreFunc", selector.scoreFunc()).optional("k", selector.k())
                            .strings("columns", selector.columns()),
                    p -> new SelectKBest(p.typed("scoreFunc", ScoreFunction.class), p.optionalInt("k"),
                            p.strings("columns"))),
            Codec.model("SelectKBestModel", SelectKBestModel.class, SelectKBest.class,
                    (model, s) -> scores(s, model.scores()),
                    (selector, schema, s) -> SelectKBestModel.of(selector, schema, scores(s))),
            Codec.parameters("SelectPercentile", SelectPercentile.class,
                    (selector, p) -> p.typed("scoreFunc", selector.scoreFunc())
                            .number("percentile", selector.percentile()).strings("columns", selector.columns()),
                    p -> new SelectPercentile(p.typed("scoreFunc", ScoreFunction.class), p.number("percentile"),
                            p.strings("columns"))),
            Codec.model("SelectPercentileModel", SelectPercentileModel.class, SelectPercentile.class,
                    (model, s) -> scores(s, model.scores()),
                    (selector, schema, s) -> SelectPercentileModel.of(selector, schema, scores(s))),
            Codec.parameters("SelectFromModel", SelectFromModel.class,
                    (selector, p) -> p.typed("estimator", selector.estimator())
                            .object("threshold", t -> t.choice("reference", selector.threshold().reference())
                                    .number("value", selector.threshold().value()))
                            .optional("maxFeatures", selector.maxFeatures()).strings("columns", selector.columns()),
                    p -> new SelectFromModel(p.typed("estimator", Predictor.class), threshold(p.object("threshold")),
                            p.optionalInt("maxFeatures"), p.strings("columns"))),
            Codec.model("SelectFromModelModel", SelectFromModelModel.class, SelectFromModel.class,
                    (model, s) -> s.typed("estimatorModel", model.estimatorModel()),
                    (selector, schema, s) -> SelectFromModelModel.of(selector, schema,
                            s.typed("estimatorModel", PredictorModel.class))),
            Codec.parameters("RFE", RFE.class,
                    (selector, p) -> p.typed("estimator", selector.estimator())
                            .object("nFeaturesToSelect", n -> BaggingCodecs.drawSize(n, selector.nFeaturesToSelect()))
                            .number("step", selector.step()).strings("columns", selector.columns()),
                    p -> new RFE(p.typed("estimator", Predictor.class),
                            BaggingCodecs.drawSize(p.object("nFeaturesToSelect")), p.number("step"),
                            p.strings("columns"))),
            Codec.model("RFEModel", RFEModel.class, RFE.class,
                    (model, s) -> s.ints("ranking", model.ranking()).typed("estimatorModel", model.estimatorModel()),
                    (selector, schema, s) -> RFEModel.of(selector, schema, s.ints("ranking"),
                            s.typed("estimatorModel", PredictorModel.class))));

    private FeatureSelectionCodecs() {
    }

    /** Writes a selector's scores: the scored columns, their scores and p-values (an empty array for none). */
    private static void scores(NodeWriter state, Scores scores) {
        state.strings("columns", scores.columns()).doubles("scores", scores.scores()).doubles("pvalues",
                scores.pvalues());
    }

    /** Reads a {@link SelectFromModel}'s threshold: its reference and value. */
    private static Threshold threshold(NodeReader threshold) {
        return new Threshold(threshold.choice("reference", Threshold.Reference.values()), threshold.number("value"));
    }

    /** Reads what {@link #scores(NodeWriter, Scores)} wrote. */
    private static Scores scores(NodeReader state) {
        return new Scores(state.strings("columns"), state.doubles("scores"), state.doubles("pvalues"));
    }
}
