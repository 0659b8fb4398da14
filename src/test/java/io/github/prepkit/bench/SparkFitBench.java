package io.github.prepkit.bench;

import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.spark.PrepkitSpark;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The exact fits on the cluster of issue 12, timed as whole Spark jobs beside Spark ML's own fits of the same steps,
 * on the rows of {@link SparkScoringBench} (20 numeric columns with 1 % gaps) cached in memory, in local[2]. prepkit's
 * fits give the local model bit for bit; Spark ML's medians and quantiles are approximate (relative error 0.001, its
 * default), and its StandardScaler takes vectors, so it runs on the rows without a gap after a VectorAssembler. Each
 * figure is the best of 3 runs after one warm-up.
 *
 * <p>Run: {@code mvn -q test-compile exec:exec@spark-fit-bench -Dspark.bench.rows=10000000}.
 */
public final class SparkFitBench {

    private SparkFitBench() {
    }

    public static void main(String[] args) {
        long rows = Long.parseLong(System.getProperty("spark.bench.rows", "10000000"));
        SparkSession spark = SparkSession.builder().master("local[2]").appName("prepkit spark fit bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        String[] numbers = IntStream.range(0, 20).mapToObj(j -> "x" + j).toArray(String[]::new);
        String[] imputed = IntStream.range(0, 20).mapToObj(j -> "i" + j).toArray(String[]::new);
        Dataset<Row> data = SparkScoringBench.generated(spark, rows).select(numbers[0], Arrays.copyOfRange(
                numbers, 1, numbers.length)).persist(StorageLevel.MEMORY_ONLY());
        System.out.printf(Locale.ROOT, "%,d rows of 20 numeric columns cached in %d partitions%n", data.count(),
                data.rdd().getNumPartitions());
        Dataset<Row> vectors = new VectorAssembler().setInputCols(numbers).setOutputCol("v").setHandleInvalid("skip")
                .transform(data).select("v").persist(StorageLevel.MEMORY_ONLY());
        vectors.count();

        time("prepkit StandardScaler (exact)", () -> PrepkitSpark.fit(spark, new StandardScaler(), data));
        time("Spark ML StandardScaler (rows without a gap)", () -> new org.apache.spark.ml.feature.StandardScaler()
                .setWithMean(true).setInputCol("v").fit(vectors));
        time("prepkit SimpleImputer mean (exact)", () -> PrepkitSpark.fit(spark, new SimpleImputer(), data));
        time("Spark ML Imputer mean", () -> new Imputer().setInputCols(numbers).setOutputCols(imputed).fit(data));
        time("prepkit SimpleImputer median (exact)", () -> PrepkitSpark.fit(spark,
                new SimpleImputer().strategy(Strategy.MEDIAN), data));
        time("Spark ML Imputer median (approximate)", () -> new Imputer().setStrategy("median").setInputCols(numbers)
                .setOutputCols(imputed).fit(data));
        time("prepkit RobustScaler (exact)", () -> PrepkitSpark.fit(spark, new RobustScaler(), data));
        time("Spark ML RobustScaler (approximate, rows without a gap)", () -> new org.apache.spark.ml.feature
                .RobustScaler().setWithCentering(true).setInputCol("v").fit(vectors));
        spark.stop();
    }

    private static void time(String what, Runnable fit) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            fit.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            best = run == 0 ? best : Math.min(best, seconds);
        }
        System.out.printf(Locale.ROOT, "%-58s %6.2f s%n", what, best);
    }
}
