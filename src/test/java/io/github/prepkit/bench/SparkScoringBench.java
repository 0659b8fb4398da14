package io.github.prepkit.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.when;

import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.MinMaxScalerModel;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.spark.PrepkitSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

/**
 * The Spark scoring workload of issue 12, timed as whole Spark jobs (JMH's forks and iterations do not fit jobs of
 * seconds): {@code rows} generated rows (20 numeric columns with 1 % gaps, 2 text columns, a binary target), cached in
 * memory, scored by a saved impute → one-hot → scale → logistic pipeline fitted on 100,000 of them, in local[2].
 * Against the same pipeline as Spark ML stages (Imputer, StringIndexer and OneHotEncoder, VectorAssembler,
 * StandardScaler, LogisticRegression), the same rows, the same sink (Spark's {@code noop} writer, which reads every
 * column); and prepkit alone on 1,000,000 of the rows collected to a Tablesaw table. Each figure is the best of 3
 * runs after one warm-up. The batches' own cost is measured as a MinMaxScaler over the 20 numeric columns on Spark,
 * whose transform is one multiply-add a value: its job time is almost all the crossing from rows to tables and back.
 *
 * <p>Run: {@code mvn -q test-compile exec:exec@spark-bench -Dspark.bench.rows=10000000}.
 */
public final class SparkScoringBench {

    private static final int NUMBERS = 20;

    private SparkScoringBench() {
    }

    public static void main(String[] args) {
        long rows = Long.parseLong(System.getProperty("spark.bench.rows", "10000000"));
        SparkSession spark = SparkSession.builder().master("local[2]").appName("prepkit spark bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        Dataset<Row> data = generated(spark, rows).persist(StorageLevel.MEMORY_ONLY());
        System.out.printf(Locale.ROOT, "%,d rows cached in %d partitions%n", data.count(), data.rdd().getNumPartitions());
        Dataset<Row> sample = data.limit(100_000);

        ClassifierPipelineModel prepkit = PrepkitSpark.fit(spark, pipeline(), sample, "y");
        report("prepkit on Spark", rows, () -> PrepkitSpark.predict(spark, prepkit, data));

        org.apache.spark.ml.PipelineModel sparkMl = sparkMlPipeline().fit(sample);
        report("Spark ML stages", rows, () -> sparkMl.transform(data).select(sparkColumns(data)));

        MinMaxScalerModel scaler = PrepkitSpark.fit(spark, new MinMaxScaler().columns(numberNames()), data.limit(1000));
        report("batches alone (MinMaxScaler, 20 columns)", rows, () -> PrepkitSpark.transform(spark, scaler, data));

        Table local = PrepkitSpark.collect(data.limit(1_000_000));
        Table features = local.copy().removeColumns("y");
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            prepkit.predict(features);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = run == 0 ? best : Math.min(best, seconds);
        }
        System.out.printf(Locale.ROOT, "%-45s %,12.0f rows/s (%.3f s for %,d rows)%n", "prepkit locally, one table",
                local.rowCount() / best, best, local.rowCount());
        spark.stop();
    }

    private static String[] numberNames() {
        return IntStream.range(0, NUMBERS).mapToObj(j -> "x" + j).toArray(String[]::new);
    }

    /** The generated rows: x0..x19 normal with 1 % nulls, c0 of 4 levels, c1 of 10, y "yes" or "no" from a logit. */
    static Dataset<Row> generated(SparkSession spark, long rows) {
        Dataset<Row> data = spark.range(0, rows, 1, 8).toDF("id");
        Column logit = lit(0.0);
        for (int j = 0; j < NUMBERS; j++) {
            data = data.withColumn("x" + j, when(rand(1000 + j).lt(0.01), lit(null)).otherwise(randn(j)));
            logit = logit.plus(col("x" + j).multiply(j % 2 == 0 ? 0.3 : -0.2));
        }
        data = data.withColumn("c0", concat(lit("g"), floor(rand(50).multiply(4)).cast("string")))
                .withColumn("c1", concat(lit("k"), floor(rand(51).multiply(10)).cast("string")))
                .withColumn("y", when(rand(52).lt(lit(1.0).divide(lit(1.0).plus(exp(when(col("x0").isNull(), lit(0.0))
                        .otherwise(logit).multiply(-1))))), lit("yes")).otherwise(lit("no")));
        return data.drop("id");
    }

    private static ClassifierPipeline pipeline() {
        return Pipeline.steps()
                .transform("prepare", new ColumnTransformer()
                        .add("numbers", List.of(numberNames()), new SimpleImputer(), new StandardScaler())
                        .add("text", List.of("c0", "c1"), new OneHotEncoder()))
                .classifier("logistic", new LogisticRegression());
    }

    private static org.apache.spark.ml.Pipeline sparkMlPipeline() {
        String[] numbers = numberNames();
        String[] imputed = IntStream.range(0, NUMBERS).mapToObj(j -> "i" + j).toArray(String[]::new);
        List<PipelineStage> stages = new ArrayList<>();
        stages.add(new Imputer().setInputCols(numbers).setOutputCols(imputed));
        stages.add(new VectorAssembler().setInputCols(imputed).setOutputCol("numbers"));
        stages.add(new org.apache.spark.ml.feature.StandardScaler().setWithMean(true).setInputCol("numbers")
                .setOutputCol("scaled"));
        stages.add(new StringIndexer().setInputCols(new String[] {"c0", "c1"})
                .setOutputCols(new String[] {"c0i", "c1i"}));
        stages.add(new org.apache.spark.ml.feature.OneHotEncoder().setInputCols(new String[] {"c0i", "c1i"})
                .setOutputCols(new String[] {"c0v", "c1v"}).setDropLast(false));
        stages.add(new VectorAssembler().setInputCols(new String[] {"scaled", "c0v", "c1v"}).setOutputCol("features"));
        stages.add(new StringIndexer().setInputCol("y").setOutputCol("label"));
        stages.add(new org.apache.spark.ml.classification.LogisticRegression());
        return new org.apache.spark.ml.Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    }

    /** The input columns and Spark ML's prediction: what prepkit's predict gives, so both sinks read as much. */
    private static Column[] sparkColumns(Dataset<Row> data) {
        List<Column> columns = new ArrayList<>();
        for (String name : data.columns()) {
            columns.add(col(name));
        }
        columns.add(col("prediction"));
        return columns.toArray(Column[]::new);
    }

    private static void report(String what, long rows, Supplier<Dataset<Row>> job) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            job.get().write().format("noop").mode("overwrite").save();
            double seconds = (System.nanoTime() - start) / 1e9;
            best = run == 0 ? best : Math.min(best, seconds);
        }
        System.out.printf(Locale.ROOT, "%-45s %,12.0f rows/s (%.2f s, %.0f ns a row on 2 cores)%n", what, rows / best,
                best, best * 1e9 * 2 / rows);
    }
}
