package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.scale.MinMaxScaler;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class MinMaxOnSparkTest {

    /** Signed zeros in either order, NaN, an all-missing column, int and long extremes, a text column left out. */
    private static Table awkward() {
        return Table.create("awkward",
                DoubleColumn.create("zeros", 0.0, -0.0, Double.NaN, 0.0, -0.0, 0.0),
                DoubleColumn.create("tiny", Double.MIN_VALUE, -Double.MIN_VALUE, 1e308, -1e308, Double.NaN, 4.9e-324),
                DoubleColumn.create("gaps", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                FloatColumn.create("floats", 1.5f, -2.25f, Float.NaN, 3e38f, 0f, -0f),
                IntColumn.create("ints", Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 7, -7, 0, 1),
                LongColumn.create("longs", Long.MAX_VALUE, 1L << 60, -(1L << 53) - 1, 3, 4, 5),
                StringColumn.create("text", "a", "b", "c", "d", "e", "f"));
    }

    @Test
    void theClusterFitIsTheLocalModelOnAnyPartitioning() {
        Table data = awkward();
        MinMaxScaler scaler = new MinMaxScaler().featureRange(-1, 3);
        byte[] local = ModelFiles.toBytes(scaler.fit(data));
        for (int partitions : new int[] {1, 2, 4, 6}) {
            assertArrayEquals(local, ModelFiles.toBytes(PrepkitSpark.fit(LocalSpark.session(), scaler,
                    LocalSpark.dataset(data, partitions))), partitions + " partitions");
        }
        byte[] chosen = ModelFiles.toBytes(scaler.columns("ints", "zeros").fit(data));
        assertArrayEquals(chosen, ModelFiles.toBytes(PrepkitSpark.fit(LocalSpark.session(),
                scaler.columns("ints", "zeros"), LocalSpark.dataset(data, 3))));
    }

    @Test
    void anInfiniteValueAndNoRowsFailAsLocallyNamingTheColumnAndTheRow() {
        Table data = awkward();
        data.doubleColumn("tiny").set(5, Double.NEGATIVE_INFINITY);
        data.doubleColumn("zeros").set(4, Double.POSITIVE_INFINITY);
        String local = assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().fit(data)).getMessage();
        assertEquals("MinMaxScaler: column 'zeros' has an infinite value in row 4", local);
        assertEquals(local, assertThrows(IllegalArgumentException.class, () -> PrepkitSpark.fit(LocalSpark.session(),
                new MinMaxScaler(), LocalSpark.dataset(data, 3))).getMessage());
        FilterFunction<Row> none = row -> false;
        assertEquals("MinMaxScaler: cannot fit on an empty table (0 rows)", assertThrows(IllegalArgumentException.class,
                () -> PrepkitSpark.fit(LocalSpark.session(), new MinMaxScaler(),
                        LocalSpark.dataset(data, 2).filter(none))).getMessage());
    }
}
