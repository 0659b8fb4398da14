package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import org.junit.jupiter.api.Test;

/** The reference case {@code impute/knn}: scikit-learn 1.2.1's {@code KNNImputer}, within 1e-9. */
class KNNImputerReferenceTest {

    @Test
    void matchesScikitLearn() {
        ReferenceCase reference = ReferenceCase.of("impute/knn");
        assertEquals("KNNImputer", reference.params().get("class"));
        assertEquals("nan_euclidean", reference.params().get("metric"));
        KNNImputer imputer = new KNNImputer()
                .nNeighbors(((Number) reference.params().get("n_neighbors")).intValue())
                .weights(KNNImputer.Weights.valueOf(((String) reference.params().get("weights")).toUpperCase()));
        TableAssertions.assertTableClose(reference.expected(), imputer.fitTransform(reference.input()), 1e-9);
    }
}
