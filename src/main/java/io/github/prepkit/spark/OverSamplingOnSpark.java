package io.github.prepkit.spark;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SamplingStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@link SMOTE}, {@link SMOTENC} and {@link RandomOverSampler} (plain copies) on Spark with the rows of a local {@code fitResample},
 * bit for bit, while only the classes that grow come to the driver. The classes are counted on the cluster
 * ({@link ClassCounts}), their targets come from the sampler's own strategy, and SMOTE's values are checked there
 * ({@link SmoteChecks}). The driver then runs the sampler itself on the rows of the growing classes (and of the
 * smallest class, whose spread SMOTENC's distances use), in their order, with a strategy asking each growing class for
 * its target. Each of these samplers draws its new rows class by class in class order from one generator, and a
 * class's draws depend only on its own rows in order, its size and its target, so the new rows are those of the whole
 * table. The result is the dataset's rows, each column of the type the local output gives it (SMOTE's numeric
 * features become doubles), followed by the new rows.
 *
 * <p>A sampler refuses a table of one class, so when the rows brought are of one class (the smallest) they are run
 * with copies of them labelled as another class, one row more than they are, so that the smallest class stays the
 * smallest; that class does not grow and no class's neighbours come from it.
 */
final class OverSamplingOnSpark {

    private OverSamplingOnSpark() {
    }

    /**
     * Whether {@code sampler} resamples here: not a {@link RandomOverSampler} with a shrinkage, whose noise scale
     * counts every row of the table, so that it needs them all on the driver.
     */
    static boolean handles(Sampler sampler) {
        return sampler instanceof SMOTE || sampler instanceof SMOTENC
                || sampler instanceof RandomOverSampler random && random.shrinkage() == null;
    }

    /**
     * The rows a local {@code sampler.fitResample} of {@code data} gives, in its order.
     *
     * @param budget the most bytes the rows on the driver may take, at {@link DriverTable#BYTES_PER_CELL} a cell: the
     *               growing classes' rows, their copies if any and the new rows
     * @throws IllegalArgumentException if they would take more, or be more than a table holds, saying how many; or as
     *                                  the local {@code fitResample}
     */
    static Dataset<Row> fitResample(SparkSession spark, Sampler sampler, Dataset<Row> data, String target,
            long budget) {
        String step = sampler.getClass().getSimpleName();
        ClassCounts classes = ClassCounts.of(data, target, step);
        long[] sizes = classes.sizes();
        long[] targets = strategy(sampler).targets(sizes, classes.names(), true, step);
        if (!(sampler instanceof RandomOverSampler)) {
            SmoteChecks.check(sampler, data, target);
        }
        int minority = minority(sizes);
        boolean[] brought = new boolean[sizes.length];
        long rows = 0;
        for (int k = 0; k < sizes.length; k++) {
            brought[k] = k == minority || targets[k] > sizes[k];
            rows += brought[k] ? targets[k] : 0;
        }
        boolean oneClass = IntStream.range(0, sizes.length).filter(k -> brought[k]).count() == 1;
        rows += oneClass ? sizes[minority] + 1 : 0;   // the copies
        requireTableSize(rows, step);
        DriverTable.requireRoom(rows, data.schema().size(), budget, step,
                "the classes that grow, with the rows they gain, have");
        Table table = DriverTable.read(classes.rowsOf(data, brought));
        if (oneClass) {
            table = withCopies(table, target, classes.value(minority == 0 ? 1 : 0));
        }
        Table resampled = withStrategy(sampler, growing(classes.names(), sizes, targets)).fitResample(table, target);
        Dataset<Row> original = asOutput(data, resampled, step);
        if (resampled.rowCount() == table.rowCount()) {
            return original;
        }
        Table added = resampled.inRange(table.rowCount(), resampled.rowCount());
        return original.union(PrepkitSpark.dataset(spark, added, data.rdd().getNumPartitions()));
    }

    /**
     * Fails if the driver would hold more rows than a Tablesaw table (and the local sampler's {@code int} indexes)
     * can.
     */
    static void requireTableSize(long rows, String step) {
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(step + ": the classes that grow, with the rows they gain, have " + rows
                    + " rows, more than a table holds (" + Integer.MAX_VALUE + "): resample a sample,"
                    + " data.sample(false, fraction, seed)");
        }
    }

    /** The smallest class, the first of the smallest on a tie, as SMOTENC finds it. */
    private static int minority(long[] sizes) {
        int minority = 0;
        for (int k = 1; k < sizes.length; k++) {
            minority = sizes[k] < sizes[minority] ? k : minority;
        }
        return minority;
    }

    /** A strategy asking each class that grows for its target, and leaving the others. */
    private static SamplingStrategy growing(List<String> names, long[] sizes, long[] targets) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 0; k < sizes.length; k++) {
            if (targets[k] > sizes[k]) {
                counts.put(names.get(k), Math.toIntExact(targets[k]));
            }
        }
        return SamplingStrategy.counts(counts);
    }

    private static SamplingStrategy strategy(Sampler sampler) {
        if (sampler instanceof SMOTE smote) {
            return smote.samplingStrategy();
        }
        if (sampler instanceof SMOTENC smotenc) {
            return smotenc.samplingStrategy();
        }
        return ((RandomOverSampler) sampler).samplingStrategy();
    }

    private static Sampler withStrategy(Sampler sampler, SamplingStrategy strategy) {
        if (sampler instanceof SMOTE smote) {
            return smote.samplingStrategy(strategy);
        }
        if (sampler instanceof SMOTENC smotenc) {
            return smotenc.samplingStrategy(strategy);
        }
        return ((RandomOverSampler) sampler).samplingStrategy(strategy);
    }

    /**
     * {@code rows}, all of one class, then copies of them and of the first again, labelled {@code other}: a table of
     * two classes, the first still the smaller.
     */
    @SuppressWarnings("unchecked")
    private static Table withCopies(Table rows, String target, Object other) {
        int count = rows.rowCount();
        Table table = Tables.rows(rows, IntStream.range(0, 2 * count + 1).map(i -> i < count ? i : (i - count) % count)
                .toArray());
        Column<Object> labels = (Column<Object>) table.column(target);
        for (int i = count; i < table.rowCount(); i++) {
            labels.set(i, other);
        }
        return table;
    }

    /**
     * {@code data} with each column of the type {@code output}, the sampler's output, gives it: a number column that
     * SMOTE interpolates becomes double, as locally.
     */
    private static Dataset<Row> asOutput(Dataset<Row> data, Table output, String step) {
        StructField[] fields = data.schema().fields().clone();
        boolean[] toDouble = new boolean[fields.length];
        boolean any = false;
        for (int c = 0; c < fields.length; c++) {
            toDouble[c] = SparkColumnType.of(output.column(c), step) == SparkColumnType.DOUBLE
                    && !fields[c].dataType().equals(DataTypes.DoubleType);
            fields[c] = toDouble[c] ? DataTypes.createStructField(fields[c].name(), DataTypes.DoubleType, true)
                    : fields[c];
            any |= toDouble[c];
        }
        if (!any) {
            return data;
        }
        return data.map((MapFunction<Row, Row>) row -> {
            Object[] values = new Object[row.length()];
            for (int c = 0; c < values.length; c++) {
                values[c] = toDouble[c] ? PartitionRows.number(row, c) : row.get(c);
            }
            return RowFactory.create(values);
        }, Encoders.row(new StructType(fields)));
    }
}
