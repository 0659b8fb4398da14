package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.LambdaModels;
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
    void aClassifierGetsStratifiedFoldsAndAnyOtherPredictorConsecutiveOnes() {
        DefaultFolds folds = new DefaultFolds(3);
        StratifiedKFold stratified = new StratifiedKFold(3, false, 0);
        KFold consecutive = new KFold(3, false, 0);
        assertEquals(stratified, folds.forEstimator(new KNeighborsClassifier()));
        assertEquals(stratified, folds.forEstimator(new LogisticRegression()));
        assertEquals(consecutive, folds.forEstimator(new LinearRegression()));
        assertEquals(consecutive, folds.forEstimator(new DecisionTreeRegressor()));
        assertEquals(stratified, folds.forEstimator(Pipeline.steps().transform("scale", new StandardScaler())
                .classifier("knn", new KNeighborsClassifier())));
        assertEquals(consecutive, folds.forEstimator(Pipeline.steps().regressor("ols", new LinearRegression())));
        Predictor<PredictorModel> lambda = (features, target) -> LambdaModels.predictor(table -> target);
        assertEquals(consecutive, folds.forEstimator(lambda), "a predictor that is not a Classifier is not one");
        Classifier<ClassifierModel> classifierLambda = (features, target) -> {
            throw new UnsupportedOperationException();
        };
        assertEquals(stratified, folds.forEstimator(classifierLambda), "the type decides");
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
