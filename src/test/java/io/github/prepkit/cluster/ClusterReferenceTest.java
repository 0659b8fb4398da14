package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.Tolerance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The reference case {@code models/kmeans_given_init}: scikit-learn 1.2.1's {@code KMeans(algorithm="lloyd")} from
 * given centroids; labels equal, centres and inertia within 1e-6.
 */
class ClusterReferenceTest {

    @Test
    void givenInitialCentroidsMatchScikitLearn() {
        ReferenceCase reference = ReferenceCase.of("models/kmeans_given_init");
        Map<String, Object> params = reference.params();
        KMeansModel model = new KMeans()
                .nClusters(((Number) params.get("n_clusters")).intValue())
                .init(rows(reference.table("init.csv")))
                .nInit(((Number) params.get("n_init")).intValue())
                .maxIter(((Number) params.get("max_iter")).intValue())
                .tol(((Number) params.get("tol")).doubleValue())
                .fit(reference.input());

        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        int[] labels = ((List<?>) expected.get("labels")).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
        assertArrayEquals(labels, model.labels());
        double[][] centres = model.clusterCenters();
        List<?> expectedCentres = (List<?>) expected.get("centers");
        for (int c = 0; c < centres.length; c++) {
            List<?> row = (List<?>) expectedCentres.get(c);
            for (int j = 0; j < row.size(); j++) {
                Tolerance.assertClose(((Number) row.get(j)).doubleValue(), centres[c][j], 1e-6, "centre " + c + ", feature " + j);
            }
        }
        Tolerance.assertClose(((Number) expected.get("inertia")).doubleValue(), model.inertia(), 1e-6, "inertia");
        assertArrayEquals(labels, model.predict(reference.input()).asIntArray(), "predict on the training rows");
    }

    private static double[][] rows(Table table) {
        double[][] rows = new double[table.rowCount()][table.columnCount()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < table.columnCount(); j++) {
                rows[i][j] = table.numberColumn(j).getDouble(i);
            }
        }
        return rows;
    }
}
