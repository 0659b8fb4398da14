package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.stats.ColumnSums;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The fits from order statistics (RobustScaler, the median SimpleImputer) and from sums in blocks of rows
 * (StandardScaler, the mean SimpleImputer) on the cluster are the local models, bit for bit.
 */
@Tag("spark")
class StatisticFitsTest {

    /**
     * Zeros of both signs in the middle, values at the ends of the double range, an even and an odd count of present
     * values, int, long and float columns, a column with no value, text with a gap.
     */
    private static Table awkward() {
        return Table.create("awkward",
                DoubleColumn.create("zeros", 0.0, -0.0, Double.NaN, 0.0, -0.0, 3, -2, 0.0, -0.0),
                DoubleColumn.create("wide", 1e308, -1e308, 1e308, Double.MIN_VALUE, 7, -7, 1e-300, 5, Double.NaN),
                IntColumn.create("ints", 3, -1, 3, -1, 9, 0, 5, 6, 7),
                LongColumn.create("longs", Long.MAX_VALUE, 1L << 60, -(1L << 53) - 1, 3, 4, 5, 6, 7, 8),
                FloatColumn.create("floats", 1.5f, Float.NaN, -2f, 1.5f, -2f, 0f, 4f, 3e38f, -0f),
                StringColumn.create("text", "b", "a", "b", "", "a", "c", "c", "d", "e"));
    }

    private static void assertSameModel(Transformer<?> estimator, Table data) {
        byte[] local = ModelFiles.toBytes(estimator.fit(data));
        for (int partitions : new int[] {1, 2, 5}) {
            assertArrayEquals(local, ModelFiles.toBytes(PrepkitSpark.fit(LocalSpark.session(), estimator,
                    LocalSpark.dataset(data, partitions))), estimator + " on " + partitions + " partitions");
        }
    }

    private static void assertSameFailure(Transformer<?> estimator, Table data, int partitions) {
        Executable onSpark = () -> PrepkitSpark.fit(LocalSpark.session(), estimator, LocalSpark.dataset(data,
                partitions));
        assertEquals(assertThrows(IllegalArgumentException.class, () -> estimator.fit(data)).getMessage(),
                assertThrows(IllegalArgumentException.class, onSpark).getMessage());
    }

    @Test
    void robustScalerOnTheClusterIsTheLocalModelOnAnyPartitioning() {
        assertSameModel(new RobustScaler(), awkward());
        assertSameModel(new RobustScaler().quantileRange(10, 90).unitVariance(true), awkward());
        assertSameModel(new RobustScaler().quantileRange(0, 100).withCentering(false).columns("ints", "zeros"),
                awkward());
        Table gapless = awkward().removeColumns("text");
        gapless.doubleColumn("zeros").set(2, 0.0);
        assertSameModel(new RobustScaler().quantileRange(33.3, 66.6), gapless);
    }

    @Test
    void theMedianAndMeanImputersOnTheClusterAreTheLocalModelsOnAnyPartitioning() {
        for (Strategy strategy : new Strategy[] {Strategy.MEDIAN, Strategy.MEAN}) {
            SimpleImputer imputer = new SimpleImputer().strategy(strategy);
            assertSameModel(imputer.columns("zeros", "wide", "ints", "longs", "floats"), awkward());
            assertSameModel(imputer.columns("floats", "zeros").addIndicator(true), awkward());
            assertSameModel(imputer.addIndicator(true), awkward().removeColumns("text"));
        }
    }

    @Test
    void standardScalerOnTheClusterIsTheLocalModelOnAnyPartitioning() {
        assertSameModel(new StandardScaler(), awkward());
        assertSameModel(new StandardScaler().withMean(false).columns("ints", "wide"), awkward());
        assertSameModel(new StandardScaler().withStd(false), awkward());
    }

    /** More rows than a block, over partitions that start and end inside blocks, some shorter than a block. */
    @Test
    void manyRowsOverPartitionsThatCutBlocksGiveTheLocalModels() {
        SplittableRandom random = new SplittableRandom(23);
        int n = 3 * ColumnSums.BLOCK + 1234;
        double[] gaussian = new double[n];
        double[] huge = new double[n];
        int[] ints = new int[n];
        for (int i = 0; i < n; i++) {
            gaussian[i] = random.nextInt(30) == 0 ? Double.NaN : 1e6 + random.nextGaussian();
            huge[i] = random.nextDouble() * 1.7e308;
            ints[i] = random.nextInt(1000);
        }
        Table rows = Table.create("rows", DoubleColumn.create("gaussian", gaussian), DoubleColumn.create("huge", huge),
                IntColumn.create("ints", ints));
        for (Transformer<?> estimator : new Transformer<?>[] {new StandardScaler(),
            new SimpleImputer().addIndicator(true)}) {
            byte[] local = ModelFiles.toBytes(estimator.fit(rows));
            for (int partitions : new int[] {3, 7, 40}) {
                assertArrayEquals(local, ModelFiles.toBytes(PrepkitSpark.fit(LocalSpark.session(), estimator,
                        LocalSpark.dataset(rows, partitions))), estimator + " on " + partitions + " partitions");
            }
        }
    }

    @Test
    void infiniteValuesEmptyColumnsTextGapsAndNoRowsFailAsLocally() {
        Table infinite = awkward();
        infinite.doubleColumn("wide").set(6, Double.POSITIVE_INFINITY);
        infinite.intColumn("ints").setMissing(2);
        assertSameFailure(new RobustScaler(), infinite, 3);
        assertSameFailure(new SimpleImputer().strategy(Strategy.MEDIAN).columns("ints", "wide"), infinite, 2);
        assertSameFailure(new StandardScaler(), infinite, 2);
        assertSameFailure(new SimpleImputer().columns("ints", "wide"), infinite, 3);
        Table empty = awkward();
        for (int row = 0; row < empty.rowCount(); row++) {
            empty.longColumn("longs").setMissing(row);
        }
        assertSameFailure(new SimpleImputer().strategy(Strategy.MEDIAN).columns("longs", "ints"), empty, 2);
        assertSameFailure(new SimpleImputer().strategy(Strategy.MEDIAN), awkward(), 3);
        assertSameFailure(new SimpleImputer(), empty, 2);
        FilterFunction<Row> none = row -> false;
        for (Transformer<?> estimator : new Transformer<?>[] {new RobustScaler(), new StandardScaler(),
            new SimpleImputer().strategy(Strategy.MEDIAN), new SimpleImputer()}) {
            assertEquals(assertThrows(IllegalArgumentException.class, () -> estimator.fit(awkward().dropRange(0, 9)))
                    .getMessage(), assertThrows(IllegalArgumentException.class, () -> PrepkitSpark.fit(
                            LocalSpark.session(), estimator, LocalSpark.dataset(awkward(), 2).filter(none)))
                    .getMessage());
        }
    }
}
