package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.stats.OrderStatistics;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class RankSelectionTest {

    @Test
    void keysOrderAsDoubleCompareAndTurnBackIntoTheSameBits() {
        double[] values = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1, -Double.MIN_VALUE, -0.0, 0.0,
            Double.MIN_VALUE, Double.MIN_NORMAL, 1, Math.nextUp(1.0), Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], RankSelection.value(RankSelection.key(values[i])));
            for (int k = i + 1; k < values.length; k++) {
                assertTrue(Long.compareUnsigned(RankSelection.key(values[i]), RankSelection.key(values[k])) < 0,
                        values[i] + " below " + values[k]);
            }
        }
    }

    /**
     * More values with one first digit than are ever collected, so the search narrows over several passes: values in
     * [1, 2) (one exponent), three distinct values with signed zeros (the search runs to the whole key), ints with
     * gaps; on one and on three partitions.
     */
    @Test
    void everyRankIsTheValueASortPutsThereOnAnyPartitioning() {
        int n = 4 * RankSelection.COLLECT;
        SplittableRandom random = new SplittableRandom(17);
        double[] spread = new double[n];
        double[] few = new double[n];
        int[] ints = new int[n];
        double[] pool = {-0.0, 0.0, 2.5};
        for (int i = 0; i < n; i++) {
            spread[i] = random.nextInt(20) == 0 ? Double.NaN : 1 + random.nextDouble();
            few[i] = pool[random.nextInt(pool.length)];
            ints[i] = random.nextInt(10) == 0 ? Integer.MIN_VALUE : random.nextInt(1000) - 500;
        }
        Table table = Table.create("ranks", DoubleColumn.create("spread", spread), DoubleColumn.create("few", few),
                IntColumn.create("ints", ints));
        for (int partitions : new int[] {1, 3}) {
            Dataset<Row> data = LocalSpark.dataset(table, partitions);
            int[] fields = {0, 1, 2};
            ColumnSurvey survey = ColumnSurvey.of(data, fields, new int[0]);
            List<double[]> columns = List.of(spread, few, Arrays.stream(ints).mapToDouble(
                    v -> v == Integer.MIN_VALUE ? Double.NaN : v).toArray());
            List<long[]> ranks = columns.stream().map(values -> {
                long count = OrderStatistics.of(values).count();
                return new long[] {0, 1, count / 3, count / 2, count / 2 + 1, count - 2, count - 1};
            }).toList();
            List<OrderStatistics> found = RankSelection.find(data, fields, survey, ranks);
            for (int j = 0; j < columns.size(); j++) {
                OrderStatistics sorted = OrderStatistics.of(columns.get(j));
                assertEquals(sorted.count(), found.get(j).count());
                for (long rank : ranks.get(j)) {
                    assertEquals(sorted.valueAt(rank), found.get(j).valueAt(rank), "column " + j + " rank " + rank);
                }
            }
        }
    }
}
