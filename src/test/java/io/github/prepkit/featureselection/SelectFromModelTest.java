package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.pipeline.RegressorPipelineModel;
import io.github.prepkit.tree.DecisionTreeRegressor;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** SelectFromModel around a linear model and a tree: thresholds, maxFeatures and its ties, refusals, the file. */
class SelectFromModelTest {

    /** y = 3a - 0.5b + 2d + 1 exactly: the coefficients' magnitudes 3, 0.5, 0, 2; the label passes through. */
    static Table table() {
        double[] a = {1, 2, 0, 4, 3, 5, 1, 2};
        double[] b = {3, 1, 4, 1, 5, 9, 2, 6};
        double[] c = {0.5, -1, 2, 0, 1, 3, -2, 1};
        double[] d = {2, 7, 1, 8, 2, 8, 1, 8};
        double[] y = new double[a.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 * a[i] - 0.5 * b[i] + 2 * d[i] + 1;
        }
        return Table.create("t", DoubleColumn.create("a", a), DoubleColumn.create("b", b), DoubleColumn.create("c", c),
                StringColumn.create("label", "p", "q", "r", "s", "t", "u", "v", "w"), DoubleColumn.create("d", d),
                DoubleColumn.create("y", y));
    }

    private static SelectFromModelModel fit(SelectFromModel selector) {
        Table table = table();
        return selector.fit(Columns.without(table, "y"), table.column("y"));
    }

    @Test
    void keepsTheColumnsWeighingAtLeastTheMean() {
        SelectFromModelModel model = fit(new SelectFromModel(new LinearRegression()));
        assertEquals(List.of("a", "b", "c", "d"), model.columns());
        double[] weights = model.weights();
        assertEquals(3, weights[0], 1e-12);
        assertEquals(0.5, weights[1], 1e-12);
        assertEquals(0, weights[2], 1e-12);
        assertEquals(2, weights[3], 1e-12);
        assertEquals((weights[0] + weights[1] + weights[2] + weights[3]) / 4, model.threshold(), 1e-15);
        assertArrayEquals(new boolean[] {true, false, false, true}, model.support());
        assertEquals(List.of("a", "label", "d"), model.transform(Columns.without(table(), "y")).columnNames());
        assertInstanceOf(LinearRegressionModel.class, model.estimatorModel());
        assertTrue(model.toString().startsWith("SelectFromModelModel on [a, b, c, d]: weights [3, 0.5"), model.toString());
    }

    @Test
    void theMedianAScaleAndANumberMoveTheThreshold() {
        assertEquals(List.of("a", "d"), fit(new SelectFromModel(new LinearRegression()).threshold(Threshold.median()))
                .selected());
        assertEquals(List.of("a", "b", "d"), fit(new SelectFromModel(new LinearRegression())
                .threshold(Threshold.mean().times(0.3))).selected());
        assertEquals(List.of("a"), fit(new SelectFromModel(new LinearRegression()).threshold(2.5)).selected());
    }

    @Test
    void maxFeaturesKeepsTheHeaviestAndOfEqualWeightsTheEarlier() {
        assertEquals(List.of("a"), fit(new SelectFromModel(new LinearRegression()).maxFeatures(1)).selected());
        assertEquals(List.of(), fit(new SelectFromModel(new LinearRegression()).maxFeatures(0)).selected());
        // a stump splits on one column: the three others weigh 0 and tie
        SelectFromModelModel stump = fit(new SelectFromModel(new DecisionTreeRegressor().maxDepth(1))
                .threshold(Double.NEGATIVE_INFINITY).maxFeatures(3));
        assertEquals(1, stump.weights()[3]);
        assertEquals(List.of("a", "b", "d"), stump.selected());
    }

    @Test
    void onlyTheNamedColumnsAreWeighed() {
        SelectFromModelModel model = fit(new SelectFromModel(new LinearRegression()).columns("b", "c"));
        assertEquals(List.of("b", "c"), model.columns());
        assertEquals(List.of("a", "b", "label", "d"), model.transform(Columns.without(table(), "y")).columnNames());
    }

    @Test
    void aModelWithoutWeightsAndTooManyFeaturesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(new SelectFromModel(new KNeighborsRegressor().nNeighbors(2))));
        assertTrue(e.getMessage().contains("SelectFromModel: the estimator's model, a KNeighborsRegressorModel, has"
                + " neither coefficients nor feature importances"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> fit(new SelectFromModel(new LinearRegression())
                .maxFeatures(5)));
        assertTrue(e.getMessage().contains("maxFeatures must be at most the number of columns weighed, 4, found 5"),
                e.getMessage());
        Table gap = table();
        gap.doubleColumn("c").setMissing(2);
        e = assertThrows(IllegalArgumentException.class, () -> new SelectFromModel(new LinearRegression())
                .fit(gap, "y"));
        assertTrue(e.getMessage().contains("SelectFromModel: feature column 'c' has 1 missing"), e.getMessage());
    }

    @Test
    void theFactoryChecksTheEstimatorsModel() {
        Table features = Columns.without(table(), "y");
        Schema schema = Schema.of(features);
        SelectFromModel selector = new SelectFromModel(new LinearRegression());
        SelectFromModelModel model = selector.fit(features, table().column("y"));
        assertEquals(model.support().length, SelectFromModelModel.of(selector, schema, model.estimatorModel())
                .support().length);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelectFromModelModel.of(
                selector.estimator(new LinearRegression(false)), schema, model.estimatorModel())).getMessage()
                .contains("not by the selector's estimator"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelectFromModelModel.of(selector.columns("a", "b"),
                schema, model.estimatorModel())).getMessage().contains("selects [a, b]"));
    }

    @Test
    void aPipelineWithTheSelectorIsSavedAndLoaded() {
        Table data = table().removeColumns("label");
        RegressorPipelineModel pipeline = Pipeline.steps().transform("select", new SelectFromModel(new LinearRegression()))
                .regressor("linear", new LinearRegression()).fit(data, "y");
        Table features = Columns.without(data, "y");
        assertEquals(List.of("a", "d"), pipeline.step("select", SelectFromModelModel.class).selected());
        byte[] file = ModelFiles.toBytes(pipeline);
        RegressorPipelineModel loaded = ModelFiles.fromBytes(file, RegressorPipelineModel.class);
        assertEquals(pipeline.predict(features).asList(), loaded.predict(features).asList());
        assertArrayEquals(file, ModelFiles.toBytes(loaded));
    }
}
