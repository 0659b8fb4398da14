package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.selection.CrossValidator;
import io.github.prepkit.selection.DefaultFolds;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every {@code inspection/*} reference case (written by {@code generate_inspection.py}): scikit-learn 1.2.1's
 * {@code cross_val_predict}, {@code learning_curve} and {@code validation_curve} with deterministic estimators and
 * unshuffled folds. Tolerances as the README's: 1e-6 where a logistic regression is fitted (its solver's), 1e-9
 * otherwise; training sizes and predicted classes equal; NaN (a failed fit) where scikit-learn gives NaN.
 */
class InspectionReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("inspection");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Table data = reference.input();
        double tolerance = tolerance(params);
        switch ((String) params.get("function")) {
            case "cross_val_predict" -> crossValPredict(reference, params, data, tolerance);
            case "learning_curve" -> learningCurve(reference, params, data, tolerance);
            case "validation_curve" -> validationCurve(reference, params, data, tolerance);
            default -> throw new IllegalStateException("unknown function in " + reference);
        }
    }

    private static void crossValPredict(ReferenceCase reference, Map<String, Object> params, Table data,
            double tolerance) {
        CrossValPredict predict = new CrossValPredict().cv(folds(params)).nJobs(2);
        Predictor<?> estimator = estimator(params);
        Table actual = "predict".equals(params.get("method"))
                ? Table.create("predict", predict.predict(estimator, data, "y"))
                : predict.predictProba((Classifier<?>) estimator, data, "y");
        TableAssertions.assertTableClose(reference.expected(), actual, tolerance);
    }

    @SuppressWarnings("unchecked")
    private static void learningCurve(ReferenceCase reference, Map<String, Object> params, Table data,
            double tolerance) {
        List<Number> sizes = (List<Number>) params.get("train_sizes");
        LearningCurve curve = new LearningCurve().cv(folds(params)).scoring(scoring(params)).nJobs(2);
        curve = "fractions".equals(params.get("train_sizes_kind"))
                ? curve.trainSizes(sizes.stream().mapToDouble(Number::doubleValue).toArray())
                : curve.trainSizes(sizes.stream().mapToInt(Number::intValue).toArray());
        LearningCurveResult result = curve.evaluate(estimator(params), data, "y");
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        assertArrayEquals(((List<Number>) expected.get("train_sizes_abs")).stream().mapToInt(Number::intValue)
                .toArray(), result.trainSizes(), "train_sizes_abs");
        assertGrid(expected.get("train_scores"), result.scores().train(), tolerance, "train_scores");
        assertGrid(expected.get("test_scores"), result.scores().test(), tolerance, "test_scores");
    }

    @SuppressWarnings("unchecked")
    private static void validationCurve(ReferenceCase reference, Map<String, Object> params, Table data,
            double tolerance) {
        List<Object> values = (List<Object>) params.get("param_range");
        ValidationCurveResult<Object> result = new ValidationCurve().cv(folds(params)).scoring(scoring(params))
                .nJobs(2).evaluate(parameter(params), values, data, "y");
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        assertEquals(values, result.values());
        assertGrid(expected.get("train_scores"), result.scores().train(), tolerance, "train_scores");
        assertGrid(expected.get("test_scores"), result.scores().test(), tolerance, "test_scores");
    }

    @SuppressWarnings("unchecked")
    private static void assertGrid(Object expected, double[][] actual, double tolerance, String what) {
        List<List<Number>> rows = (List<List<Number>>) expected;
        assertEquals(rows.size(), actual.length, what + " rows");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).size(), actual[i].length, what + " folds");
            for (int f = 0; f < actual[i].length; f++) {
                Number value = rows.get(i).get(f);
                Tolerance.assertClose(value == null ? Double.NaN : value.doubleValue(), actual[i][f], tolerance,
                        what + "[" + i + "][" + f + "]");
            }
        }
    }

    /** The estimator of the case, scikit-learn's class and parameters translated. */
    @SuppressWarnings("unchecked")
    private static Predictor<?> estimator(Map<String, Object> params) {
        Map<String, Object> spec = (Map<String, Object>) params.get("estimator");
        Map<String, Object> parameters = (Map<String, Object>) spec.getOrDefault("params", Map.of());
        return switch ((String) spec.get("class")) {
            case "LinearRegression" -> new LinearRegression();
            case "LogisticRegression" -> new LogisticRegression()
                    .tol(((Number) parameters.get("tol")).doubleValue())
                    .maxIter(((Number) parameters.get("max_iter")).intValue());
            case "KNeighborsClassifier" -> new KNeighborsClassifier()
                    .nNeighbors(((Number) parameters.getOrDefault("n_neighbors", 5)).intValue());
            case "KNeighborsRegressor" -> new KNeighborsRegressor()
                    .nNeighbors(((Number) parameters.getOrDefault("n_neighbors", 5)).intValue());
            default -> throw new IllegalStateException("unknown estimator " + spec);
        };
    }

    /** The case's estimator with the hyperparameter {@code param_name} set to a value. */
    private static Function<Object, Predictor<?>> parameter(Map<String, Object> params) {
        Predictor<?> base = estimator(params);
        return switch ((String) params.get("param_name")) {
            case "n_neighbors" -> value -> base instanceof KNeighborsClassifier knn
                    ? knn.nNeighbors(((Number) value).intValue())
                    : ((KNeighborsRegressor) base).nNeighbors(((Number) value).intValue());
            case "C" -> value -> ((LogisticRegression) base).c(((Number) value).doubleValue());
            case "fit_intercept" -> value -> ((LinearRegression) base).fitIntercept((Boolean) value);
            default -> throw new IllegalStateException("unknown parameter in " + params);
        };
    }

    @SuppressWarnings("unchecked")
    private static CrossValidator folds(Map<String, Object> params) {
        Map<String, Object> cv = (Map<String, Object>) params.get("cv");
        int splits = ((Number) cv.get("n_splits")).intValue();
        return switch ((String) cv.get("class")) {
            case "default" -> new DefaultFolds(splits);
            case "KFold" -> new KFold().nSplits(splits);
            case "StratifiedKFold" -> new StratifiedKFold().nSplits(splits);
            default -> throw new IllegalStateException("unknown folds " + cv);
        };
    }

    private static Scoring scoring(Map<String, Object> params) {
        Object name = params.get("scoring");
        if (name == null) {
            return Scoring.DEFAULT;
        }
        return switch ((String) name) {
            case "accuracy" -> Scoring.ACCURACY;
            case "neg_log_loss" -> Scoring.NEG_LOG_LOSS;
            case "neg_mean_squared_error" -> Scoring.NEG_MEAN_SQUARED_ERROR;
            case "r2" -> Scoring.R2;
            default -> throw new IllegalStateException("unknown scoring " + name);
        };
    }

    @SuppressWarnings("unchecked")
    private static double tolerance(Map<String, Object> params) {
        return "LogisticRegression".equals(((Map<String, Object>) params.get("estimator")).get("class")) ? 1e-6 : 1e-9;
    }
}
