package io.github.prepkit.persist;

import io.github.prepkit.scale.MaxAbsScaler;
import io.github.prepkit.scale.MaxAbsScalerModel;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.MinMaxScalerModel;
import io.github.prepkit.scale.Normalizer;
import io.github.prepkit.scale.NormalizerModel;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.RobustScalerModel;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.List;

/** The codecs of {@code io.github.prepkit.scale}. */
final class ScaleCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("StandardScaler", StandardScaler.class,
                    (scaler, p) -> p.bool("withMean", scaler.withMean()).bool("withStd", scaler.withStd())
                            .strings("columns", scaler.columns()),
                    p -> new StandardScaler(p.bool("withMean"), p.bool("withStd"), p.strings("columns"))),
            Codec.model("StandardScalerModel", StandardScalerModel.class, StandardScaler.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("mean", model.mean())
                            .doubles("scale", model.scale()),
                    (scaler, schema, s) -> StandardScalerModel.of(scaler, schema, s.strings("columns"), s.doubles("mean"),
                            s.doubles("scale"))),
            Codec.parameters("RobustScaler", RobustScaler.class,
                    (scaler, p) -> p.bool("withCentering", scaler.withCentering())
                            .bool("withScaling", scaler.withScaling())
                            .number("quantileRangeLow", scaler.quantileRangeLow())
                            .number("quantileRangeHigh", scaler.quantileRangeHigh())
                            .bool("unitVariance", scaler.unitVariance()).strings("columns", scaler.columns()),
                    p -> new RobustScaler(p.bool("withCentering"), p.bool("withScaling"), p.number("quantileRangeLow"),
                            p.number("quantileRangeHigh"), p.bool("unitVariance"), p.strings("columns"))),
            Codec.model("RobustScalerModel", RobustScalerModel.class, RobustScaler.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("center", model.center())
                            .doubles("scale", model.scale()),
                    (scaler, schema, s) -> RobustScalerModel.of(scaler, schema, s.strings("columns"), s.doubles("center"),
                            s.doubles("scale"))),
            Codec.parameters("MinMaxScaler", MinMaxScaler.class,
                    (scaler, p) -> p.number("featureRangeLow", scaler.featureRangeLow())
                            .number("featureRangeHigh", scaler.featureRangeHigh()).bool("clip", scaler.clip())
                            .strings("columns", scaler.columns()),
                    p -> new MinMaxScaler(p.number("featureRangeLow"), p.number("featureRangeHigh"), p.bool("clip"),
                            p.strings("columns"))),
            Codec.model("MinMaxScalerModel", MinMaxScalerModel.class, MinMaxScaler.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("dataMin", model.dataMin())
                            .doubles("dataMax", model.dataMax()),
                    (scaler, schema, s) -> MinMaxScalerModel.of(scaler, schema, s.strings("columns"),
                            s.doubles("dataMin"), s.doubles("dataMax"))),
            Codec.parameters("MaxAbsScaler", MaxAbsScaler.class,
                    (scaler, p) -> p.strings("columns", scaler.columns()),
                    p -> new MaxAbsScaler(p.strings("columns"))),
            Codec.model("MaxAbsScalerModel", MaxAbsScalerModel.class, MaxAbsScaler.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("maxAbs", model.maxAbs()),
                    (scaler, schema, s) -> MaxAbsScalerModel.of(scaler, schema, s.strings("columns"), s.doubles("maxAbs"))),
            Codec.parameters("Normalizer", Normalizer.class,
                    (normalizer, p) -> p.choice("norm", normalizer.norm()).strings("columns", normalizer.columns()),
                    p -> new Normalizer(p.choice("norm", Normalizer.Norm.values()), p.strings("columns"))),
            Codec.model("NormalizerModel", NormalizerModel.class, Normalizer.class,
                    (model, s) -> s.strings("columns", model.columns()),
                    (normalizer, schema, s) -> NormalizerModel.of(normalizer, schema, s.strings("columns"))));

    private ScaleCodecs() {
    }
}
