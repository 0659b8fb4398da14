package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.Distribution;
import io.github.prepkit.selection.FitExecutor;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.FoldScore;
import io.github.prepkit.selection.GridSearch;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.RandomSearch;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.SearchResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Searches and cross-validations with their fits as Spark tasks give the local results, bit for bit. */
@Tag("spark")
class SparkFitExecutorTest {

    private static final FitExecutor SPARK = PrepkitSpark.executor(LocalSpark.session());

    /** The results without the times, which are the only thing an executor may change. */
    private static Table withoutTimes(SearchResult<?, ?> result) {
        Table table = result.cvResults();
        return table.removeColumns(table.columnNames().stream().filter(name -> name.contains("time"))
                .toArray(String[]::new));
    }

    private static void assertSameResult(SearchResult<?, ?> local, SearchResult<?, ?> onSpark) {
        assertEquals(withoutTimes(local).printAll(), withoutTimes(onSpark).printAll());
        assertArrayEquals(local.meanTestScores(), onSpark.meanTestScores());
        assertEquals(local.bestIndex(), onSpark.bestIndex());
        assertArrayEquals(ModelFiles.toBytes(local.bestModel()), ModelFiles.toBytes(onSpark.bestModel()));
    }

    @Test
    void aGridSearchOfAPipelineOnSparkIsTheLocalOne() {
        Pipeline.Steps prepare = Pipeline.steps().transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler());
        GridSearch<ClassifierPipeline, ClassifierPipelineModel> grid = GridSearch.of(prepare.classifier("logistic",
                new LogisticRegression())).axis("C", List.of(0.01, 1.0, 100.0),
                        (pipeline, c) -> prepare.classifier("logistic", new LogisticRegression().c(c)))
                .scoring(Scoring.ROC_AUC).progressBar(false);
        Table cancer = Datasets.load("breast_cancer");
        assertSameResult(grid.nJobs(1).fit(cancer, "diagnosis"), grid.executor(SPARK).fit(cancer, "diagnosis"));
        assertEquals(SPARK, grid.executor(SPARK).executor());
    }

    @Test
    void aSeededRandomSearchOfAForestOnSparkIsTheLocalOne() {
        RandomSearch<RandomForestClassifier, RandomForestClassifierModel> search = RandomSearch.of(
                new RandomForestClassifier().nEstimators(10).seed(3).nJobs(1))
                .axis("max_depth", Distribution.integers(2, 6), RandomForestClassifier::maxDepth)
                .nIter(3).seed(11).cv(new KFold(3, true, 5)).progressBar(false);
        Table iris = Datasets.load("iris");
        assertSameResult(search.nJobs(2).fit(iris, "species"), search.executor(SPARK).fit(iris, "species"));
    }

    @Test
    void aCrossValidationOnSparkHasTheLocalScoresAndAFailingFoldFailsAsLocally() {
        CrossValidation cv = new CrossValidation().cv(4).scoring(Scoring.F1_MACRO);
        Table iris = Datasets.load("iris");
        KNeighborsClassifier knn = new KNeighborsClassifier().nNeighbors(7);
        assertArrayEquals(cv.evaluate(knn, iris, "species").testScores(),
                cv.executor(SPARK).evaluate(knn, iris, "species").testScores());
        Table small = iris.first(20);
        KNeighborsClassifier tooMany = new KNeighborsClassifier().nNeighbors(40);
        assertEquals(assertThrows(IllegalArgumentException.class, () -> new CrossValidation().cv(new KFold(2, false,
                0)).evaluate(tooMany, small, "species")).getMessage(), assertThrows(IllegalArgumentException.class,
                        () -> new CrossValidation().cv(new KFold(2, false, 0)).executor(SPARK).evaluate(tooMany, small,
                                "species")).getMessage());
    }

    /** Spark's local mode hands the driver's objects to its tasks; a cluster sends them serialized. */
    @Test
    void theWorkOfASearchSurvivesSerializationAsOnAClusterAndFitsAsLocally() throws Exception {
        Table cancer = Datasets.load("breast_cancer");
        Table features = cancer.rejectColumns("diagnosis");
        List<ClassifierPipeline> estimators = List.of(Pipeline.steps().transform("impute", new SimpleImputer())
                .classifier("knn", new KNeighborsClassifier().nNeighbors(3)), Pipeline.steps().classifier("forest",
                        new RandomForestClassifier().nEstimators(5).seed(2)));
        List<Fold> folds = new KFold(3, true, 1).split(features, cancer.column("diagnosis"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(SparkFitExecutor.work(estimators, folds, features, cancer.column("diagnosis"),
                    List.of(Scoring.ROC_AUC), false));
        }
        SparkFitExecutor.Work travelled;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            travelled = (SparkFitExecutor.Work) in.readObject();
        }
        for (int task = 0; task < 6; task++) {
            assertEquals(FoldScore.of(estimators.get(task / 3), features, cancer.column("diagnosis"),
                    folds.get(task % 3), Scoring.ROC_AUC).score(), travelled.fit(task).scores()[0], "task " + task);
        }
    }

    @Test
    void aCandidateOrAScoringThatCannotTravelFailsAtOnceSayingSo() {
        Table iris = Datasets.load("iris");
        GridSearch<ClassifierPipeline, ClassifierPipelineModel> lambdaStep = GridSearch.of(Pipeline.steps()
                .resample("keep", (data, target) -> data).classifier("knn", new KNeighborsClassifier()));
        String message = assertThrows(IllegalArgumentException.class, () -> lambdaStep.executor(SPARK).fit(iris,
                "species")).getMessage();
        assertTrue(message.contains("cannot travel to Spark's executors") && message.contains("user code"), message);
        Object notSerializable = new Object();
        Scoring capturing = Scoring.of("capturing", (model, features, target) -> notSerializable.hashCode());
        GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> grid = GridSearch.of(new KNeighborsClassifier())
                .scoring(capturing);
        message = assertThrows(IllegalArgumentException.class, () -> grid.executor(SPARK).fit(iris, "species"))
                .getMessage();
        assertTrue(message.startsWith("scoring 'capturing' cannot travel to Spark's executors"), message);
    }
}
