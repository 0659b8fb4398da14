package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.ensemble.DrawSize;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.persist.ModelFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * RFE on {@link SelectFromModelTest#table()}, whose exact linear fit weighs a, b, c, d as 3, 0.5, 0, 2: rankings by
 * hand for each step and count, the fractions, the refusals and the factory's checks.
 */
class RFETest {

    private static RFEModel fit(RFE rfe) {
        Table table = SelectFromModelTest.table();
        return rfe.fit(Columns.without(table, "y"), table.column("y"));
    }

    @Test
    void oneColumnARoundDropsTheLightestEachTime() {
        RFEModel model = fit(new RFE(new LinearRegression()).nFeaturesToSelect(1));
        // round 1 drops c, round 2 (a, b, d) b, round 3 (a, d) d
        assertArrayEquals(new int[] {1, 3, 4, 2}, model.ranking());
        assertArrayEquals(new boolean[] {true, false, false, false}, model.support());
        assertEquals(List.of("a", "label"), model.transform(Columns.without(SelectFromModelTest.table(), "y"))
                .columnNames());
        assertEquals(List.of("a"), model.estimatorModel().schema().names());
        assertTrue(model.toString().startsWith("RFEModel on [a, b, c, d]: ranking [1, 3, 4, 2]"), model.toString());
    }

    @Test
    void aStepOfSeveralColumnsAndTheLastRoundDroppingOnlyTheExcess() {
        assertArrayEquals(new int[] {1, 3, 3, 2}, fit(new RFE(new LinearRegression()).nFeaturesToSelect(1).step(2))
                .ranking());
        // a fraction of the columns at the start: (int) max(1, 0.5 x 4) = 2 a round
        assertArrayEquals(new int[] {1, 3, 3, 2}, fit(new RFE(new LinearRegression()).nFeaturesToSelect(1).step(0.5))
                .ranking());
    }

    @Test
    void byDefaultHalfTheColumnsAreKept() {
        RFEModel model = fit(new RFE(new LinearRegression()));
        assertEquals(DrawSize.fraction(0.5), new RFE(new LinearRegression()).nFeaturesToSelect());
        assertArrayEquals(new int[] {1, 2, 3, 1}, model.ranking());
        assertEquals(List.of("a", "d"), model.selected());
        assertArrayEquals(new int[] {1, 1, 1, 1}, fit(new RFE(new LinearRegression()).nFeaturesToSelect(9)).ranking());
        assertArrayEquals(new int[] {1, 1, 2, 1}, fit(new RFE(new LinearRegression()).nFeaturesToSelect(0.75))
                .ranking());
    }

    @Test
    void parametersAndFitsThatCannotWorkAreRefused() {
        for (double step : new double[] {0, -1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> new RFE(new LinearRegression()).step(step))
                    .getMessage().contains("RFE: step must be"), "step " + step);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RFE(new LinearRegression())
                .nFeaturesToSelect(0)).getMessage().startsWith("RFE: nFeaturesToSelect"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RFE(new LinearRegression())
                .nFeaturesToSelect(1.5)).getMessage().startsWith("RFE: nFeaturesToSelect"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit(new RFE(new LinearRegression())
                .nFeaturesToSelect(0.2))).getMessage().contains("keeps none"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit(new RFE(new LinearRegression())
                .columns("a"))).getMessage().contains("needs at least 2 numeric columns"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit(new RFE(new KNeighborsRegressor()
                .nNeighbors(2)))).getMessage().contains("neither coefficients nor feature importances"));
    }

    @Test
    void theFactoryChecksTheRankingAgainstTheEstimator() {
        Table features = Columns.without(SelectFromModelTest.table(), "y");
        Schema schema = Schema.of(features);
        RFE rfe = new RFE(new LinearRegression());
        RFEModel model = fit(rfe);
        assertArrayEquals(model.ranking(), RFEModel.of(rfe, schema, new int[] {1, 2, 3, 1}, model.estimatorModel())
                .ranking());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RFEModel.of(rfe, schema, new int[] {1, 2, 3, 5},
                model.estimatorModel())).getMessage().contains("column 'd' has rank 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RFEModel.of(rfe, schema, new int[] {1, 1, 1, 2},
                model.estimatorModel())).getMessage().contains("keeps 3 of the 4 columns"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RFEModel.of(rfe, schema, new int[] {1, 1, 2, 3},
                model.estimatorModel())).getMessage().contains("must be fitted on"));
    }

    @Test
    void theModelFileKeepsTheRankingAndTheFinalModel() {
        RFEModel model = fit(new RFE(new LinearRegression()).nFeaturesToSelect(0.5).step(0.3).columns("a", "b", "d"));
        byte[] file = ModelFiles.toBytes(model);
        RFEModel loaded = ModelFiles.fromBytes(file, RFEModel.class);
        assertArrayEquals(model.ranking(), loaded.ranking());
        assertEquals(model.estimator(), loaded.estimator());
        assertArrayEquals(file, ModelFiles.toBytes(loaded));
    }
}
