package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.scale.MinMaxScaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class PipelineModelTest {

    private static final double NaN = Double.NaN;

    private static Table features(double... x) {
        return Table.create("f", DoubleColumn.create("x", x));
    }

    /**
     * x = 0, 2, 4, missing with y = 1, 5, 9, 5: the mean 2 fills the gap (on the line y = 1 + 2x), the min-max
     * scaler maps x to x / 4, so least squares finds y = 1 + 8 x'. A sampler that keeps the rows sits between.
     * sklearn: make_pipeline(SimpleImputer(), MinMaxScaler(), LinearRegression()).fit(X, y): coef_ [8.],
     * intercept_ 1.0; predict([[10], [nan]]) = [21, 5]; [:-1].transform([[10], [nan]]) = [2.5, 0.5]
     */
    private static PipelineModel model() {
        return Pipeline.steps()
                .transform("impute", new SimpleImputer())
                .resample("keep", (data, target) -> data)
                .transform("scale", new MinMaxScaler())
                .regressor("ols", new LinearRegression())
                .fit(features(0, 2, 4, NaN), DoubleColumn.create("y", 1, 5, 9, 5));
    }

    @Test
    void transformerNamesLeaveOutTheSamplerAndTheModel() {
        PipelineModel model = model();
        assertEquals(List.of("impute", "scale"), model.transformerNames());
        assertThrows(UnsupportedOperationException.class, () -> model.transformerNames().add("ols"));
    }

    @Test
    void theFinalModelIsFittedOnTheTransformedFeatures() {
        LinearRegressionModel ols = assertInstanceOf(LinearRegressionModel.class, model().finalModel());
        assertArrayEquals(new double[] {8}, ols.coefficients(), 1e-12);
        assertEquals(1, ols.intercept(), 1e-12);
    }

    @Test
    void transformAppliesEveryFittedTransformerToRowsNotSeenAtFit() {
        // impute: 10 stays, the gap gets 2; scale: x / 4
        Table ready = model().transform(features(10, NaN));
        assertEquals(List.of("x"), ready.columnNames());
        assertArrayEquals(new double[] {2.5, 0.5}, ready.doubleColumn("x").asDoubleArray(), 1e-12);
    }

    @Test
    void predictGivesAColumnNamedLikeTheTarget() {
        // 1 + 8 * 2.5 = 21, 1 + 8 * 0.5 = 5
        Column<?> predicted = model().predict(features(10, NaN));
        assertEquals("y", predicted.name());
        assertArrayEquals(new double[] {21, 5}, ((DoubleColumn) predicted).asDoubleArray(), 1e-12);
    }

    @Test
    void aSecondCallGivesTheSamePredictions() {
        PipelineModel model = model();
        assertEquals(model.predict(features(NaN, 1, 3)).asList(), model.predict(features(NaN, 1, 3)).asList());
    }

    @Test
    void predictAndTransformLeaveTheInputAlone() {
        PipelineModel model = model();
        assertInputUnchanged(features(NaN, 7), model::predict, model::transform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        PipelineModel model = model();
        assertRejected(() -> model.predict(Table.create("f", DoubleColumn.create("z", 1.0))), "column 'x' is missing");
        assertRejected(() -> model.transform(features(1).addColumns(DoubleColumn.create("y", 1.0))),
                "column 'y' was not seen at fit");
        assertRejected(() -> model.predict(Table.create("f", StringColumn.create("x", "1"))),
                "column 'x' was DOUBLE at fit, found STRING");
        assertEquals("features must not be null",
                assertThrows(IllegalArgumentException.class, () -> model.transform(null)).getMessage());
    }

    @Test
    void stepsGiveEveryFittedStepByNameInOrderAndTheSamplerNone() {
        PipelineModel model = model();
        assertEquals(List.of("impute", "scale", "ols"), List.copyOf(model.steps().keySet()));
        assertEquals(List.of(2.0), model.step("impute", SimpleImputerModel.class).statistics());
        assertSame(model.finalModel(), model.step("ols"));
        assertRejected(() -> model.step("keep"), "no fitted step 'keep'", "'keep' is a sampler, which acts at fit only");
        assertRejected(() -> model.step("nothing"), "no fitted step 'nothing'; the fitted steps are [impute, scale, ols]");
        assertRejected(() -> model.step("scale", SimpleImputerModel.class),
                "step 'scale' is a MinMaxScalerModel, not a SimpleImputerModel");
        assertThrows(UnsupportedOperationException.class, () -> model.steps().remove("ols"));
    }

    @Test
    void theSchemaIsTheFirstTransformersAndTheEstimatorKeepsTheSampler() {
        PipelineModel model = model();
        assertEquals(Schema.of(features(1)), model.schema());
        assertEquals(List.of("impute", "keep", "scale", "ols"), model.estimator().names());
        Table table = features(1, 2);
        assertEquals(Schema.of(table), Pipeline.steps().regressor("ols", new LinearRegression())
                .fit(table, DoubleColumn.create("y", 1, 2)).schema(), "without transformers, the model's");
    }

    @Test
    void itPrintsItsColumnsAndEachStepOnALine() {
        String text = model().toString();
        assertTrue(text.startsWith("RegressorPipelineModel on [x]\n  impute: SimpleImputerModel"), text);
        assertTrue(text.contains("\n  scale: MinMaxScalerModel on [x]: dataMin [0], dataMax [4]"), text);
        assertTrue(text.contains("\n  ols: LinearRegressionModel"), text);
        assertEquals(4, text.lines().count(), text);
    }
}
