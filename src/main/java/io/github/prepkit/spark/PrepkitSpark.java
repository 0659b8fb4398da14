package io.github.prepkit.spark;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.selection.FitExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * prepkit's fitted models applied to a Spark {@code Dataset<Row>}, with the numbers they give locally, bit for bit.
 * The model travels as its model-file bytes in a broadcast; each partition is cut into batches (default
 * {@value #DEFAULT_BATCH_SIZE} rows) that become Tablesaw tables of the model's fitted columns, go through the model
 * and come back as rows. The output schema is found before any job runs, by applying the model to an empty table of
 * the data's types, so a missing column or a type the model was not fitted on fails here, naming the column.
 *
 * <p>{@code fit} gives the local model, bit for bit: from exact aggregates on the cluster where prepkit has them
 * ({@link MinMaxScaler}, {@code OneHotEncoder}, {@code SimpleImputer}, {@code RobustScaler}, {@code StandardScaler};
 * medians and quantiles by a radix selection of the ranks they read, in a few passes and without a shuffle; means and
 * variances from sums in fixed blocks of rows, summed as locally), otherwise on the rows brought to the driver (after
 * a count that refuses what would not fit in half its heap). {@code fitResample} gives the local rows, bit for bit,
 * bringing only the classes that grow to the driver for SMOTE, SMOTENC and random over-sampling; random
 * under-sampling runs on the cluster with the local class counts but its own choice of rows. A fit on the cluster
 * reads the data several times (two to six passes): cache a dataset that is costly to compute, or whose row order could
 * change when it is computed again, before fitting on it.
 *
 * <p>Columns cross as double, float, int, long, string, boolean and date; a Spark null is Tablesaw's missing value,
 * and a missing double or float comes back as NaN, any other missing value as null. Spark's column names are matched
 * exactly, as prepkit matches them.
 */
public final class PrepkitSpark {

    /** The rows in one Tablesaw table unless another batch size is given. */
    public static final int DEFAULT_BATCH_SIZE = 4096;

    /** The name of the column {@link #predict} adds, as Spark ML's {@code predictionCol}. */
    public static final String PREDICTION = "prediction";

    private PrepkitSpark() {
    }

    /**
     * The transformer's output columns for every row of {@code data}, in the order of its rows.
     *
     * @param spark the session {@code data} belongs to
     * @param model any fitted transformer or transforming pipeline
     * @param data  rows with the model's fitted columns (other columns are not passed to it)
     * @return prepkit's output columns only, as {@code model.transform} gives them
     * @throws IllegalArgumentException if a fitted column is missing from {@code data} or has another type than at
     *                                  fit, naming it
     */
    public static Dataset<Row> transform(SparkSession spark, TransformerModel model, Dataset<Row> data) {
        return transform(spark, model, data, DEFAULT_BATCH_SIZE);
    }

    /**
     * {@link #transform(SparkSession, TransformerModel, Dataset)} in tables of at most {@code batchSize} rows.
     *
     * @throws IllegalArgumentException also if {@code batchSize} is below 1
     */
    public static Dataset<Row> transform(SparkSession spark, TransformerModel model, Dataset<Row> data, int batchSize) {
        return apply(spark, model, ModelOutput.TRANSFORM, data, batchSize);
    }

    /**
     * {@code data} with one more column, {@value #PREDICTION}, of the target's type: the model's prediction for the row.
     *
     * @param spark the session {@code data} belongs to
     * @param model any fitted predictor or pipeline ending in one
     * @param data  rows with the model's fitted columns, and any others, which are kept
     * @return {@code data}'s columns and the prediction
     * @throws IllegalArgumentException if a fitted column is missing or has another type than at fit, or
     *                                  {@code data} has a column {@value #PREDICTION} already, naming it
     */
    public static Dataset<Row> predict(SparkSession spark, PredictorModel model, Dataset<Row> data) {
        return predict(spark, model, data, DEFAULT_BATCH_SIZE);
    }

    /**
     * {@link #predict(SparkSession, PredictorModel, Dataset)} in tables of at most {@code batchSize} rows.
     *
     * @throws IllegalArgumentException also if {@code batchSize} is below 1
     */
    public static Dataset<Row> predict(SparkSession spark, PredictorModel model, Dataset<Row> data, int batchSize) {
        return apply(spark, model, ModelOutput.PREDICTION, data, batchSize);
    }

    /**
     * {@code data} with one more double column per class, named as the class, in the order of
     * {@link ClassifierModel#classes()}: the probability of that class for the row.
     *
     * @param spark the session {@code data} belongs to
     * @param model any fitted classifier or pipeline ending in one
     * @param data  rows with the model's fitted columns, and any others, which are kept
     * @return {@code data}'s columns and the probabilities
     * @throws IllegalArgumentException if a fitted column is missing or has another type than at fit, or
     *                                  {@code data} has a column named as a class already, naming it
     */
    public static Dataset<Row> predictProba(SparkSession spark, ClassifierModel model, Dataset<Row> data) {
        return predictProba(spark, model, data, DEFAULT_BATCH_SIZE);
    }

    /**
     * {@link #predictProba(SparkSession, ClassifierModel, Dataset)} in tables of at most {@code batchSize} rows.
     *
     * @throws IllegalArgumentException also if {@code batchSize} is below 1
     */
    public static Dataset<Row> predictProba(SparkSession spark, ClassifierModel model, Dataset<Row> data,
            int batchSize) {
        return apply(spark, model, ModelOutput.PROBABILITIES, data, batchSize);
    }

    /**
     * Fits {@code estimator} on the rows of {@code data} so the model is the one a local fit on the same rows gives, bit
     * for bit: a {@link MinMaxScaler} from each partition's extremes, a {@code OneHotEncoder} (without a minimum
     * frequency) from the values that occur, a {@code SimpleImputer} from value counts (most frequent, constant), its
     * two middle values (median) or sums in blocks of rows (mean), a {@code RobustScaler} from the values at the ranks
     * of its quantiles, a {@code StandardScaler} from sums in blocks of rows, on the cluster; any other on the rows
     * brought to the driver in their order.
     *
     * @param spark     the session {@code data} belongs to
     * @param estimator any transformer
     * @param data      the rows to fit on, in the order the estimator sees them
     * @return the ordinary prepkit model, to save or to apply locally or with {@link #transform}
     * @throws IllegalArgumentException if the rows would take more than half the driver's heap, saying how much (fit
     *                                  on a sample), or as the estimator's own {@code fit}
     */
    @SuppressWarnings("unchecked") // a cluster fit gives the model type of its estimator, a Transformer<M>
    public static <M extends TransformerModel> M fit(SparkSession spark, Transformer<M> estimator, Dataset<Row> data) {
        Checks.notNull(spark, "spark");
        Checks.notNull(estimator, "estimator");
        Checks.notNull(data, "data");
        return (M) ClusterFits.fit(estimator, data).orElseGet(() -> estimator.fit(DriverTable.collect(data,
                estimator.getClass().getSimpleName())));
    }

    /**
     * Fits {@code estimator} to predict column {@code target} of {@code data} from its other columns, on the rows
     * brought to the driver in their order, so the model is the one a local fit on the same rows gives, bit for bit.
     *
     * @param spark     the session {@code data} belongs to
     * @param estimator any predictor or pipeline ending in one
     * @param data      the rows to fit on, with the target column
     * @param target    the target column's name
     * @return the ordinary prepkit model, to save or to apply locally or with {@link #predict}
     * @throws IllegalArgumentException if the rows would take more than half the driver's heap, saying how much (fit
     *                                  on a sample), or as the estimator's own {@code fit}
     */
    public static <M extends PredictorModel> M fit(SparkSession spark, Predictor<M> estimator, Dataset<Row> data,
            String target) {
        Checks.notNull(spark, "spark");
        Checks.notNull(estimator, "estimator");
        Checks.notNull(target, "target");
        return estimator.fit(DriverTable.collect(Checks.notNull(data, "data"), estimator.getClass().getSimpleName()),
                target);
    }

    /**
     * Fits {@code estimator}, a transformer that learns from the target as well, with column {@code target} of
     * {@code data} as the target and its other columns as the features, on the rows brought to the driver in their
     * order, so the model is the one a local fit on the same rows gives, bit for bit.
     *
     * @param spark     the session {@code data} belongs to
     * @param estimator any transformer that learns from the target
     * @param data      the rows to fit on, with the target column
     * @param target    the target column's name
     * @return the ordinary prepkit model, to save or to apply locally or with {@link #transform} (to rows without the
     *         target column, or with it passed through as any other column it does not act on)
     * @throws IllegalArgumentException if the rows would take more than half the driver's heap, saying how much (fit
     *                                  on a sample), or as the estimator's own {@code fit}
     */
    public static <M extends TransformerModel> M fit(SparkSession spark, SupervisedTransformer<M> estimator,
            Dataset<Row> data, String target) {
        Checks.notNull(spark, "spark");
        Checks.notNull(estimator, "estimator");
        Checks.notNull(target, "target");
        return estimator.fit(DriverTable.collect(Checks.notNull(data, "data"), estimator.getClass().getSimpleName()),
                target);
    }

    /**
     * Where a search or a cross-validation runs its fits as Spark tasks, one per (candidate, fold):
     * {@code GridSearch.of(...).executor(PrepkitSpark.executor(spark)).fit(table, "target")} gives the result a local
     * run gives, scores and ranks bit for bit (the times aside); a refit of the best candidate runs on the driver. The
     * table travels once, in a broadcast; the candidates as their model-file bytes, so they must be prepkit's own
     * estimators (no lambda step), and the scoring serialized (a built-in one, or a lambda capturing only serializable
     * values); either fails at once, saying so, if it cannot travel.
     *
     * @param spark the session whose cluster runs the fits
     * @return an executor for {@code Search.executor} and {@code CrossValidation.executor}
     */
    public static FitExecutor executor(SparkSession spark) {
        return new SparkFitExecutor(Checks.notNull(spark, "spark"));
    }

    /**
     * The rows of {@code data} on the driver as a Tablesaw table, in their order, to work on locally (a sample, a
     * result); columns cross as for the other methods.
     *
     * @param data the rows to bring to the driver
     * @return a new table of {@code data}'s columns
     * @throws IllegalArgumentException if the rows would take more than half the driver's heap, saying how much, or a
     *                                  column's type does not cross, naming it
     */
    public static Table collect(Dataset<Row> data) {
        return DriverTable.collect(Checks.notNull(data, "data"), "collect");
    }

    /**
     * The rows of {@code data} resampled by {@code sampler}, with the class counts of a local {@code fitResample}; for
     * every sampler but {@link RandomUnderSampler} its very rows, in its order.
     * <ul>
     * <li>{@link SMOTE}, {@link SMOTENC} and {@link RandomOverSampler} without a shrinkage (whose smoothed bootstrap's
     * noise scale counts every row, so it goes the last way): the classes are counted and the values checked
     * on the cluster, and only the classes that grow (and the smallest) come to the driver, where the sampler makes its
     * new rows, bit for bit the local ones. The result is {@code data}'s rows, with SMOTE's and SMOTENC's numeric
     * features as doubles as locally, followed by the new rows in as many partitions again.</li>
     * <li>{@link RandomUnderSampler}: on the cluster, without a shuffle or a row on the driver; each class keeps as
     * many rows as locally, in their order, but a random choice of its own (the same distribution, not the same rows),
     * reproducible for the same seed and the same rows in the same order, whatever the partitioning.</li>
     * <li>Any other sampler, such as {@code BorderlineSMOTE}, whose danger rows need neighbours of every class, or
     * {@code ADASYN}, {@code KMeansSMOTE} and {@code SMOTEN}, which weigh, cluster or measure on every class: all
     * rows come to the driver in their order, are resampled there and go back as a dataset of as many partitions.</li>
     * </ul>
     * Where {@code data} has several faults, the first named may not be the one the local sampler names first.
     *
     * @param spark   the session {@code data} belongs to
     * @param sampler any sampler
     * @param data    the rows to resample, with the target column; a dataset that may give its rows in another order
     *                when recomputed should be cached first, as it is read more than once
     * @param target  the target column's name
     * @return the resampled rows
     * @throws IllegalArgumentException if the rows brought to the driver would take more than half its heap, saying how
     *                                  many (resample a sample), or as the sampler's own {@code fitResample}
     */
    public static Dataset<Row> fitResample(SparkSession spark, Sampler sampler, Dataset<Row> data, String target) {
        Checks.notNull(spark, "spark");
        Checks.notNull(sampler, "sampler");
        Checks.notNull(data, "data");
        Checks.notNull(target, "target");
        if (sampler instanceof RandomUnderSampler under) {
            return UnderSamplingOnSpark.fitResample(spark, under, data, target);
        }
        if (OverSamplingOnSpark.handles(sampler)) {
            return OverSamplingOnSpark.fitResample(spark, sampler, data, target, DriverTable.budget());
        }
        Table resampled = sampler.fitResample(DriverTable.collect(data, sampler.getClass().getSimpleName()), target);
        return dataset(spark, resampled, data.rdd().getNumPartitions());
    }

    /**
     * {@code table} as a Spark dataset, its rows in order over {@code partitions} partitions; columns cross as for
     * the other methods.
     *
     * @param spark      the session to create it in
     * @param table      the rows; it is not modified
     * @param partitions how many partitions, at least 1
     * @return a new dataset of {@code table}'s columns
     * @throws IllegalArgumentException if a column's type does not cross, naming it, or {@code partitions} is below 1
     */
    public static Dataset<Row> dataset(SparkSession spark, Table table, int partitions) {
        Checks.notNull(spark, "spark");
        Checks.notNull(table, "table");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        TableRows rows = TableRows.of(table, SparkColumnType.localDates(spark), "table");
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows.rows(),
                partitions), rows.schema());
    }

    private static Dataset<Row> apply(SparkSession spark, Model model, ModelOutput output, Dataset<Row> data,
            int batchSize) {
        Checks.notNull(spark, "spark");
        Checks.notNull(model, "model");
        Checks.notNull(data, "data");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        StructType input = data.schema();
        String[] names = model.schema().names().toArray(String[]::new);
        int[] fields = new int[names.length];
        SparkColumnType[] inputTypes = new SparkColumnType[names.length];
        Column<?>[] empty = new Column<?>[names.length];
        for (int c = 0; c < names.length; c++) {
            fields[c] = fieldIndex(input, names[c]);
            inputTypes[c] = SparkColumnType.of(input.fields()[fields[c]].dataType(), names[c]);
            empty[c] = inputTypes[c].column(names[c], List.of(), fields[c]);
        }
        Table out = output.of(model, Table.create(empty));
        String step = model.getClass().getSimpleName();
        SparkColumnType[] outputTypes = out.columns().stream().map(c -> SparkColumnType.of(c, step))
                .toArray(SparkColumnType[]::new);
        List<StructField> schema = new ArrayList<>(output.keepsInput() ? Arrays.asList(input.fields()) : List.of());
        for (int c = 0; c < outputTypes.length; c++) {
            String name = out.column(c).name();
            if (output.keepsInput() && Arrays.asList(input.fieldNames()).contains(name)) {
                throw new IllegalArgumentException("data has a column '" + name + "' already, where " + step
                        + " puts its output; drop or rename it first");
            }
            schema.add(DataTypes.createStructField(name, outputTypes[c].spark(), true));
        }
        Broadcast<byte[]> bytes = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(ModelFiles.toBytes(model));
        boolean localDates = SparkColumnType.localDates(spark);
        return data.mapPartitions(new BatchScoring(bytes, output, names, fields, inputTypes, outputTypes, batchSize,
                localDates), Encoders.row(DataTypes.createStructType(schema)));
    }

    private static int fieldIndex(StructType input, String name) {
        List<String> present = Arrays.asList(input.fieldNames());
        int index = present.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("data has no column '" + name + "', which the model was fitted on; its "
                    + "columns are " + present);
        }
        return index;
    }
}
