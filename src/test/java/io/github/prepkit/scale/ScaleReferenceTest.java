package io.github.prepkit.scale;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference case under {@code scale/}: scikit-learn 1.2.1's scalers and normalizer, within 1e-9. */
class ScaleReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("scale");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Transformer<?> scaler = switch ((String) reference.params().get("class")) {
            case "StandardScaler" -> new StandardScaler();
            case "MinMaxScaler" -> new MinMaxScaler();
            case "RobustScaler" -> new RobustScaler();
            case "MaxAbsScaler" -> new MaxAbsScaler();
            case "Normalizer" -> new Normalizer().norm(Normalizer.Norm.valueOf(
                    ((String) reference.params().get("norm")).toUpperCase(Locale.ROOT)));
            default -> fail("no scaler for " + reference.params());
        };
        TableAssertions.assertTableClose(reference.expected(), scaler.fitTransform(reference.input()), 1e-9);
    }
}
