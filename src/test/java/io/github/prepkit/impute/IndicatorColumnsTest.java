package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class IndicatorColumnsTest {

    private final Table table = Table.create("t",
            DoubleColumn.create("x", new double[] {1, Double.NaN}),
            StringColumn.create("s", "", "a"),
            DoubleColumn.create("full", new double[] {1, 2}));

    @Test
    void namesFlagsAndFindsTheColumnsWithGaps() {
        assertEquals("x_missing", IndicatorColumns.name("x"));
        assertEquals(List.of("s", "x"), IndicatorColumns.withMissing(table, List.of("s", "full", "x")));
        DoubleColumn flags = IndicatorColumns.of(table, "s");
        assertEquals("s_missing", flags.name());
        assertArrayEquals(new double[] {1, 0}, flags.asDoubleArray());
        assertArrayEquals(new double[] {0, 1}, IndicatorColumns.of(table, "x").asDoubleArray());
    }
}
