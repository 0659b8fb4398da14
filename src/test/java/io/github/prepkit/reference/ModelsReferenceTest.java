package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.cluster.KMeansModel;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.Metric;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every reference case under {@code models/}: what scikit-learn 1.2.1's models return, within the tolerances of the
 * reference README. A case whose class has no check here fails, so a new case cannot be skipped silently.
 */
class ModelsReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("models");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        switch ((String) params.get("class")) {
            case "KNeighborsClassifier" -> knn(reference, params);
            case "DecisionTreeClassifier" -> tree(reference, params);
            case "LinearRegression" -> linearRegression(reference, params);
            case "LogisticRegression" -> logisticRegression(reference, params);
            case "KMeans" -> kMeans(reference, params);
            default -> fail("no check for " + params);
        }
    }

    /** Predictions equal. */
    private static void knn(ReferenceCase reference, Map<String, Object> params) {
        assertEquals("euclidean", params.get("metric"));
        assertEquals("uniform", params.get("weights"));
        Column<?> predicted = new KNeighborsClassifier().nNeighbors(number(params, "n_neighbors").intValue())
                .metric(Metric.EUCLIDEAN).weights(Weights.UNIFORM)
                .fit(reference.input(), (String) params.get("target")).predict(reference.table("query.csv"));
        Column<?> expected = reference.expected().column("prediction");
        assertEquals(expected.size(), predicted.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.getString(i), predicted.getString(i), "row " + i);
        }
    }

    /** At most 2 % of the predictions differ: exact ties between splits may break another way. */
    private static void tree(ReferenceCase reference, Map<String, Object> params) {
        assertEquals("gini", params.get("criterion"));
        Column<?> predicted = new DecisionTreeClassifier().maxDepth(number(params, "max_depth").intValue())
                .fit(reference.input(), (String) params.get("target")).predict(reference.table("query.csv"));
        Table expected = reference.expected();
        int differing = 0;
        for (int i = 0; i < expected.rowCount(); i++) {
            differing += expected.intColumn("prediction").getInt(i) == ((Number) predicted.get(i)).intValue() ? 0 : 1;
        }
        assertTrue(differing <= 0.02 * expected.rowCount(), differing + " of " + expected.rowCount() + " differ");
    }

    /** Coefficients and intercept within 1e-6. */
    private static void linearRegression(ReferenceCase reference, Map<String, Object> params) {
        assertEquals(true, params.get("fit_intercept"));
        Map<?, ?> expected = (Map<?, ?>) reference.expectedJson();
        LinearRegressionModel model = new LinearRegression().fit(reference.input(), (String) params.get("target"));
        assertCoefficients((Map<?, ?>) expected.get("coef"), model.features(), model.coefficients());
        Tolerance.assertClose(((Number) expected.get("intercept")).doubleValue(), model.intercept(), 1e-6, "intercept");
    }

    /**
     * The Newton solver with the case's penalty, C, intercept, multi_class and tol (prepkit's default where the case
     * has none): coefficients and intercepts within 1e-6 (one vector, or one per class by name); where the case has
     * query rows, the probabilities within 1e-6 and the predictions equal.
     */
    private static void logisticRegression(ReferenceCase reference, Map<String, Object> params) {
        assertTrue(List.of("newton", "newton-cg").contains(params.get("solver")), "solver " + params.get("solver"));
        String target = (String) params.get("target");
        LogisticRegression logistic = new LogisticRegression().solver(LogisticRegression.Solver.NEWTON)
                .tol(params.containsKey("tol") ? number(params, "tol").doubleValue() : 1e-4)
                .penalty(switch ((String) params.get("penalty")) {
                    case "none" -> LogisticRegression.Penalty.NONE;
                    case "l2" -> LogisticRegression.Penalty.L2;
                    default -> throw new AssertionError("penalty " + params.get("penalty"));
                })
                .c(params.containsKey("C") ? number(params, "C").doubleValue() : 1.0)
                .fitIntercept((Boolean) params.get("fit_intercept"))
                .multiClass(switch ((String) params.getOrDefault("multi_class", "auto")) {
                    case "auto" -> LogisticRegression.MultiClass.AUTO;
                    case "multinomial" -> LogisticRegression.MultiClass.MULTINOMIAL;
                    case "ovr" -> LogisticRegression.MultiClass.OVR;
                    default -> throw new AssertionError("multi_class " + params.get("multi_class"));
                });
        LogisticRegressionModel model = logistic.fit(reference.input(), target);
        Map<?, ?> expected = (Map<?, ?>) reference.expectedJson();
        Map<?, ?> coefficients = (Map<?, ?>) expected.get("coef");
        Object intercept = expected.containsKey("intercept") ? expected.get("intercept") : Double.valueOf(0);
        if (coefficients.values().iterator().next() instanceof Map<?, ?>) {
            assertEquals(expected.get("classes"), model.classes());
            for (int k = 0; k < model.classes().size(); k++) {
                String label = model.classes().get(k);
                assertCoefficients((Map<?, ?>) coefficients.get(label), model.features(), model.coefficientMatrix()[k]);
                Tolerance.assertClose(((Number) ((Map<?, ?>) intercept).get(label)).doubleValue(), model.intercepts()[k],
                        1e-6, "intercept of " + label);
            }
        } else {
            assertCoefficients(coefficients, model.features(), model.coefficients());
            Tolerance.assertClose(((Number) intercept).doubleValue(), model.intercept(), 1e-6, "intercept");
        }
        if (Files.exists(reference.directory().resolve("query.csv"))) {
            Table query = reference.table("query.csv");
            Table truth = reference.expected();
            Column<?> predicted = model.predict(query);
            Table probabilities = model.predictProba(query);
            for (int i = 0; i < truth.rowCount(); i++) {
                assertEquals(truth.column("prediction").getString(i), predicted.getString(i), "prediction " + i);
                for (String label : model.classes()) {
                    Tolerance.assertClose(truth.numberColumn("proba_" + label).getDouble(i),
                            probabilities.doubleColumn(label).getDouble(i), 1e-6, "P(" + label + ") of row " + i);
                }
            }
        }
    }

    /** From the given centroids: labels equal, centres and inertia within 1e-6. */
    private static void kMeans(ReferenceCase reference, Map<String, Object> params) {
        KMeansModel model = new KMeans().nClusters(number(params, "n_clusters").intValue())
                .init(rows(reference.table("init.csv"))).nInit(number(params, "n_init").intValue())
                .maxIter(number(params, "max_iter").intValue()).tol(number(params, "tol").doubleValue())
                .fit(reference.input());
        Map<?, ?> expected = (Map<?, ?>) reference.expectedJson();
        int[] labels = ((List<?>) expected.get("labels")).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
        assertArrayEquals(labels, model.labels());
        List<?> centres = (List<?>) expected.get("centers");
        for (int c = 0; c < centres.size(); c++) {
            List<?> centre = (List<?>) centres.get(c);
            for (int j = 0; j < centre.size(); j++) {
                Tolerance.assertClose(((Number) centre.get(j)).doubleValue(), model.clusterCenters()[c][j], 1e-6,
                        "centre " + c + ", feature " + j);
            }
        }
        Tolerance.assertClose(((Number) expected.get("inertia")).doubleValue(), model.inertia(), 1e-6, "inertia");
    }

    private static void assertCoefficients(Map<?, ?> expected, List<String> features, double[] actual) {
        assertEquals(expected.size(), actual.length, "coefficients");
        for (int j = 0; j < actual.length; j++) {
            Tolerance.assertClose(((Number) expected.get(features.get(j))).doubleValue(), actual[j], 1e-6, features.get(j));
        }
    }

    private static Number number(Map<String, Object> params, String name) {
        return (Number) params.get(name);
    }

    private static double[][] rows(Table table) {
        double[][] rows = new double[table.rowCount()][table.columnCount()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = table.numberColumn(j).getDouble(i);
            }
        }
        return rows;
    }
}
