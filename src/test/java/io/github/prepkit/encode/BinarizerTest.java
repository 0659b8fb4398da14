package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class BinarizerTest {

    private static Table table() {
        return Table.create("t", DoubleColumn.create("x", new double[] {-1, 0, -0.0, 0.5, 1.5, Double.NaN}),
                StringColumn.create("name", "a", "b", "c", "d", "e", "f"),
                IntColumn.create("k", new int[] {-2, 0, 1, 2, 3, 1}));
    }

    private static double[] column(Table table, String name) {
        return table.doubleColumn(name).asDoubleArray();
    }

    @Test
    void valuesAboveZeroBecomeOneAndTheRestZero() {
        Table flags = new Binarizer().fitTransform(table());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, Double.NaN}, column(flags, "x"), "0 and -0.0 are not above 0");
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1}, column(flags, "k"));
        assertEquals(List.of("x", "name", "k"), flags.columnNames());
        assertEquals(ColumnType.DOUBLE, flags.column("k").type());
    }

    @Test
    void aValueEqualToTheThresholdBecomesZero() {
        Table flags = new Binarizer().threshold(1.5).fitTransform(table());
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, Double.NaN}, column(flags, "x"));
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0}, column(flags, "k"));
        Table negative = new Binarizer().threshold(-1).fitTransform(table());
        assertArrayEquals(new double[] {0, 1, 1, 1, 1, Double.NaN}, column(negative, "x"));
    }

    @Test
    void anInfiniteThresholdMakesEveryValueZeroOrOne() {
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0},
                column(new Binarizer().threshold(Double.POSITIVE_INFINITY).fitTransform(table()), "k"));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1},
                column(new Binarizer().threshold(Double.NEGATIVE_INFINITY).fitTransform(table()), "k"));
    }

    @Test
    void columnsNarrowsTheBinarisedColumnsAndOthersPassThrough() {
        Table flags = new Binarizer().columns("k").fitTransform(table());
        assertEquals(ColumnType.DOUBLE, flags.column("x").type());
        assertArrayEquals(column(table(), "x"), column(flags, "x"));
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1}, column(flags, "k"));
    }

    @Test
    void theInputIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        Binarizer binarizer = new Binarizer();
        binarizer.threshold(1).columns("x").fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(0.0, binarizer.threshold());
        assertEquals(List.of(), binarizer.columns());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertRejected(() -> new Binarizer().threshold(Double.NaN), "Binarizer: threshold must be a number, found NaN");
        assertRejected(() -> new Binarizer().fit(table().emptyCopy()), "Binarizer: cannot fit on an empty table");
        assertRejected(() -> new Binarizer().columns("name").fit(table()),
                "Binarizer: column 'name' must be numeric, found STRING");
        Extremes.assertRefusesInfinity(() -> new Binarizer().fit(Extremes.withValue(table(), "x", 4,
                Double.POSITIVE_INFINITY)), "Binarizer", "x", 4);
    }
}
