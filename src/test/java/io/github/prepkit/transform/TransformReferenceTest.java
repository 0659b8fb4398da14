package io.github.prepkit.transform;

import static io.github.prepkit.reference.TableAssertions.assertTableClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.encode.Binarizer;
import io.github.prepkit.reference.ReferenceCase;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every reference case under {@code transform/} (written by {@code generate_transforms.py}): scikit-learn 1.2.1's
 * {@code Binarizer} and {@code FunctionTransformer} within 1e-12 relative, {@code PolynomialFeatures} bit for bit with its
 * output names in its order.
 */
class TransformReferenceTest {

    private static final double TOLERANCE = 1e-12;

    /** The area's own cases; the folders of power and quantile cases ({@code transform/power}, ...) have their tests. */
    static List<ReferenceCase> cases() {
        return ReferenceCase.all("transform").stream()
                .filter(reference -> Files.exists(reference.directory().resolve("params.json"))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Table input = reference.input();
        switch ((String) params.get("class")) {
            case "Binarizer" -> assertTableClose(reference.expected(),
                    new Binarizer().threshold(((Number) params.get("threshold")).doubleValue()).fitTransform(input),
                    TOLERANCE);
            case "PolynomialFeatures" -> {
                PolynomialFeatures poly = new PolynomialFeatures()
                        .degree(((Number) params.getOrDefault("degree", 2)).intValue())
                        .interactionOnly((Boolean) params.getOrDefault("interaction_only", false))
                        .includeBias((Boolean) params.getOrDefault("include_bias", true));
                PolynomialFeaturesModel model = poly.fit(input);
                Table out = model.transform(input);
                assertEquals(params.get("feature_names_out"), model.featureNamesOut());
                assertEquals(params.get("feature_names_out"), out.columnNames());
                assertTableClose(reference.expected(), out, 0); // the same products, so the same bits
            }
            case "FunctionTransformer" -> {
                FunctionTransformerModel model = new FunctionTransformer().func(function((String) params.get("func")))
                        .inverseFunc(function((String) params.get("inverse_func"))).fit(input);
                Table out = model.transform(input);
                assertTableClose(reference.expected(), out, TOLERANCE);
                assertTableClose(reference.table("inverse.csv"), model.inverseTransform(out), TOLERANCE);
            }
            default -> fail("no transformer for " + params);
        }
    }

    private static DoubleUnaryOperator function(String numpyName) {
        return switch (numpyName) {
            case "log1p" -> Math::log1p;
            case "expm1" -> Math::expm1;
            default -> fail("no Java function for numpy's " + numpyName);
        };
    }
}
