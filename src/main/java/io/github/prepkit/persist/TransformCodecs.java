package io.github.prepkit.persist;

import io.github.prepkit.transform.FunctionTransformer;
import io.github.prepkit.transform.FunctionTransformerModel;
import io.github.prepkit.transform.PolynomialFeatures;
import io.github.prepkit.transform.PolynomialFeaturesModel;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The codecs of {@code io.github.prepkit.transform}. A {@link FunctionTransformer}'s functions are written as typed
 * nodes, and a function is user code, which no codec writes: saving a model that holds one fails naming the function's
 * place; one without functions (the identity both ways) is saved.
 */
final class TransformCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("PolynomialFeatures", PolynomialFeatures.class,
                    (poly, p) -> p.integer("degree", poly.degree()).bool("interactionOnly", poly.interactionOnly())
                            .bool("includeBias", poly.includeBias()).strings("columns", poly.columns()),
                    p -> new PolynomialFeatures(p.intValue("degree"), p.bool("interactionOnly"), p.bool("includeBias"),
                            p.strings("columns"))),
            Codec.model("PolynomialFeaturesModel", PolynomialFeaturesModel.class, PolynomialFeatures.class,
                    (model, s) -> s.strings("columns", model.columns()),
                    (poly, schema, s) -> PolynomialFeaturesModel.of(poly, schema, s.strings("columns"))),
            Codec.parameters("FunctionTransformer", FunctionTransformer.class,
                    (function, p) -> {
                        if (function.func() != null) {
                            p.typed("func", function.func());
                        }
                        if (function.inverseFunc() != null) {
                            p.typed("inverseFunc", function.inverseFunc());
                        }
                        p.bool("checkInverse", function.checkInverse()).strings("columns", function.columns());
                    },
                    p -> new FunctionTransformer(function(p, "func"), function(p, "inverseFunc"),
                            p.bool("checkInverse"), p.strings("columns"))),
            Codec.model("FunctionTransformerModel", FunctionTransformerModel.class, FunctionTransformer.class,
                    (model, s) -> s.strings("columns", model.columns()),
                    (function, schema, s) -> FunctionTransformerModel.of(function, schema, s.strings("columns"))));

    private TransformCodecs() {
    }

    /** The function under {@code key}, or null (the identity) where there is none. */
    private static DoubleUnaryOperator function(NodeReader params, String key) {
        return params.has(key) ? params.typed(key, DoubleUnaryOperator.class) : null;
    }
}
