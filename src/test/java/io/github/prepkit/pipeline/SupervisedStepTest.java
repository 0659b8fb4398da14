package io.github.prepkit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A pipeline step that learns from the target: fitted with it, training the next step on its training output. */
class SupervisedStepTest {

    /**
     * Learns a standard scaler from rows that must come with their target, and gives the next step the rows unscaled,
     * so that a pipeline's predictions show which of the two it used where.
     */
    private record ScalerSeeingTarget() implements SupervisedTransformer<StandardScalerModel> {

        @Override
        public StandardScalerModel fit(Table features, Column<?> target) {
            if (target.size() != features.rowCount() || features.containsColumn(target.name())) {
                throw new IllegalArgumentException("the target must come apart, one value per row");
            }
            return new StandardScaler().fit(features);
        }

        @Override
        public Table trainingOutput(StandardScalerModel model, Table features, Column<?> target) {
            return features.copy();
        }
    }

    private static final RegressorPipeline PIPELINE =
            Pipeline.steps().transform("scale", new ScalerSeeingTarget()).regressor("ols", new LinearRegression());

    @Test
    void theNextStepLearnsFromTheTrainingOutputAndPredictionUsesTheModel() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        var byHand = new LinearRegression().fit(features, diabetes.column("progression"));
        var scaled = new StandardScaler().fit(features).transform(features);
        var predicted = PIPELINE.fit(diabetes, "progression").predict(features);
        assertEquals(byHand.predict(scaled).asList(), predicted.asList());
        assertNotEquals(byHand.predict(features).asList(), predicted.asList());
    }

    @Test
    void theStepIsNamedListedAndComparedAsTheOthers() {
        assertEquals(List.of("scale", "ols"), PIPELINE.names());
        assertEquals(List.of(new Step.SupervisedTransform("scale", new ScalerSeeingTarget())), PIPELINE.stepsBeforeModel());
        assertEquals(PIPELINE, Pipeline.steps().transform("scale", new ScalerSeeingTarget())
                .regressor("ols", new LinearRegression()));
        assertTrue(PIPELINE.toString().contains("scale=ScalerSeeingTarget[]"), PIPELINE.toString());
    }

    @Test
    void aNullSupervisedStepIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.steps().transform("scale", (SupervisedTransformer<?>) null));
        assertTrue(e.getMessage().contains("transformer"), e.getMessage());
    }

    @Test
    void fittingByTargetNameTakesTheOtherColumnsAsFeatures() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        assertEquals(new StandardScaler().fit(features).transform(features).toString(),
                new ScalerSeeingTarget().fit(diabetes, "progression").transform(features).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScalerSeeingTarget().fit(diabetes, "no_such_column"));
        assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
    }

    @Test
    void fitTransformIsTheTrainingOutputOfTheFittedModel() {
        Table diabetes = Columns.without(Datasets.load("diabetes"), "progression");
        Column<?> target = Datasets.load("diabetes").column("progression");
        assertEquals(diabetes.toString(), new ScalerSeeingTarget().fitTransform(diabetes, target).toString());
    }
}
