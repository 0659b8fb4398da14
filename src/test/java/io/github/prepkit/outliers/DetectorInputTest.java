package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DetectorInputTest {

    private static Table table() {
        return Table.create("t",
                StringColumn.create("s", "x", "y"),
                DoubleColumn.create("a", new double[] {1, 2}),
                IntColumn.create("b", new int[] {3, 4}));
    }

    @Test
    void choosesEveryNumericColumnByDefault() {
        DetectorInput input = DetectorInput.of(table(), List.of(), "Step");
        assertEquals(List.of("a", "b"), input.columns());
        assertArrayEquals(new double[] {1, 3, 2, 4}, input.rows(), "row-major");
        assertEquals(2, input.rowCount());
        assertArrayEquals(new double[] {3, 4}, input.column(1));
        assertArrayEquals(new double[] {1.5, 3.5}, input.means());
        assertEquals(false, input.isConstant(0));
        assertEquals(true, DetectorInput.of(table().first(1), List.of(), "Step").isConstant(1));
        assertEquals(List.of("b"), DetectorInput.of(table(), List.of("b"), "Step").columns());
    }

    @Test
    void failsWithoutANumericColumn() {
        Table strings = table().retainColumns("s");
        assertEquals("Step: no numeric column to examine; the table has columns [s]",
                assertThrows(IllegalArgumentException.class,
                        () -> DetectorInput.of(strings, List.of(), "Step")).getMessage());
    }

    @Test
    void completeRowsRejectAMissingValueNamingColumnAndRow() {
        Table gap = table();
        gap.intColumn("b").setMissing(1);
        assertEquals("Step: column 'b' has a missing value at row 1; outlier detection needs complete, finite rows:"
                + " impute the missing values first (e.g. with KNNImputer) or drop those rows",
                assertThrows(IllegalArgumentException.class,
                        () -> DetectorInput.completeRows(gap, List.of("a", "b"), "Step")).getMessage());
    }

    @Test
    void thresholdMustBeFiniteAndNotNegative() {
        assertEquals(0, DetectorInput.requireThreshold(0, "Step"));
        assertEquals("Step: threshold must be a finite number >= 0, found NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> DetectorInput.requireThreshold(Double.NaN, "Step")).getMessage());
    }
}
