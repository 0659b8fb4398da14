package io.github.prepkit.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The weights SelectFromModel reads: absolute coefficients, their sum over the classes, or the importances. */
class FeatureWeightsTest {

    @Test
    void aLinearModelWeighsItsAbsoluteCoefficients() {
        Table diabetes = Datasets.load("diabetes");
        LinearRegressionModel model = new LinearRegression().fit(diabetes, "progression");
        FeatureWeights weights = model;
        double[] coefficients = model.coefficients();
        assertArrayEquals(new double[][] {coefficients}, weights.featureWeightRows());
        for (int j = 0; j < coefficients.length; j++) {
            assertEquals(Math.abs(coefficients[j]), weights.featureWeights()[j]);
        }
        assertEquals(model.features(), weights.featureNames());
    }

    @Test
    void oneVectorPerClassWeighsTheSumOfTheirAbsoluteValues() {
        LogisticRegressionModel model = new LogisticRegression().nJobs(1).fit(Datasets.load("iris"), "species");
        double[][] rows = model.coefficientMatrix();
        double[] weights = model.featureWeights();
        assertEquals(3, rows.length);
        for (int j = 0; j < weights.length; j++) {
            assertEquals(Math.abs(rows[0][j]) + Math.abs(rows[1][j]) + Math.abs(rows[2][j]), weights[j]);
        }
    }

    @Test
    void aTreeWeighsItsImportances() {
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(2).seed(1).fit(Datasets.load("iris"),
                "species");
        assertArrayEquals(model.featureImportances(), model.featureWeights());
        assertArrayEquals(new double[][] {model.featureImportances()}, model.featureWeightRows());
    }
}
