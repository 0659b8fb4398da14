package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.reference.WeightCases;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * The {@code cluster/kmeans_weighted_*} cases of {@code generate_kmeans_weights.py}: scikit-learn 1.2.1's
 * {@code KMeans.fit(X, sample_weight)}. From given centroids: labels and iterations equal, centres, inertia and the
 * weighted scores within 1e-6, and integer weights against scikit-learn's fit of the repeated rows. From k-means++ or
 * random centres (numpy's draws, not ours): the inertia within 1e-6 of the optimum every random_state reaches, and
 * the weighted score of new rows, which does not depend on the clusters' numbering, within 1e-6.
 */
class KMeansWeightsReferenceTest {

    private static final double TOLERANCE = 1e-6;

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("cluster").stream().filter(c -> c.id().startsWith("cluster/kmeans_weighted_")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void weightedFitIsScikitLearns(ReferenceCase reference) {
        Map<String, Object> params = (Map<String, Object>) reference.params().get("params");
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        Table features = Columns.without(reference.input(), "weight");
        double[] weights = reference.input().numberColumn("weight").asDoubleArray();
        KMeans kMeans = kMeans(reference, params);
        KMeansModel model = kMeans.fit(features, weights);
        boolean given = "init.csv".equals(params.get("init"));
        if (given) {
            assertArrayEquals(ints(expected.get("labels")), model.labels(), reference + ": labels");
            assertEquals(((Number) expected.get("n_iter")).intValue(), model.iterations(), reference + ": iterations");
            assertCentres(expected.get("centers"), model.clusterCenters(), reference.id());
            Tolerance.assertClose(number(expected, "inertia"), model.inertia(), TOLERANCE, reference + ": inertia");
        } else {
            // the script checked that every random_state 0..19 reaches this inertia to 1e-9
            Map<String, Object> seeds = (Map<String, Object>) expected.get("seed_inertia");
            Tolerance.assertClose(number(seeds, "max"), model.inertia(), TOLERANCE, reference + ": inertia");
        }
        Tolerance.assertClose(number(expected, "score"), model.score(features, weights), TOLERANCE,
                reference + ": score");
        if (expected.containsKey("query_score")) {
            Table query = reference.table("query.csv");
            double[] queryWeights = query.numberColumn("weight").asDoubleArray();
            Table queryFeatures = Columns.without(query, "weight");
            Tolerance.assertClose(number(expected, "query_score"), model.score(queryFeatures, queryWeights), TOLERANCE,
                    reference + ": score of the query rows");
            if (given) {
                assertArrayEquals(ints(expected.get("query_labels")), model.predict(queryFeatures).asIntArray(),
                        reference + ": predict");
            }
        }
        if (expected.containsKey("repeated")) {
            repeatedRows(reference, (Map<String, Object>) expected.get("repeated"), kMeans, features, weights, model);
        }
    }

    /** Integer weights: scikit-learn's fit of the repeated rows, ours, and our weighted fit agree. */
    private static void repeatedRows(ReferenceCase reference, Map<String, Object> repeated, KMeans kMeans,
            Table features, double[] weights, KMeansModel weighted) {
        int[] counts = Arrays.stream(weights).mapToInt(w -> (int) w).toArray();
        KMeansModel copies = kMeans.fit(WeightCases.duplicated(features, counts));
        assertArrayEquals(ints(repeated.get("labels")), copies.labels(), reference + ": labels of the repeated rows");
        assertCentres(repeated.get("centers"), copies.clusterCenters(), reference + ", repeated rows");
        assertCentres(repeated.get("centers"), weighted.clusterCenters(), reference + ", weighted against repeated");
        Tolerance.assertClose(number(repeated, "inertia"), weighted.inertia(), TOLERANCE,
                reference + ": weighted inertia against the repeated rows'");
    }

    private static KMeans kMeans(ReferenceCase reference, Map<String, Object> params) {
        KMeans kMeans = new KMeans().nClusters(((Number) params.get("n_clusters")).intValue())
                .nInit(((Number) params.get("n_init")).intValue()).maxIter(((Number) params.get("max_iter")).intValue())
                .tol(((Number) params.get("tol")).doubleValue());
        return switch ((String) params.get("init")) {
            case "init.csv" -> kMeans.init(rows(reference.table("init.csv")));
            case "k-means++" -> kMeans.init(KMeans.Init.K_MEANS_PLUS_PLUS);
            case "random" -> kMeans.init(KMeans.Init.RANDOM);
            default -> throw new AssertionError(reference + ": init " + params.get("init"));
        };
    }

    private static void assertCentres(Object expected, double[][] actual, String what) {
        List<?> centres = (List<?>) expected;
        assertEquals(centres.size(), actual.length, what + ": clusters");
        for (int c = 0; c < centres.size(); c++) {
            List<?> centre = (List<?>) centres.get(c);
            for (int j = 0; j < centre.size(); j++) {
                Tolerance.assertClose(((Number) centre.get(j)).doubleValue(), actual[c][j], TOLERANCE,
                        what + ": centre " + c + ", feature " + j);
            }
        }
    }

    private static double[][] rows(Table table) {
        return IntStream.range(0, table.rowCount())
                .mapToObj(i -> Arrays.stream(table.numberColumns()).mapToDouble(column -> column.getDouble(i)).toArray())
                .toArray(double[][]::new);
    }

    private static int[] ints(Object values) {
        return ((List<?>) values).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
