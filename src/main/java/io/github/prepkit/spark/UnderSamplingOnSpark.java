package io.github.prepkit.spark;

import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.spark.ClassCounts.RowClasses;
import java.util.Iterator;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@link RandomUnderSampler} on the cluster, no row going to the driver (a class to shrink may be far larger than the
 * driver): each class keeps exactly the rows the local sampler keeps of it, as many, but chosen otherwise, so the
 * result has the local distribution, not the local rows. Each class that shrinks to k rows keeps the k with the
 * smallest {@link RowKeys} keys, a uniformly random choice, as the local partial shuffle is; the rows keep the
 * dataset's order, as locally. The keys depend on the seed and each row's place in the dataset, so the same seed on the
 * same rows in the same order gives the same rows, whatever the partitioning; a dataset whose partitions may come back
 * in another order when recomputed should be cached first.
 */
final class UnderSamplingOnSpark {

    private static final String STEP = "RandomUnderSampler";

    private UnderSamplingOnSpark() {
    }

    /**
     * The rows of {@code data} that {@code sampler} keeps, in order.
     *
     * @throws IllegalArgumentException as the local {@code fitResample}
     */
    static Dataset<Row> fitResample(SparkSession spark, RandomUnderSampler sampler, Dataset<Row> data, String target) {
        return fitResample(spark, sampler, data, target, RowKeys.SPREAD);
    }

    /**
     * {@link #fitResample(SparkSession, RandomUnderSampler, Dataset, String)}, the first key window reaching
     * {@code spread} spreads (see {@link RowKeys#SPREAD}).
     */
    static Dataset<Row> fitResample(SparkSession spark, RandomUnderSampler sampler, Dataset<Row> data, String target,
            double spread) {
        ClassCounts classes = ClassCounts.of(data, target, STEP);
        long[] sizes = classes.sizes();
        long[] targets = sampler.samplingStrategy().targets(sizes, classes.names(), false, STEP);
        long[] thresholds = RowKeys.thresholds(data, classes, targets, sampler.seed(), spread);
        Keeping keeping = new Keeping(sampler.seed(), PartitionRows.offsets(classes.partitionRows()), classes.rowClasses(),
                sizes, targets, thresholds);
        return spark.createDataFrame(data.javaRDD().mapPartitionsWithIndex(keeping, true), data.schema());
    }

    /**
     * What each partition keeps: all rows of a class that does not shrink, none of a class that shrinks to nothing,
     * and of another class the rows whose key is at most its threshold.
     *
     * @param offsets    each partition's first row, counted over the dataset
     * @param thresholds per shrinking class, its target-th smallest key
     */
    private record Keeping(long seed, long[] offsets, RowClasses classes, long[] sizes, long[] targets,
            long[] thresholds) implements Function2<Integer, Iterator<Row>, Iterator<Row>> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Integer partition, Iterator<Row> rows) {
            long[] next = {offsets[partition]};
            Iterable<Row> all = () -> rows;
            return StreamSupport.stream(all.spliterator(), false).filter(row -> keeps(classes.of(row), next[0]++))
                    .iterator();
        }

        private boolean keeps(int k, long row) {
            return targets[k] == sizes[k] || targets[k] > 0 && RowKeys.key(seed, row) <= thresholds[k];
        }
    }
}
