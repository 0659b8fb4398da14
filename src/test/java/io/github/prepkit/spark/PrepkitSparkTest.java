package io.github.prepkit.spark;

import static io.github.prepkit.spark.SparkAssertions.assertRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class PrepkitSparkTest {

    private static final SparkSession SPARK = LocalSpark.session();

    /** Breast cancer with a text column and gaps, fitted impute, one-hot, scale, logistic regression. */
    private static Table cancer() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "mean_smoothness",
                "diagnosis");
        String[] sizes = IntStream.range(0, cancer.rowCount()).mapToObj(row -> {
            double radius = cancer.numberColumn("mean_radius").getDouble(row);
            return row % 11 == 0 ? null : radius < 12 ? "small" : radius < 16 ? "medium" : "large";
        }).toArray(String[]::new);
        for (int row = 0; row < cancer.rowCount(); row += 9) {
            cancer.column("mean_texture").setMissing(row);
        }
        return cancer.addColumns(StringColumn.create("size", sizes));
    }

    private static ClassifierPipelineModel pipeline(Table data) {
        return Pipeline.steps()
                .transform("prepare", new ColumnTransformer()
                        .add("numbers", List.of("mean_radius", "mean_texture", "mean_smoothness"), new SimpleImputer(),
                                new StandardScaler())
                        .add("size", List.of("size"), new SimpleImputer().strategy(SimpleImputer.Strategy.MOST_FREQUENT),
                                new OneHotEncoder()))
                .classifier("logistic", new LogisticRegression())
                .fit(data, "diagnosis");
    }

    @Test
    void anyBatchSizeAndPartitioningGivesTheLocalBits() {
        Table data = cancer();
        ClassifierPipelineModel model = pipeline(data);
        Table features = Columns.without(data, "diagnosis");
        Table prediction = Table.create(model.predict(features).setName(PrepkitSpark.PREDICTION));
        Table probabilities = model.predictProba(features);
        for (int partitions : new int[] {1, 3}) {
            Dataset<Row> frame = LocalSpark.dataset(data, partitions);
            for (int batchSize : new int[] {1, 7, 4096}) {
                assertRows(PrepkitSpark.predict(SPARK, model, frame, batchSize), data, prediction);
                assertRows(PrepkitSpark.predictProba(SPARK, model, frame, batchSize), data, probabilities);
            }
        }
    }

    @Test
    void theOutputSchemaIsKnownBeforeAnyJobRuns() {
        Table data = cancer();
        ClassifierPipelineModel model = pipeline(data);
        Dataset<Row> frame = LocalSpark.dataset(data, 2);
        MapPartitionsFunction<Row, Row> fails = rows -> {
            throw new AssertionError("a job ran");
        };
        Dataset<Row> unreadable = frame.mapPartitions(fails, Encoders.row(frame.schema()));
        Dataset<Row> scored = PrepkitSpark.predictProba(SPARK, model, unreadable);
        assertEquals(List.of("mean_radius", "mean_texture", "mean_smoothness", "diagnosis", "size", "benign", "malignant"),
                List.of(scored.schema().fieldNames()));
    }

    @Test
    void theTransformerGivesItsOwnColumnsOnly() {
        Table data = Datasets.load("iris");
        StandardScalerModel scaler = new StandardScaler().fit(Columns.without(data, "species"));
        assertRows(PrepkitSpark.transform(SPARK, scaler, LocalSpark.dataset(data, 2)),
                scaler.transform(Columns.without(data, "species")));
    }

    @Test
    void aMissingColumnAWrongTypeAndATakenNameFailBeforeAnyJobNamingTheColumn() {
        Table data = cancer();
        ClassifierPipelineModel model = pipeline(data);
        Dataset<Row> frame = LocalSpark.dataset(data, 2);
        assertMessage(() -> PrepkitSpark.predict(SPARK, model, frame.drop("size")),
                "data has no column 'size', which the model was fitted on");
        assertMessage(() -> PrepkitSpark.predict(SPARK, model,
                frame.withColumn("mean_radius", functions.col("mean_radius").cast("string"))), "mean_radius");
        assertMessage(() -> PrepkitSpark.predict(SPARK, model, frame.withColumn("prediction", functions.lit(1))),
                "data has a column 'prediction' already");
        assertMessage(() -> PrepkitSpark.predict(SPARK, model, frame.withColumn("size", functions.lit(1.5))),
                "size");
        assertMessage(() -> PrepkitSpark.predict(SPARK, model, frame, 0), "batchSize must be at least 1, got 0");
        assertMessage(() -> PrepkitSpark.dataset(SPARK, data, 0), "partitions must be at least 1, got 0");
        assertMessage(() -> PrepkitSpark.predict(SPARK, model, frame.withColumn("mean_radius",
                functions.col("mean_radius").cast("decimal(10,2)"))), "Spark column 'mean_radius' has type decimal(10,2)");
    }

    private static void assertMessage(Executable call, String part) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.contains(part), message);
    }
}
