package io.github.prepkit.persist;

import io.github.prepkit.transform.PowerTransformer;
import io.github.prepkit.transform.PowerTransformerModel;
import io.github.prepkit.transform.QuantileTransformer;
import io.github.prepkit.transform.QuantileTransformerModel;
import java.util.List;

/** The codecs of {@code io.github.prepkit.transform}'s power and quantile transforms. */
final class PowerQuantileCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("PowerTransformer", PowerTransformer.class,
                    (power, p) -> p.choice("method", power.method()).bool("standardize", power.standardize())
                            .strings("columns", power.columns()),
                    p -> new PowerTransformer(p.choice("method", PowerTransformer.Method.values()),
                            p.bool("standardize"), p.strings("columns"))),
            Codec.model("PowerTransformerModel", PowerTransformerModel.class, PowerTransformer.class,
                    (model, s) -> s.strings("columns", model.columns()).doubles("lambdas", model.lambdas())
                            .doubles("mean", model.mean()).doubles("scale", model.scale()),
                    (power, schema, s) -> PowerTransformerModel.of(power, schema, s.strings("columns"),
                            s.doubles("lambdas"), s.doubles("mean"), s.doubles("scale"))),
            Codec.parameters("QuantileTransformer", QuantileTransformer.class,
                    (quantile, p) -> p.integer("nQuantiles", quantile.nQuantiles())
                            .choice("outputDistribution", quantile.outputDistribution())
                            .integer("subsample", quantile.subsample()).integer("seed", quantile.seed())
                            .strings("columns", quantile.columns()),
                    p -> new QuantileTransformer(p.intValue("nQuantiles"),
                            p.choice("outputDistribution", QuantileTransformer.OutputDistribution.values()),
                            p.intValue("subsample"), p.integer("seed"), p.strings("columns"))),
            Codec.model("QuantileTransformerModel", QuantileTransformerModel.class, QuantileTransformer.class,
                    (model, s) -> s.strings("columns", model.columns()).matrix("quantiles", model.quantiles()),
                    (quantile, schema, s) -> QuantileTransformerModel.of(quantile, schema, s.strings("columns"),
                            s.matrix("quantiles"))));

    private PowerQuantileCodecs() {
    }
}
