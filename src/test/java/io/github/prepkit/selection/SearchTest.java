package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.neighbors.Metric;
import io.github.prepkit.neighbors.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void axesApplyTheirValuesInOrderOnTopOfTheBaseEstimator() {
        GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> search = GridSearch.of(new KNeighborsClassifier().metric(Metric.MANHATTAN))
                .axis("k", List.of(2), KNeighborsClassifier::nNeighbors)
                .axis("weights", List.of(Weights.DISTANCE), KNeighborsClassifier::weights);
        SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> result = search.refit(false).cv(3).fit(Datasets.load("iris"), "species");
        assertEquals(new KNeighborsClassifier().metric(Metric.MANHATTAN).nNeighbors(2).weights(Weights.DISTANCE),
                result.bestEstimator());
    }

    @Test
    void theSearchIsNamedInItsSettings() {
        assertEquals("GridSearch", GridSearch.of(new KNeighborsClassifier()).step());
        assertEquals("RandomSearch", RandomSearch.of(new KNeighborsClassifier()).step());
    }
}
