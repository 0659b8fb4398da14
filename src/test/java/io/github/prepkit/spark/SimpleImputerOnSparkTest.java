package io.github.prepkit.spark;

import static io.github.prepkit.spark.SparkAssertions.assertSameFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.persist.ModelFiles;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class SimpleImputerOnSparkTest {

    /**
     * Zeros of both signs as frequent as 2.5 (the zero wins, as -0.0), a tie between 3 and -1 in ints (-1 wins), floats,
     * text with a tie and gaps, a column with no gap.
     */
    private static Table awkward() {
        return Table.create("awkward",
                DoubleColumn.create("zeros", 2.5, 0.0, Double.NaN, 2.5, -0.0, 7, 2.5, 0.0, 1e300, -1e300),
                IntColumn.create("ints", 3, -1, 3, -1, 9, 0, 5, 6, 7, 8),
                FloatColumn.create("floats", 1.5f, Float.NaN, -2f, 1.5f, -2f, 0f, 4f, 4f, 4f, 1.5f),
                StringColumn.create("text", "b", "a", "b", null, "a", "", "c", "é", "é", "z"),
                DoubleColumn.create("full", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    }

    private static void assertSameModel(SimpleImputer imputer, Table data) {
        byte[] local = ModelFiles.toBytes(imputer.fit(data));
        for (int partitions : new int[] {1, 3, 10}) {
            assertArrayEquals(local, ModelFiles.toBytes(PrepkitSpark.fit(LocalSpark.session(), imputer,
                    LocalSpark.dataset(data, partitions))), imputer + " on " + partitions + " partitions");
        }
    }

    @Test
    void mostFrequentAndConstantOnTheClusterAreTheLocalModelOnAnyPartitioning() {
        SimpleImputer mostFrequent = new SimpleImputer().strategy(Strategy.MOST_FREQUENT);
        assertSameModel(mostFrequent, awkward());
        assertSameModel(mostFrequent.addIndicator(true), awkward());
        assertSameModel(mostFrequent.columns("text", "ints"), awkward());
        assertSameModel(new SimpleImputer().strategy(Strategy.CONSTANT).addIndicator(true), awkward());
        assertSameModel(new SimpleImputer().strategy(Strategy.CONSTANT).fillValue(-1).columns("zeros"), awkward());
        assertSameModel(new SimpleImputer(), awkward().removeColumns("text"));
    }

    @Test
    void anInfiniteValueAGaplessColumnAndNoRowsFailAsLocally() {
        Table infinite = awkward();
        infinite.doubleColumn("full").set(7, Double.POSITIVE_INFINITY);
        infinite.floatColumn("floats").set(8, Float.NEGATIVE_INFINITY);
        SimpleImputer imputer = new SimpleImputer().strategy(Strategy.MOST_FREQUENT);
        assertSameFailure(() -> imputer.fit(infinite),
                () -> PrepkitSpark.fit(LocalSpark.session(), imputer, LocalSpark.dataset(infinite, 3)));
        Table empty = awkward();
        for (int row = 0; row < empty.rowCount(); row++) {
            empty.intColumn("ints").setMissing(row);
        }
        assertSameFailure(() -> imputer.fit(empty),
                () -> PrepkitSpark.fit(LocalSpark.session(), imputer, LocalSpark.dataset(empty, 2)));
        FilterFunction<Row> none = row -> false;
        assertSameFailure(() -> imputer.fit(awkward().dropRange(0, 10)),
                () -> PrepkitSpark.fit(LocalSpark.session(), imputer, LocalSpark.dataset(awkward(), 2).filter(none)));
    }
}
