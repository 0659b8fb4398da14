package io.github.prepkit.internal.data;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SelectedColumnsTest {

    private static Table table() {
        return Table.create("t", IntColumn.create("a", new int[] {1, 2}), StringColumn.create("s", "x", "y"),
                DoubleColumn.create("b", new double[] {Double.NaN, 4}));
    }

    @Test
    void readGivesTheValuesOfTheColumnsInTheirOrderWithNaNForMissing() {
        double[][] values = SelectedColumns.read(table(), Schema.of(table()), List.of("b", "a"), "Step");
        assertArrayEquals(new double[] {Double.NaN, 4}, values[0]);
        assertArrayEquals(new double[] {1, 2}, values[1]);
    }

    @Test
    void readChecksTheSchemaAndRefusesInfinity() {
        Schema schema = Schema.of(table());
        assertRejected(() -> SelectedColumns.read(table().removeColumns("s"), schema, List.of("a"), "Step.transform"),
                "Step.transform", "column 's' is missing");
        Table infinite = table().replaceColumn("b", DoubleColumn.create("b", new double[] {1, Double.NEGATIVE_INFINITY}));
        assertRejected(() -> SelectedColumns.read(infinite, schema, List.of("a", "b"), "Step"),
                "Step: column 'b' has an infinite value in row 1");
    }

    @Test
    void requirePresentNamesTheFirstMissingValuesColumnAndRow() {
        double[][] values = {{1, 2}, {3, Double.NaN}, {Double.NaN, 0}};
        assertRejected(() -> SelectedColumns.requirePresent(values, List.of("a", "b", "c"), "Step", "impute it"),
                "Step: column 'b' has a missing value in row 1; impute it");
        SelectedColumns.requirePresent(new double[][] {{1}, {2}}, List.of("a", "b"), "Step", "never said");
    }

    @Test
    void replacePutsDoubleColumnsInTheirPlacesAndCopiesTheRest() {
        Table source = table();
        Table replaced = SelectedColumns.replace(source, List.of("a"), new double[][] {{0.5, 1.5}});
        assertEquals(List.of("a", "s", "b"), replaced.columnNames());
        assertEquals(ColumnType.DOUBLE, replaced.column("a").type());
        assertArrayEquals(new double[] {0.5, 1.5}, replaced.doubleColumn("a").asDoubleArray());
        replaced.stringColumn("s").set(0, "changed");
        assertEquals("x", source.stringColumn("s").get(0));
        assertEquals(ColumnType.INTEGER, source.column("a").type());
    }
}
