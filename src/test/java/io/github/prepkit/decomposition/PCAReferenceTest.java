package io.github.prepkit.decomposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Every reference case under {@code decomposition/}: scikit-learn 1.2.1's PCA with {@code svd_solver="full"}, written
 * by {@code generate_pca.py}. Every number within 1e-9 of the largest magnitude among its kind (a component's entries,
 * a column of scores or of reconstructed values, the explained variances), since an SVD's errors are of the order of
 * ε times the largest singular value; the number of components equal. A null component (singular value below 1e-10 of
 * the largest: LAPACK's arbitrary unit vector orthogonal to the others) is compared by its variance only: its
 * direction, the scores of new rows on it and the reconstruction from them are not compared, except that with every
 * column kept the reconstruction is the identity whatever the basis.
 */
class PCAReferenceTest {

    private static final double TOLERANCE = 1e-9;

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("decomposition");
    }

    private static PCA estimator(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Object n = params.get("n_components");
        PCA pca = new PCA().whiten((Boolean) params.get("whiten"));
        if (n instanceof Long count) {
            return pca.nComponents(count.intValue());
        }
        return n == null ? pca : pca.nComponents(((Number) n).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(ReferenceCase reference) {
        return (Map<String, Object>) reference.expectedJson();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void fittedStateIsScikitLearns(ReferenceCase reference) {
        PCAModel model = estimator(reference).fit(reference.input());
        Map<String, Object> expected = state(reference);
        int count = ((Number) expected.get("n_components")).intValue();
        int nulls = ((Number) expected.get("null_components")).intValue();
        assertEquals(count, model.nComponents(), "n_components_");
        List<Object> components = (List<Object>) expected.get("components");
        for (int k = 0; k < count - nulls; k++) {
            assertClose(numbers(components.get(k)), model.components()[k], "components_[" + k + "]");
        }
        assertClose(numbers(expected.get("explained_variance")), model.explainedVariance(), "explained_variance_");
        assertClose(numbers(expected.get("explained_variance_ratio")), model.explainedVarianceRatio(),
                "explained_variance_ratio_");
        assertClose(numbers(expected.get("singular_values")), model.singularValues(), "singular_values_");
        assertClose(numbers(expected.get("mean")), model.mean(), "mean_");
        double noise = ((Number) expected.get("noise_variance")).doubleValue();
        assertClose(new double[] {noise}, new double[] {model.noiseVariance()}, model.explainedVariance()[0],
                "noise_variance_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void transformsAsScikitLearn(ReferenceCase reference) {
        PCA estimator = estimator(reference);
        PCAModel model = estimator.fit(reference.input());
        Map<String, Object> expected = state(reference);
        int count = ((Number) expected.get("n_components")).intValue();
        int nulls = ((Number) expected.get("null_components")).intValue();
        assertColumnsClose(reference.expected(), estimator.fitTransform(reference.input()), count);
        Table query = reference.table("query.csv");
        assertColumnsClose(reference.table("query_expected.csv"), model.transform(query), count - nulls);
        Table inverse = reference.table("inverse_expected.csv");
        if (nulls == 0) {
            assertColumnsClose(inverse, model.inverseTransform(reference.table("query_expected.csv")),
                    inverse.columnCount());
        } else if (count == inverse.columnCount()) {
            assertColumnsClose(inverse, model.inverseTransform(model.transform(query)), inverse.columnCount());
        }
    }

    /** The first {@code count} columns of {@code expected}, by name, each within the tolerance of its largest value. */
    private static void assertColumnsClose(Table expected, Table actual, int count) {
        for (int j = 0; j < count; j++) {
            String name = expected.column(j).name();
            assertClose(((NumericColumn<?>) expected.column(j)).asDoubleArray(),
                    ((NumericColumn<?>) actual.column(name)).asDoubleArray(), "column " + name);
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertClose(expected, actual, 0, what);
    }

    /** Each value within TOLERANCE times the largest of 1, {@code scale} and the largest magnitude of {@code expected}. */
    private static void assertClose(double[] expected, double[] actual, double scale, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double largest = Math.max(1, scale);
        for (double e : expected) {
            largest = Math.max(largest, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= TOLERANCE * largest)) {
                fail(what + "[" + i + "]: expected " + expected[i] + ", found " + actual[i] + " (off by "
                        + Math.abs(expected[i] - actual[i]) / largest + " of the largest magnitude " + largest + ")");
            }
        }
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }
}
