// prepkit notebook 09: prepkit on Apache Spark, with the numbers it gives locally.
// Open it with:  notebooks-java/open 09-spark.jsh   (from the repository root; a local Spark session, two threads)

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.MinMaxScalerModel;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import io.github.prepkit.selection.GridSearch;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.SearchResult;
import io.github.prepkit.spark.PrepkitSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

SparkSession spark = SparkSession.builder().master("local[2]").appName("prepkit notebook").
        config("spark.ui.enabled", "false").getOrCreate();
Dataset<Row> events = spark.read().option("header", "true").option("inferSchema", "true").
        csv("datasets/breast_cancer.csv");
show("rows on Spark", events.count());

// --- Fit a pipeline on a sample: the rows come to the driver (refused first if too many for its heap). ---
ClassifierPipeline pipeline = Pipeline.steps().
        transform("impute", new SimpleImputer()).
        transform("scale", new StandardScaler()).
        classifier("logistic", new LogisticRegression());
Dataset<Row> sample = events.sample(false, 0.6, 7);
ClassifierPipelineModel model = PrepkitSpark.fit(spark, pipeline, sample, "diagnosis");
show("fitted on the sample", model);

// --- Score every row on the cluster: the model travels as its model-file bytes, rows go through it in batches. ---
Dataset<Row> scored = PrepkitSpark.predict(spark, model, events);
scored.select("diagnosis", "prediction").show(5);
show("accuracy on all rows", (double) scored.filter(functions.col("diagnosis").equalTo(functions.col("prediction"))).count()
        / events.count());
PrepkitSpark.predictProba(spark, model, events).select("diagnosis", "benign", "malignant").show(5);

// --- The same numbers as locally: the model applied by prepkit alone to the file read by Tablesaw. ---
Table local = Datasets.load("breast_cancer");
double[] onSpark = PrepkitSpark.predictProba(spark, model, events).select("malignant").collectAsList().stream().
        mapToDouble(row -> row.getDouble(0)).toArray();
double[] here = model.predictProba(Columns.without(local, "diagnosis")).doubleColumn("malignant").asDoubleArray();
show("Spark's probabilities equal the local ones, bit for bit", java.util.Arrays.equals(onSpark, here));

// --- A MinMaxScaler fits on the cluster from each partition's extremes: the local model, bit for bit. ---
MinMaxScalerModel scaler = PrepkitSpark.fit(spark, new MinMaxScaler(), events.drop("diagnosis"));
show("fitted on the cluster", scaler);
show("the same model file as fitted locally", java.util.Arrays.equals(ModelFiles.toBytes(scaler),
        ModelFiles.toBytes(new MinMaxScaler().fit(Columns.without(local, "diagnosis")))));

// --- So does a StandardScaler, from sums in blocks of rows that each partition adds where its rows are. ---
StandardScalerModel standard = PrepkitSpark.fit(spark, new StandardScaler(), events.drop("diagnosis"));
show("StandardScaler on the cluster, the local model file", java.util.Arrays.equals(ModelFiles.toBytes(standard),
        ModelFiles.toBytes(new StandardScaler().fit(Columns.without(local, "diagnosis")))));

// --- A grid search whose (candidate, fold) fits run as Spark tasks: the same search, another executor. ---
Pipeline.Steps prepare = Pipeline.steps().transform("impute", new SimpleImputer()).transform("scale", new StandardScaler());
GridSearch<ClassifierPipeline, ClassifierPipelineModel> grid = GridSearch.of(pipeline).
        axis("C", java.util.List.of(0.01, 0.1, 1.0, 10.0), (p, c) -> prepare.classifier("logistic", new LogisticRegression().c(c))).
        scoring(Scoring.ROC_AUC).progressBar(false);
SearchResult<ClassifierPipeline, ClassifierPipelineModel> onCluster = grid.executor(PrepkitSpark.executor(spark)).
        fit(local, "diagnosis");
show("best C on Spark", onCluster.bestParams());
show("mean ROC AUC per C, as a local search gives them", java.util.Arrays.equals(onCluster.meanTestScores(),
        grid.fit(local, "diagnosis").meanTestScores()));
