package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.columns.Column;

@Tag("spark")
class SparkColumnTypeTest {

    /** Two rows, field 1 holding {@code value} then null (field 0 is there to check the field index is used). */
    private static List<Row> rows(Object value) {
        return List.of(RowFactory.create("other", value), RowFactory.create("other", null));
    }

    private static void assertCrosses(SparkColumnType type, Object value, ColumnType tablesaw, Object missing) {
        Column<?> column = type.column("c", rows(value), 1);
        assertEquals(tablesaw, column.type());
        assertEquals("c", column.name());
        assertEquals(2, column.size());
        assertTrue(column.isMissing(1), type + ": a Spark null is missing");
        assertEquals(value, type.value(column, 0, false), type.toString());
        assertEquals(missing, type.value(column, 1, false), type + ": missing comes back as " + missing);
        assertEquals(type, SparkColumnType.of(type.spark(), "c"));
        assertEquals(type, SparkColumnType.of(column, "step"));
    }

    @Test
    void everyTypeCrossesBothWaysAndANullIsMissing() {
        assertCrosses(SparkColumnType.DOUBLE, -0.0, ColumnType.DOUBLE, Double.NaN);
        assertCrosses(SparkColumnType.FLOAT, 1.5f, ColumnType.FLOAT, Float.NaN);
        assertCrosses(SparkColumnType.INTEGER, -7, ColumnType.INTEGER, null);
        assertCrosses(SparkColumnType.LONG, 1L << 40, ColumnType.LONG, null);
        assertCrosses(SparkColumnType.STRING, "é", ColumnType.STRING, null);
        assertCrosses(SparkColumnType.BOOLEAN, false, ColumnType.BOOLEAN, null);
        assertCrosses(SparkColumnType.DATE, java.sql.Date.valueOf("2026-12-03"), ColumnType.LOCAL_DATE, null);
    }

    @Test
    void aDateIsReadInEitherOfSparksFormsAndWrittenInTheOneAskedFor() {
        Column<?> column = SparkColumnType.DATE.column("d", rows(LocalDate.of(1999, 12, 31)), 1);
        assertEquals(LocalDate.of(1999, 12, 31), SparkColumnType.DATE.value(column, 0, true));
        assertEquals(java.sql.Date.valueOf("1999-12-31"), SparkColumnType.DATE.value(column, 0, false));
        assertNull(SparkColumnType.DATE.value(column, 1, true));
    }

    @Test
    void aTypeThatDoesNotCrossFailsNamingTheColumnAndTheTypesThatDo() {
        String spark = assertThrows(IllegalArgumentException.class,
                () -> SparkColumnType.of(DataTypes.TimestampType, "when")).getMessage();
        assertEquals("Spark column 'when' has type timestamp, which does not cross between Spark and Tablesaw; "
                + "expected one of double, float, int, bigint, string, boolean, date", spark);
        String tablesaw = assertThrows(IllegalArgumentException.class,
                () -> SparkColumnType.of(InstantColumn.create("at"), "Step")).getMessage();
        assertTrue(tablesaw.startsWith("Step gives column 'at' of type INSTANT, which does not cross"), tablesaw);
    }
}
