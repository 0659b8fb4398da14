package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The laws between the decision function, the probabilities and the predictions, on both algorithms. */
class BoostedClassifierModelTest {

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void threeClassesDecideBySoftmaxOfTheDecisionOverKMinusOne(Algorithm algorithm) {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        AdaBoostClassifierModel model = new AdaBoostClassifier().algorithm(algorithm).nEstimators(12)
                .fit(wine, "cultivar");
        Table decision = model.decisionFunction(features);
        Table proba = model.predictProba(features);
        Column<?> predicted = model.predict(features);
        assertEquals(model.classes(), decision.columnNames());
        for (int i = 0; i < features.rowCount(); i++) {
            double[] d = new double[3];
            double sum = 0;
            double exponentials = 0;
            int top = 0;
            for (int k = 0; k < 3; k++) {
                d[k] = decision.doubleColumn(k).getDouble(i);
                sum += d[k];
                exponentials += Math.exp(d[k] / 2);
                top = d[k] > d[top] ? k : top;
            }
            // SAMME: each row's votes are fractions of the total weight; SAMME.R: each member's part sums to 0
            assertEquals(algorithm == Algorithm.SAMME ? 1 : 0, sum, 1e-12, "row " + i);
            for (int k = 0; k < 3; k++) {
                assertEquals(Math.exp(d[k] / 2) / exponentials, proba.doubleColumn(k).getDouble(i), 1e-12);
            }
            assertEquals(model.classes().get(top), predicted.getString(i));
        }
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void twoClassesHaveOneDecisionColumnForTheSecondClass(Algorithm algorithm) {
        Table cancer = Datasets.load("breast_cancer");
        Table features = Columns.without(cancer, "diagnosis");
        AdaBoostClassifierModel model = new AdaBoostClassifier().algorithm(algorithm).nEstimators(12)
                .fit(cancer, "diagnosis");
        Table decision = model.decisionFunction(features);
        assertEquals(List.of("malignant"), decision.columnNames());
        Table proba = model.predictProba(features);
        Column<?> predicted = model.predict(features);
        for (int i = 0; i < features.rowCount(); i++) {
            double d = decision.doubleColumn(0).getDouble(i);
            assertEquals(1 / (1 + Math.exp(-d)), proba.doubleColumn("malignant").getDouble(i), 1e-12);
            assertEquals(1, proba.doubleColumn("malignant").getDouble(i) + proba.doubleColumn("benign").getDouble(i), 1e-12);
            assertEquals(d > 0 ? "malignant" : "benign", predicted.getString(i));
        }
    }
}
