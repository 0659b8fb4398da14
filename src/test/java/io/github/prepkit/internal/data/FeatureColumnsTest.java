package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FeatureColumnsTest {

    @Test
    void givesEveryColumnInTableOrder() {
        Table table = Table.create("t", DoubleColumn.create("a", new double[] {1, 2, 3}),
                IntColumn.create("b", new int[] {4, 5, 6}));
        double[][] columns = FeatureColumns.of(table, "Model");
        assertArrayEquals(new double[] {1, 2, 3}, columns[0]);
        assertArrayEquals(new double[] {4, 5, 6}, columns[1]);
    }

    /** Every failure is FeatureMatrix's, message for message: the first missing value in row order names its column. */
    @Test
    void failsAsFeatureMatrixDoes() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        Table[] tables = {
            Table.create("t", DoubleColumn.create("a", new double[] {1, 2}), StringColumn.create("s", "x", "y")),
            Table.create("t", DoubleColumn.create("a", new double[] {1, nan, nan}),
                    DoubleColumn.create("b", new double[] {nan, 2, 3})),
            Table.create("t", DoubleColumn.create("a", new double[] {1, 2, nan}),
                    DoubleColumn.create("b", new double[] {1, nan, 3})),
            Table.create("t", DoubleColumn.create("a", new double[] {nan, 2}),
                    DoubleColumn.create("b", new double[] {1, -inf})),
            Table.create("t", DoubleColumn.create("a", new double[] {1, inf}),
                    DoubleColumn.create("b", new double[] {inf, 2})),
        };
        for (Table table : tables) {
            assertEquals(message(t -> FeatureMatrix.of(t, "Model"), table),
                    message(t -> FeatureColumns.of(t, "Model"), table), table.print());
        }
    }

    private static String message(Function<Table, ?> read, Table table) {
        return assertThrows(IllegalArgumentException.class, () -> read.apply(table)).getMessage();
    }
}
