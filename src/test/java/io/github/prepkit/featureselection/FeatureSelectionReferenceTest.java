package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The reference cases under {@code feature_selection/} written by {@code generate_feature_selection.py} (those of
 * SelectFromModel and RFE have {@link SelectFromModelReferenceTest}):
 * scikit-learn 1.2.1's score functions (scores 1e-12, p-values 1e-9, absolute or relative), the supports of
 * SelectKBest and SelectPercentile and VarianceThreshold (exact; variances 1e-12), and mutual information (without the
 * noise 1e-9; with it, within 0.02 of scikit-learn's noisy estimate).
 */
class FeatureSelectionReferenceTest {

    private static final double SCORES = 1e-12;
    private static final double PVALUES = 1e-9;
    private static final double MI_NOISE_OFF = 1e-9;
    private static final double MI_NOISE_ON = 0.02;

    /** The cases of the score functions and VarianceThreshold: not those of SelectFromModel, RFE and argsort. */
    static List<ReferenceCase> cases() {
        return ReferenceCase.all("feature_selection").stream()
                .filter(c -> !List.of("SelectFromModel", "RFE", "argsort").contains(String.valueOf(c.params().get("class"))))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        Table input = reference.input();
        if ("VarianceThreshold".equals(params.get("class"))) {
            VarianceThresholdModel model = new VarianceThreshold()
                    .threshold(((Number) params.get("threshold")).doubleValue()).fit(input);
            assertNumbers(expected.get("variances"), model.variances(), SCORES, "variances");
            assertEquals(booleans(expected.get("support")), booleans(model.support()), "support");
            return;
        }
        Table features = Columns.without(input, "y");
        Column<?> target = input.column("y");
        switch ((String) params.get("function")) {
            case "mutual_info_classif" -> mutualInformation(params, expected, features, target);
            case "f_classif" -> selections(ScoreFunction.F_CLASSIF, params, expected, features, target);
            case "chi2" -> selections(ScoreFunction.CHI2, params, expected, features, target);
            case "f_regression" -> selections(new ScoreFunction.FRegression((Boolean) params.get("center")), params,
                    expected, features, target);
            default -> fail("no score function for " + params);
        }
    }

    @SuppressWarnings("unchecked")
    private static void selections(ScoreFunction function, Map<String, Object> params, Map<String, Object> expected,
            Table features, Column<?> target) {
        Scores scores = function.score(features, target);
        assertNumbers(expected.get("scores"), scores.scores(), SCORES, "scores");
        assertNumbers(expected.get("pvalues"), scores.pvalues(), PVALUES, "pvalues");
        Map<String, Object> ks = (Map<String, Object>) expected.get("k");
        for (Map.Entry<String, Object> k : ks.entrySet()) {
            SelectKBest selector = new SelectKBest().scoreFunc(function);
            selector = k.getKey().equals("all") ? selector.kAll() : selector.k(Integer.parseInt(k.getKey()));
            SelectKBestModel model = selector.fit(features, target);
            assertEquals(booleans(k.getValue()), booleans(model.support()), "SelectKBest k=" + k.getKey());
            assertEquals(selected(features, k.getValue()), model.transform(features).columnNames(), "k=" + k.getKey());
        }
        Map<String, Object> percentiles = (Map<String, Object>) expected.get("percentile");
        for (Map.Entry<String, Object> p : percentiles.entrySet()) {
            SelectPercentileModel model = new SelectPercentile().scoreFunc(function)
                    .percentile(Double.parseDouble(p.getKey())).fit(features, target);
            assertEquals(booleans(p.getValue()), booleans(model.support()), "SelectPercentile " + p.getKey());
        }
        assertEquals(OptionalInt.of(10), new SelectKBest().k(), "the default k");
        assertEquals(params.get("function"), function.name());
    }

    private static void mutualInformation(Map<String, Object> params, Map<String, Object> expected, Table features,
            Column<?> target) {
        int neighbors = ((Number) params.get("n_neighbors")).intValue();
        ClassLabels labels = ClassLabels.of(target, "test");
        double[][] x = new double[features.columnCount()][];
        for (int j = 0; j < x.length; j++) {
            x[j] = Columns.values(features, features.columnNames().get(j));
        }
        double[] off = MutualInformation.classif(x, labels.codes(), labels.count(), neighbors, 0, false);
        assertNumbers(expected.get("mi_noise_off"), off, MI_NOISE_OFF, "mutual information without noise");
        Scores on = new ScoreFunction.MutualInfoClassif(neighbors, 0).score(features, target);
        assertNumbers(expected.get("mi_noise_on"), on.scores(), MI_NOISE_ON, "mutual information with noise");
        assertEquals(0, on.pvalues().length, "no p-values");
    }

    private static void assertNumbers(Object expected, double[] actual, double tolerance, String what) {
        List<?> values = (List<?>) expected;
        assertEquals(values.size(), actual.length, what + ": length");
        for (int j = 0; j < actual.length; j++) {
            double want = values.get(j) == null ? Double.NaN : ((Number) values.get(j)).doubleValue();
            Tolerance.assertClose(want, actual[j], tolerance, what + "[" + j + "]");
        }
    }

    private static List<Boolean> booleans(Object expected) {
        return ((List<?>) expected).stream().map(Boolean.class::cast).toList();
    }

    private static List<Boolean> booleans(boolean[] support) {
        List<Boolean> list = new ArrayList<>();
        for (boolean kept : support) {
            list.add(kept);
        }
        return list;
    }

    private static List<String> selected(Table features, Object support) {
        List<Boolean> kept = booleans(support);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < kept.size(); j++) {
            if (kept.get(j)) {
                names.add(features.columnNames().get(j));
            }
        }
        return names;
    }
}
