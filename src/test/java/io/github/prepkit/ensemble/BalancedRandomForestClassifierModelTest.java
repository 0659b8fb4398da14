package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.tree.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BalancedRandomForestClassifierModelTest {

    private static final Table CANCER = Datasets.load("breast_cancer");

    @Test
    void probabilitiesAreTheTreesAverage() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        BalancedRandomForestClassifierModel model = new BalancedRandomForestClassifier().nEstimators(7)
                .fit(wine, "cultivar");
        Table proba = model.predictProba(features);
        assertEquals(List.of("class_0", "class_1", "class_2"), proba.columnNames());
        double[] x = features.columnNames().stream().mapToDouble(name -> features.numberColumn(name).getDouble(10))
                .toArray();
        for (int k = 0; k < 3; k++) {
            double mean = 0;
            for (Tree tree : model.trees()) {
                mean += tree.value(tree.leaf(x, 0), k) / 7;
            }
            assertEquals(mean, proba.doubleColumn(k).getDouble(10), 1e-12);
        }
        assertEquals("cultivar", model.predict(features).name());
        assertEquals(13, model.featureImportances().length);
        assertTrue(model.toString().startsWith("BalancedRandomForestClassifierModel on [alcohol"), model.toString());
    }

    @Test
    void theModelRejectsTreesThatAreNotTheEstimators() {
        BalancedRandomForestClassifierModel model = new BalancedRandomForestClassifier().nEstimators(3).maxDepth(3)
                .fit(CANCER, "diagnosis");
        String step = "BalancedRandomForestClassifierModel: ";
        assertMessage(step, () -> BalancedRandomForestClassifierModel.of(model.estimator(), model.schema(),
                model.targetClasses(), model.trees().subList(0, 2)));
        assertMessage(step, () -> BalancedRandomForestClassifierModel.of(model.estimator().maxDepth(2),
                model.schema(), model.targetClasses(), model.trees()));
        assertMessage(step + "estimator", () -> BalancedRandomForestClassifierModel.of(null, model.schema(),
                model.targetClasses(), model.trees()));
        BalancedRandomForestClassifierModel rebuilt = BalancedRandomForestClassifierModel.of(model.estimator(),
                model.schema(), model.targetClasses(), model.trees());
        Table features = Columns.without(CANCER, "diagnosis");
        assertEquals(model.predictProba(features).doubleColumn(1).asList(),
                rebuilt.predictProba(features).doubleColumn(1).asList());
    }
}
