package io.github.prepkit.persist;

import io.github.prepkit.impute.IterativeImputer;
import io.github.prepkit.impute.IterativeImputerModel;
import io.github.prepkit.impute.IterativeImputerModel.ImputationStep;
import io.github.prepkit.impute.KNNImputer;
import io.github.prepkit.impute.KNNImputerModel;
import io.github.prepkit.impute.MissingIndicator;
import io.github.prepkit.impute.MissingIndicatorModel;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.stats.LinearFit;
import java.util.List;

/** The codecs of {@code io.github.prepkit.impute}. */
final class ImputeCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("SimpleImputer", SimpleImputer.class,
                    (imputer, p) -> p.choice("strategy", imputer.strategy())
                            .number("numericFillValue", imputer.numericFillValue())
                            .string("stringFillValue", imputer.stringFillValue())
                            .bool("addIndicator", imputer.addIndicator()).strings("columns", imputer.columns()),
                    p -> new SimpleImputer(p.choice("strategy", SimpleImputer.Strategy.values()),
                            p.number("numericFillValue"), p.string("stringFillValue"), p.bool("addIndicator"),
                            p.strings("columns"))),
            Codec.model("SimpleImputerModel", SimpleImputerModel.class, SimpleImputer.class,
                    (model, s) -> s.strings("columns", model.columns()).values("statistics", model.statistics())
                            .strings("indicatorColumns", model.indicatorColumns()),
                    (imputer, schema, s) -> SimpleImputerModel.of(imputer, schema, s.strings("columns"),
                            s.values("statistics"), s.strings("indicatorColumns"))),
            Codec.parameters("MissingIndicator", MissingIndicator.class,
                    (indicator, p) -> p.choice("features", indicator.features())
                            .bool("errorOnNew", indicator.errorOnNew()).strings("columns", indicator.columns()),
                    p -> new MissingIndicator(p.choice("features", MissingIndicator.Features.values()),
                            p.bool("errorOnNew"), p.strings("columns"))),
            Codec.model("MissingIndicatorModel", MissingIndicatorModel.class, MissingIndicator.class,
                    (model, s) -> s.strings("selectedColumns", model.selectedColumns())
                            .strings("columns", model.columns()),
                    (indicator, schema, s) -> MissingIndicatorModel.of(indicator, schema, s.strings("selectedColumns"),
                            s.strings("columns"))),
            Codec.parameters("IterativeImputer", IterativeImputer.class,
                    (imputer, p) -> p.choice("estimator", imputer.estimator()).integer("maxIter", imputer.maxIter())
                            .number("tol", imputer.tol()).choice("initialStrategy", imputer.initialStrategy())
                            .choice("imputationOrder", imputer.imputationOrder()).integer("seed", imputer.seed())
                            .strings("columns", imputer.columns()),
                    p -> new IterativeImputer(p.choice("estimator", IterativeImputer.Estimator.values()),
                            p.intValue("maxIter"), p.number("tol"),
                            p.choice("initialStrategy", SimpleImputer.Strategy.values()),
                            p.choice("imputationOrder", IterativeImputer.ImputationOrder.values()), p.integer("seed"),
                            p.strings("columns"))),
            Codec.model("IterativeImputerModel", IterativeImputerModel.class, IterativeImputer.class,
                    (model, s) -> s.strings("columns", model.columns())
                            .doubles("initialStatistics", model.initialStatistics())
                            .objects("imputationSequence", model.imputationSequence(), (step, r) -> r
                                    .string("column", step.column()).number("intercept", step.fit().intercept())
                                    .doubles("coefficients", step.fit().coefficients())),
                    (imputer, schema, s) -> IterativeImputerModel.of(imputer, schema, s.strings("columns"),
                            s.doubles("initialStatistics"), s.objects("imputationSequence").stream()
                                    .map(r -> new ImputationStep(r.string("column"),
                                            new LinearFit(r.number("intercept"), r.doubles("coefficients"))))
                                    .toList())),
            Codec.parameters("KNNImputer", KNNImputer.class,
                    (imputer, p) -> p.integer("nNeighbors", imputer.nNeighbors()).choice("weights", imputer.weights())
                            .strings("columns", imputer.columns()),
                    p -> new KNNImputer(p.intValue("nNeighbors"), p.choice("weights", KNNImputer.Weights.values()),
                            p.strings("columns"))),
            Codec.model("KNNImputerModel", KNNImputerModel.class, KNNImputer.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("fittedValues", model.fittedValues()),
                    (imputer, schema, s) -> KNNImputerModel.of(imputer, schema, s.strings("columns"),
                            s.doubles("fittedValues"))));

    private ImputeCodecs() {
    }
}
