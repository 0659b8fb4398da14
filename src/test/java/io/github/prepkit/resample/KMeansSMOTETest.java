package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.ReferenceCase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KMeansSMOTETest {

    /**
     * imbalanced-learn 0.10's KMeansSMOTE with the same initial centres (generate_oversampling.py): the same clusters,
     * class counts, and, cluster by cluster in imbalanced-learn's order, as many new rows, each on a segment between
     * a row of the class in that cluster and one of its kNeighbors nearest rows of the class in that cluster.
     */
    @ParameterizedTest
    @ValueSource(strings = {"kmeans_smote_blobs", "kmeans_smote_cancer"})
    @SuppressWarnings("unchecked")
    void matchesImbalancedLearnsClustersCountsAndTheLaw(String name) {
        ReferenceCase reference = ReferenceCase.of("resample/" + name);
        Table input = reference.input();
        Map<String, Object> params = reference.params();
        String target = (String) params.get("target");
        int k = ((Long) params.get("k_neighbors")).intValue();
        double[][] init = ((List<List<Number>>) params.get("init")).stream()
                .map(row -> row.stream().mapToDouble(Number::doubleValue).toArray()).toArray(double[][]::new);
        KMeans kmeans = new KMeans().nClusters(init.length).init(init).nJobs(1);
        KMeansSMOTE sampler = new KMeansSMOTE().kNeighbors(k).kmeansEstimator(kmeans);
        if (params.get("cluster_balance_threshold") instanceof Number threshold) {
            sampler = sampler.clusterBalanceThreshold(threshold.doubleValue());
        }
        if (params.get("density_exponent") instanceof Number exponent) {
            sampler = sampler.densityExponent(exponent.doubleValue());
        }
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        List<String> features = input.columnNames().stream().filter(c -> !c.equals(target)).toList();
        int[] labels = kmeans.fit(input.selectColumns(features.toArray(String[]::new))).labels();
        assertArrayEquals(((List<Number>) expected.get("labels")).stream().mapToInt(Number::intValue).toArray(), labels);
        Table resampled = sampler.fitResample(input, target);
        Segments.assertClassCounts(resampled, target, expected.get("class_counts_after"));
        double[][] all = Segments.points(input, features, 0, input.rowCount());
        double[][] synthetic = Segments.points(resampled, features, input.rowCount(), resampled.rowCount());
        Map<String, List<Map<String, Object>>> clusters = (Map<String, List<Map<String, Object>>>) expected.get("clusters");
        int next = 0;
        for (String label : clusters.keySet().stream().sorted().toList()) {
            for (Map<String, Object> cluster : clusters.get(label)) {
                int[] rows = ((List<Number>) cluster.get("rows")).stream().mapToInt(Number::intValue).toArray();
                double[][] members = Segments.pick(all, rows);
                int[][] neighbours = Segments.neighbours(members, k);
                for (int n = 0; n < ((Number) cluster.get("count")).intValue(); n++, next++) {
                    assertEquals(label, resampled.column(target).getString(input.rowCount() + next));
                    assertTrue(Segments.onSomeSegment(synthetic[next], members, members, neighbours, 1),
                            label + ": " + Arrays.toString(synthetic[next]));
                }
            }
        }
        assertEquals(synthetic.length, next);
    }

    /** Class b: rows at 0..3 and 100..103 on x; class a: 30 rows from 40 to 69, so that k-means makes three groups. */
    private static Table groups() {
        double[] x = new double[38];
        String[] label = new String[38];
        for (int i = 0; i < 4; i++) {
            x[i] = i;
            x[4 + i] = 100 + i;
            label[i] = "b";
            label[4 + i] = "b";
        }
        for (int i = 8; i < 38; i++) {
            x[i] = 32 + i;
            label[i] = "a";
        }
        return Table.create("groups", DoubleColumn.create("x", x), StringColumn.create("label", label));
    }

    @Test
    void newRowsStayInsideTheClustersThatPass() {
        KMeans kmeans = new KMeans().nClusters(3).init(new double[][] {{1}, {55}, {101}}).nJobs(1);
        Table resampled = new KMeansSMOTE().kmeansEstimator(kmeans).seed(2).fitResample(groups(), "label");
        // both b groups pass (share 1, 4 rows >= k + 1); their spreads are equal, so each makes ceil(22 / 2) = 11 rows
        assertEquals(60, resampled.rowCount());
        double[] x = resampled.doubleColumn("x").asDoubleArray();
        for (int i = 38; i < 60; i++) {
            assertTrue(i < 49 ? x[i] >= 0 && x[i] <= 3 : x[i] >= 100 && x[i] <= 103, i + ": " + x[i]);
        }
        // a threshold above b's share nowhere passes: imbalanced-learn fails too
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeansSMOTE().kmeansEstimator(kmeans)
                .clusterBalanceThreshold(1.5).fitResample(groups(), "label")).getMessage()
                .startsWith("KMeansSMOTE: no cluster has enough rows of class 'b'"));
        // with k = 4 a group of 4 b rows is too small
        assertThrows(IllegalArgumentException.class,
                () -> new KMeansSMOTE().kmeansEstimator(kmeans).kNeighbors(4).fitResample(groups(), "label"));
    }

    @Test
    void theSeedDecidesAndTheThreadCountDoesNot() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        KMeansSMOTE sampler = new KMeansSMOTE().kmeansEstimator(new KMeans().nClusters(3).nJobs(1)).seed(3);
        double[] one = sampler.nJobs(1).fitResample(cancer, "diagnosis").doubleColumn("mean_radius").asDoubleArray();
        double[] two = sampler.nJobs(2).fitResample(cancer, "diagnosis").doubleColumn("mean_radius").asDoubleArray();
        double[] other = sampler.seed(4).fitResample(cancer, "diagnosis").doubleColumn("mean_radius").asDoubleArray();
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, other));
    }

    @Test
    void defaultsAndParameters() {
        KMeansSMOTE sampler = new KMeansSMOTE();
        assertEquals(SamplingStrategy.AUTO, sampler.samplingStrategy());
        assertEquals(2, sampler.kNeighbors());
        assertEquals(new KMeans(), sampler.kmeansEstimator());
        assertEquals(OptionalDouble.empty(), sampler.clusterBalanceThreshold());
        assertEquals(OptionalDouble.empty(), sampler.densityExponent());
        assertEquals(OptionalDouble.of(0.3), sampler.clusterBalanceThreshold(0.3).clusterBalanceThreshold());
        assertEquals("KMeansSMOTE: densityExponent must be finite (or auto), found NaN",
                assertThrows(IllegalArgumentException.class, () -> sampler.densityExponent(Double.NaN)).getMessage());
        assertEquals("KMeansSMOTE: kNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> sampler.kNeighbors(0)).getMessage());
        assertEquals("kmeansEstimator must not be null",
                assertThrows(IllegalArgumentException.class, () -> sampler.kmeansEstimator(null)).getMessage());
        Table seven = Table.create("seven", DoubleColumn.create("x", 0, 1, 2, 50, 51, 52, 53),
                StringColumn.create("label", "b", "b", "b", "a", "a", "a", "a"));
        String message = assertThrows(IllegalArgumentException.class, () -> sampler.fitResample(seven, "label"))
                .getMessage();
        assertTrue(message.startsWith("KMeansSMOTE: kmeansEstimator: KMeans: nClusters=8"), message);
    }
}
