package io.github.prepkit.impute;

import static io.github.prepkit.impute.KNNImputerTest.docExample;
import static io.github.prepkit.impute.KNNImputerTest.rows;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.KNNImputer.Weights;
import io.github.prepkit.reference.TableAssertions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Expected values were computed with scikit-learn 1.2.1's KNNImputer (fit on one table, transform of another). */
class KNNImputerModelTest {

    private static final double NaN = Double.NaN;

    @Test
    void transformsANewTableAgainstTheFittedRows() {
        KNNImputerModel uniform = new KNNImputer().nNeighbors(2).fit(docExample());
        KNNImputerModel distance = new KNNImputer().nNeighbors(2).weights(Weights.DISTANCE).fit(docExample());
        Table fresh = rows(new double[] {NaN, 4, 3}, new double[] {2, NaN, NaN},
                new double[] {NaN, NaN, NaN}, new double[] {3, 4, NaN});
        TableAssertions.assertTableClose(rows(new double[] {2, 4, 3}, new double[] {2, 3, 5},
                new double[] {4, 5, 5}, new double[] {3, 4, 4}), uniform.transform(fresh), 1e-12);
        // a neighbour at distance 0 takes all the weight; the all-missing row gets the fitted means
        TableAssertions.assertTableClose(rows(new double[] {3, 4, 3}, new double[] {2, 3, 3.571428571428571},
                new double[] {4, 5, 5}, new double[] {3, 4, 3}), distance.transform(fresh), 1e-12);
    }

    @Test
    void aColumnWithNoValueAtFitIsDroppedAsScikitLearnDoes() {
        Table table = rows(new double[] {1, NaN, 3}, new double[] {2, NaN, NaN}, new double[] {4, NaN, 5});
        KNNImputerModel model = new KNNImputer().nNeighbors(1).fit(table);
        assertEquals(List.of("b"), model.emptyColumns());
        assertTrue(Double.isNaN(model.means()[1]));
        TableAssertions.assertTableClose(Table.create("t",
                DoubleColumn.create("a", new double[] {1, 2, 4}),
                DoubleColumn.create("c", new double[] {3, 3, 5})), model.transform(table), 1e-12);
    }

    @Test
    void readsBackWhatItLearned() {
        KNNImputerModel model = new KNNImputer().nNeighbors(3).weights(Weights.DISTANCE).fit(docExample());
        assertEquals(List.of("a", "b", "c"), model.columns());
        assertEquals(List.of(), model.emptyColumns());
        assertEquals(3, model.nNeighbors());
        assertEquals(Weights.DISTANCE, model.weights());
        assertArrayEquals(new double[] {4, 5, 5}, model.means(), 1e-12);
        model.means()[0] = 99;
        assertEquals(4, model.means()[0], "means() is a copy");
    }

    @Test
    void anEmptyTableTransformsToAnEmptyTable() {
        Table empty = new KNNImputer().fit(docExample()).transform(docExample().emptyCopy());
        assertEquals(0, empty.rowCount());
        assertEquals(List.of("a", "b", "c"), empty.columnNames());
    }

    @Test
    void theTransformedTableIsNotModified() {
        KNNImputerModel model = new KNNImputer().fit(docExample());
        Table input = rows(new double[] {NaN, 4, 3});
        model.transform(input);
        assertTrue(input.doubleColumn("a").isMissing(0));
    }

    @Test
    void badInputFailsNamingTheProblem() {
        KNNImputerModel model = new KNNImputer().fit(docExample());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(docExample().removeColumns("b")));
        assertTrue(schema.getMessage().startsWith("KNNImputerModel.transform:"), schema.getMessage());
        assertTrue(schema.getMessage().contains("column 'b' is missing"), schema.getMessage());
        Table infinite = rows(new double[] {1, Double.POSITIVE_INFINITY, NaN});
        assertEquals("KNNImputerModel.transform: column 'b' has an infinite value in row 0",
                assertThrows(IllegalArgumentException.class, () -> model.transform(infinite)).getMessage());
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table withEmpty = rows(new double[] {1, NaN, 3}, new double[] {2, NaN, NaN}, new double[] {4, NaN, 5},
                new double[] {NaN, NaN, 6});
        Table fresh = rows(new double[] {NaN, 4, 3}, new double[] {2, NaN, NaN}, new double[] {NaN, NaN, NaN},
                new double[] {3, 4, NaN}, new double[] {7.5, NaN, 0});
        for (KNNImputerModel model : List.of(new KNNImputer().nNeighbors(2).fit(docExample()),
                new KNNImputer().nNeighbors(3).weights(Weights.DISTANCE).fit(docExample()),
                new KNNImputer().columns("c", "a").fit(docExample()), new KNNImputer().nNeighbors(1).fit(withEmpty))) {
            KNNImputerModel rebuilt = KNNImputerModel.of(model.estimator(), model.schema(), model.columns(),
                    model.fittedValues());
            assertTableIdentical(model.transform(fresh), rebuilt.transform(fresh));
            assertArrayEquals(model.means(), rebuilt.means());
            assertEquals(model.emptyColumns(), rebuilt.emptyColumns());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        KNNImputerModel model = new KNNImputer().fit(docExample());
        KNNImputer imputer = model.estimator();
        Schema schema = model.schema();
        List<String> columns = List.of("a", "b", "c");
        double[] values = model.fittedValues();
        assertRejected(() -> KNNImputerModel.of(imputer, schema, columns, Arrays.copyOf(values, 11)),
                "KNNImputerModel: fittedValues must hold one or more whole rows of 3 values, found 11");
        assertRejected(() -> KNNImputerModel.of(imputer, schema, columns, new double[0]),
                "fittedValues must hold one or more whole rows of 3 values, found 0");
        double[] infinite = values.clone();
        infinite[4] = Double.POSITIVE_INFINITY;
        assertRejected(() -> KNNImputerModel.of(imputer, schema, columns, infinite),
                "KNNImputerModel: fittedValues: column 'b' has an infinite value in row 1");
        assertRejected(() -> KNNImputerModel.of(imputer, schema, List.of("b", "a", "c"), values),
                "KNNImputerModel: the columns parameter [] selects [a, b, c] on the fitted columns");
        assertRejected(() -> KNNImputerModel.of(imputer.columns("a", "c"), schema, columns, values),
                "the columns parameter [a, c] selects [a, c]");
        Schema strings = Schema.of(List.of("s"), List.of(ColumnType.STRING));
        assertRejected(() -> KNNImputerModel.of(imputer, strings, List.of(), new double[] {1}),
                "KNNImputerModel: fittedValues must hold no value without a column, found 1");
        assertRejected(() -> KNNImputerModel.of(imputer, schema, columns, null),
                "KNNImputerModel: fittedValues must not be null");
        assertRejected(() -> KNNImputerModel.of(null, schema, columns, values), "KNNImputerModel: estimator");
    }

    @Test
    void itPrintsItsTypeColumnsRowsAndMeans() {
        assertEquals("KNNImputerModel on [a, b, c]: 4 fitted rows, means [4, 5, 5]",
                new KNNImputer().fit(docExample()).toString());
    }
}
