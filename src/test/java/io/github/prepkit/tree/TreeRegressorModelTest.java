package io.github.prepkit.tree;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TreeRegressorModelTest {

    /** A model predicting each row's first fitted feature minus its second, so that the column order shows. */
    private static final class Difference extends TreeRegressorModel {

        private int calls;

        Difference() {
            super(Schema.of(Table.create("fit", DoubleColumn.create("a"), IntColumn.create("b"))), "price",
                    "DifferenceModel");
        }

        @Override
        public Object estimator() {
            return "the difference";
        }

        @Override
        public double[] featureImportances() {
            return new double[] {1, 0};
        }

        @Override
        protected String describeTrees() {
            return "no tree";
        }

        @Override
        protected double[] predictions(double[] rows, int features) {
            calls++;
            assertEquals(2, features);
            double[] predictions = new double[rows.length / features];
            for (int i = 0; i < predictions.length; i++) {
                predictions[i] = rows[i * features] - rows[i * features + 1];
            }
            return predictions;
        }
    }

    /** b before a, unlike at fit. */
    private static Table query() {
        return Table.create("q", IntColumn.create("b", 1, 10, -2), DoubleColumn.create("a", new double[] {5, 2.5, 0}));
    }

    @Test
    void predictGivesADoubleColumnNamedLikeTheTargetFromRowsInTheFittedOrder() {
        // a - b: 5 - 1, 2.5 - 10, 0 - (-2)
        DoubleColumn predicted = new Difference().predict(query());
        assertEquals("price", predicted.name());
        assertArrayEquals(new double[] {4, -7.5, 2}, predicted.asDoubleArray());
    }

    @Test
    void anotherIntegerTypeStandsForTheFittedOne() {
        // b was INTEGER at fit; a LONG or a DOUBLE column will do (a - b: 7 - 0, then 7 - 0.5)
        Table other = Table.create("q", DoubleColumn.create("a", new double[] {7}), LongColumn.create("b", 0L));
        assertArrayEquals(new double[] {7}, new Difference().predict(other).asDoubleArray());
        Table doubles = Table.create("q", DoubleColumn.create("a", new double[] {7}),
                DoubleColumn.create("b", new double[] {0.5}));
        assertArrayEquals(new double[] {6.5}, new Difference().predict(doubles).asDoubleArray());
    }

    @Test
    void featureNamesKeepTheFittedOrderAndAreUnmodifiable() {
        Difference model = new Difference();
        assertEquals(List.of("a", "b"), model.featureNames());
        assertThrows(UnsupportedOperationException.class, () -> model.featureNames().add("c"));
    }

    @Test
    void anEmptyTableGivesAnEmptyColumn() {
        DoubleColumn predicted = new Difference().predict(query().emptyCopy());
        assertEquals(0, predicted.size());
        assertEquals("price", predicted.name());
    }

    @Test
    void theTableIsCheckedBeforeAnyPredictionAndTheMessageNamesTheColumn() {
        Difference model = new Difference();
        String step = "DifferenceModel: ";
        assertRejected(() -> model.predict(query().removeColumns("a")), step, "column 'a' is missing");
        assertRejected(() -> model.predict(query().addColumns(DoubleColumn.create("c", new double[3]))), step,
                "column 'c' was not seen at fit");
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("a", new double[] {1}),
                StringColumn.create("b", "1"))), step, "column 'b' was INTEGER at fit, found STRING");
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("a",
                new double[] {Double.POSITIVE_INFINITY}), IntColumn.create("b", new int[] {1}))), step,
                "feature column 'a' has an infinite value in row 0");
        assertEquals(0, model.calls);
    }

    @Test
    void predictingLeavesTheTableAlone() {
        assertInputUnchanged(query(), new Difference()::predict);
    }
}
