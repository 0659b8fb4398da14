package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BalancedBaggingClassifierModelTest {

    private static final Table CANCER = Datasets.load("breast_cancer");
    private static final Table FEATURES = Columns.without(CANCER, "diagnosis");

    @Test
    void aFittedModelAveragesItsMembersOnTheirOwnFeatures() {
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier()
                .estimator(new DecisionTreeClassifier().maxDepth(3)).maxFeatures(0.3).nEstimators(5).seed(8)
                .fit(CANCER, "diagnosis");
        double[] sums = new double[FEATURES.rowCount()];
        for (int t = 0; t < 5; t++) {
            int[] own = model.estimatorsFeatures().get(t);
            Table seen = FEATURES.selectColumns(Arrays.stream(own).mapToObj(j -> FEATURES.columnNames().get(j))
                    .toArray(String[]::new));
            Table proba = model.estimators().get(t).predictProba(seen);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += proba.doubleColumn("malignant").getDouble(i);
            }
        }
        Table proba = model.predictProba(FEATURES);
        for (int i = 0; i < sums.length; i++) {
            assertEquals(sums[i] / 5, proba.doubleColumn("malignant").getDouble(i), 1e-12);
            assertEquals(1.0, proba.doubleColumn("benign").getDouble(i) + proba.doubleColumn("malignant").getDouble(i),
                    1e-12);
        }
    }

    @Test
    void aModelWithAnotherBaseAndRepeatedFeaturesSavesAndLoadsBitForBit() {
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier()
                .estimator(new LogisticRegression().nJobs(1)).bootstrapFeatures(true).maxFeatures(4).nEstimators(3)
                .seed(2).fit(CANCER, "diagnosis");
        byte[] file = ModelFiles.toBytes(model);
        BalancedBaggingClassifierModel loaded = ModelFiles.fromBytes(file, BalancedBaggingClassifierModel.class);
        assertArrayEquals(file, ModelFiles.toBytes(loaded));
        assertTableIdentical(model.predictProba(FEATURES), loaded.predictProba(FEATURES));
        assertEquals(model.estimator(), loaded.estimator());
    }

    @Test
    void estimatorsFeaturesAreCopies() {
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier().maxFeatures(2).nEstimators(2)
                .fit(CANCER, "diagnosis");
        int[] first = model.estimatorsFeatures().get(0).clone();
        model.estimatorsFeatures().get(0)[0] = 29;
        assertArrayEquals(first, model.estimatorsFeatures().get(0));
        assertEquals(new BalancedBaggingClassifier().maxFeatures(2).nEstimators(2), model.estimator());
    }
}
