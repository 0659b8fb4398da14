package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.persist.ModelFiles;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class OneHotOnSparkTest {

    /** Text with gaps, an empty string and accents, a numeric code with signed zeros and a gap, an int, a number left alone. */
    private static Table awkward() {
        return Table.create("awkward",
                StringColumn.create("colour", "red", null, "Rot", "rouge", "é", "red", "", "blue"),
                StringColumn.create("size", "s", "m", "l", "m", "s", null, "xl", "m"),
                DoubleColumn.create("code", 2.5, -0.0, 0.0, Double.NaN, 2.5, 1e300, -7, 0.0),
                IntColumn.create("count", 3, 1, 4, 1, 5, 9, 2, 6),
                DoubleColumn.create("x", 1, 2, 3, 4, 5, 6, 7, 8));
    }

    private static void assertSameModel(OneHotEncoder encoder, Table data) {
        byte[] local = ModelFiles.toBytes(encoder.fit(data));
        for (int partitions : new int[] {1, 3, 8}) {
            assertArrayEquals(local, ModelFiles.toBytes(PrepkitSpark.fit(LocalSpark.session(), encoder,
                    LocalSpark.dataset(data, partitions))), encoder + " on " + partitions + " partitions");
        }
    }

    @Test
    void theClusterFitIsTheLocalModelOnAnyPartitioning() {
        assertSameModel(new OneHotEncoder(), awkward());
        assertSameModel(new OneHotEncoder().columns("code", "count", "size").dropFirst(true), awkward());
        assertSameModel(new OneHotEncoder().dummyNa(true), awkward());
        assertSameModel(new OneHotEncoder().minFrequency(2), awkward());
    }

    @Test
    void noRowsAndAMissingColumnFailAsLocally() {
        FilterFunction<Row> none = row -> false;
        assertEquals(assertThrows(IllegalArgumentException.class, () -> new OneHotEncoder().fit(awkward().dropRange(0, 8)))
                .getMessage(), assertThrows(IllegalArgumentException.class, () -> PrepkitSpark.fit(LocalSpark.session(),
                        new OneHotEncoder(), LocalSpark.dataset(awkward(), 2).filter(none))).getMessage());
        assertEquals(assertThrows(IllegalArgumentException.class, () -> new OneHotEncoder().columns("shape").fit(awkward()))
                .getMessage(), assertThrows(IllegalArgumentException.class, () -> PrepkitSpark.fit(LocalSpark.session(),
                        new OneHotEncoder().columns("shape"), LocalSpark.dataset(awkward(), 2))).getMessage());
    }
}
