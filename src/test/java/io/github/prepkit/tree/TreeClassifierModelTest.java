package io.github.prepkit.tree;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class TreeClassifierModelTest {

    /**
     * A model whose probabilities are the rows themselves: class k gets the row's value of fitted feature k. The
     * target holds 10, 2 and 3, so the classes are 2, 3, 10 (numerically) and feature "low" feeds class 2, "mid"
     * class 3 and "high" class 10.
     */
    private static final class Echo extends TreeClassifierModel {

        private int calls;

        Echo() {
            super(Schema.of(Table.create("fit", DoubleColumn.create("low"), DoubleColumn.create("mid"),
                    DoubleColumn.create("high"))), TargetClasses.of("label", ColumnType.INTEGER, List.of(2, 3, 10)),
                    "EchoModel");
        }

        @Override
        public Object estimator() {
            return "the echo";
        }

        @Override
        public double[] featureImportances() {
            return new double[] {0.5, 0.25, 0.25};
        }

        @Override
        protected String describeTrees() {
            return "no tree";
        }

        @Override
        protected double[] probabilities(double[] rows, int features) {
            calls++;
            assertEquals(3, features);
            return rows.clone();
        }
    }

    /** Three rows given with the columns in another order than at fit: high, low, mid. */
    private static Table shuffled() {
        return Table.create("q", DoubleColumn.create("high", new double[] {0.3, 0.4, 0.45}),
                DoubleColumn.create("low", new double[] {0.2, 0.4, 0.1}),
                DoubleColumn.create("mid", new double[] {0.5, 0.2, 0.45}));
    }

    @Test
    void predictProbaHasOneColumnPerClassFedInTheFittedColumnOrder() {
        Table proba = new Echo().predictProba(shuffled());
        assertEquals(List.of("2", "3", "10"), proba.columnNames());
        assertArrayEquals(new double[] {0.2, 0.4, 0.1}, proba.doubleColumn("2").asDoubleArray());
        assertArrayEquals(new double[] {0.5, 0.2, 0.45}, proba.doubleColumn("3").asDoubleArray());
        assertArrayEquals(new double[] {0.3, 0.4, 0.45}, proba.doubleColumn("10").asDoubleArray());
    }

    @Test
    void predictTakesTheMostProbableClassAndTheLowestOnATie() {
        // row 0: 3 (0.5); row 1: 2 and 10 tie at 0.4, the lower class 2 wins; row 2: 3 and 10 tie at 0.45: 3
        Column<?> predicted = new Echo().predict(shuffled());
        assertTrue(predicted instanceof IntColumn, "the target's type");
        assertEquals("label", predicted.name());
        assertEquals(List.of(3, 2, 3), predicted.asList());
    }

    @Test
    void classesAreSortedNumericallyAndUnmodifiable() {
        Echo model = new Echo();
        assertEquals(List.of("2", "3", "10"), model.classes());
        assertThrows(UnsupportedOperationException.class, () -> model.classes().add("4"));
    }

    @Test
    void featureNamesKeepTheFittedOrderAndAreUnmodifiable() {
        Echo model = new Echo();
        assertEquals(List.of("low", "mid", "high"), model.featureNames());
        assertThrows(UnsupportedOperationException.class, () -> model.featureNames().clear());
    }

    @Test
    void anEmptyTableGivesNoRows() {
        Table empty = shuffled().emptyCopy();
        assertEquals(0, new Echo().predict(empty).size());
        Table proba = new Echo().predictProba(empty);
        assertEquals(0, proba.rowCount());
        assertEquals(List.of("2", "3", "10"), proba.columnNames());
    }

    @Test
    void theTableIsCheckedBeforeAnyProbabilityIsComputedAndTheMessageNamesTheColumn() {
        Echo model = new Echo();
        assertRejectedByBoth(model, shuffled().removeColumns("mid"), "column 'mid' is missing");
        assertRejectedByBoth(model, shuffled().addColumns(DoubleColumn.create("extra", new double[3])),
                "column 'extra' was not seen at fit");
        Table text = shuffled().replaceColumn("low", StringColumn.create("low", "a", "b", "c"));
        assertRejectedByBoth(model, text, "column 'low' was DOUBLE at fit, found STRING");
        Table gap = shuffled();
        gap.doubleColumn("high").setMissing(1);
        assertRejectedByBoth(model, gap, "feature column 'high' has 1 missing value(s)");
        assertEquals(0, model.calls);
    }

    @Test
    void predictingLeavesTheTableAlone() {
        Echo model = new Echo();
        assertInputUnchanged(shuffled(), model::predict, model::predictProba);
    }

    private static void assertRejectedByBoth(Echo model, Table table, String expected) {
        assertRejected(() -> model.predict(table), "EchoModel: ", expected);
        assertRejected(() -> model.predictProba(table), "EchoModel: ", expected);
    }
}
