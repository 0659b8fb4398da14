package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.tree.DecisionTreeRegressor;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class DefaultFoldsTest {

    @Test
    void classifiersAreToldApartFromRegressors() {
        assertTrue(DefaultFolds.isClassifier(new KNeighborsClassifier()));
        assertTrue(DefaultFolds.isClassifier(new LogisticRegression()));
        assertFalse(DefaultFolds.isClassifier(new LinearRegression()));
        assertFalse(DefaultFolds.isClassifier(new DecisionTreeRegressor()));
        assertTrue(DefaultFolds.isClassifier(Pipeline.steps().transform("scale", new StandardScaler())
                .classifier("knn", new KNeighborsClassifier())));
        assertTrue(DefaultFolds.isClassifier(Pipeline.steps().predictor("knn", new KNeighborsClassifier())),
                "the final model decides, whatever the builder method");
        assertFalse(DefaultFolds.isClassifier(Pipeline.steps().predictor("ols", new LinearRegression())));
        Predictor<PredictorModel> lambda = (features, target) -> table -> target;
        assertFalse(DefaultFolds.isClassifier(lambda), "a lambda's fit is not declared to return a classifier");
    }

    @Test
    void aClassifierGetsStratifiedFoldsAndARegressorConsecutiveOnes() {
        assertEquals(new StratifiedKFold(3, false, 0), new DefaultFolds(3).forEstimator(new KNeighborsClassifier()));
        assertEquals(new KFold(3, false, 0), new DefaultFolds(3).forEstimator(new LinearRegression()));
    }

    @Test
    void withoutAnEstimatorTheFoldsAreConsecutive() {
        Table features = Table.create("f", DoubleColumn.create("x", 1, 2, 3, 4, 5, 6));
        IntColumn target = IntColumn.create("y", 0, 0, 0, 1, 1, 1);
        assertEquals(new KFold(3, false, 0).split(6), new DefaultFolds(3).split(features, target));
    }

    @Test
    void fewerThanTwoFoldsFail() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DefaultFolds(1));
        assertTrue(e.getMessage().contains("nSplits must be at least 2"), e.getMessage());
    }
}
