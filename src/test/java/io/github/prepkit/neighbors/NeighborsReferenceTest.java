package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.columns.Column;

/** The reference case {@code models/knn_classifier}: scikit-learn 1.2.1's KNeighborsClassifier on iris, predictions equal. */
class NeighborsReferenceTest {

    @Test
    void knnClassifierPredictsAsScikitLearn() {
        ReferenceCase reference = ReferenceCase.of("models/knn_classifier");
        Map<String, Object> params = reference.params();
        assertEquals("euclidean", params.get("metric"));
        assertEquals("uniform", params.get("weights"));
        KNeighborsClassifierModel model = new KNeighborsClassifier()
                .nNeighbors(((Number) params.get("n_neighbors")).intValue())
                .metric(Metric.EUCLIDEAN)
                .weights(Weights.UNIFORM)
                .fit(reference.input(), (String) params.get("target"));
        Column<?> predicted = model.predict(reference.table("query.csv"));
        Column<?> expected = reference.expected().column("prediction");
        assertEquals(expected.size(), predicted.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.getString(i), predicted.getString(i), "row " + i);
        }
    }
}
