package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Regressor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

class GridSearchTest {

    private static final GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> KNN_GRID = GridSearch.of(new KNeighborsClassifier().nJobs(1))
            .axis("n_neighbors", List.of(1, 3, 5, 7, 9), KNeighborsClassifier::nNeighbors)
            .axis("weights", List.of(Weights.UNIFORM, Weights.DISTANCE), KNeighborsClassifier::weights);

    @Test
    void kNNOnBreastCancerScoresAsScikitLearnsGridSearchCV() {
        // GridSearchCV(KNeighborsClassifier(), {"n_neighbors": [1,3,5,7,9], "weights": ["uniform","distance"]}, cv=5)
        double[] sklearn = {0.9051079024996118, 0.9051079024996118, 0.9191429902189101, 0.9244216736531593,
                0.9279459711224964, 0.9297003570874087, 0.9261760596180716, 0.9244216736531594, 0.9314702685918336,
                0.9314857941313461};
        SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> result = KNN_GRID.fit(Datasets.load("breast_cancer"), "diagnosis");
        assertArrayEquals(sklearn, result.meanTestScores(), 1e-12);
        assertEquals(Map.of("n_neighbors", 9, "weights", Weights.DISTANCE), result.bestParams().values());
        assertEquals(0.9314857941313461, result.bestScore(), 1e-12);
        assertEquals(new KNeighborsClassifier().nJobs(1).nNeighbors(9).weights(Weights.DISTANCE), result.bestEstimator());
        assertInstanceOf(KNeighborsClassifierModel.class, result.bestModel());

        Table table = result.cvResults();
        assertEquals(List.of("mean_fit_time", "std_fit_time", "mean_score_time", "std_score_time", "param_n_neighbors",
                "param_weights", "split0_test_score", "split1_test_score", "split2_test_score", "split3_test_score",
                "split4_test_score", "mean_test_score", "std_test_score", "rank_test_score"), table.columnNames());
        assertEquals(List.of(1, 1, 3, 3, 5, 5, 7, 7, 9, 9), table.intColumn("param_n_neighbors").asList());
        assertEquals("DISTANCE", table.stringColumn("param_weights").get(1));
        // scikit-learn's ranks, down to the two candidates whose means differ in the last bit only
        assertEquals(List.of(9, 9, 8, 7, 4, 3, 5, 6, 2, 1), table.intColumn("rank_test_score").asList());
    }

    @Test
    void aFactoryBuildsAPipelinePerCandidate() {
        // GridSearchCV(make_pipeline(SimpleImputer(), StandardScaler(), KNeighborsClassifier()), same grid, cv=5)
        double[] sklearn = {0.9542772861356932, 0.9542772861356932, 0.9595249184909175, 0.9595249184909175,
                0.9648501785437045, 0.9648501785437045, 0.9701288619779538, 0.9701288619779538, 0.9666356155876417,
                0.9666356155876417};
        Axis<Integer> k = Axis.of("n_neighbors", 1, 3, 5, 7, 9);
        Axis<Weights> weights = Axis.of("weights", Weights.UNIFORM, Weights.DISTANCE);
        Pipeline.Steps prepare = Pipeline.steps().transform("impute", new SimpleImputer()).transform("scale", new StandardScaler());
        SearchResult<ClassifierPipeline, ClassifierPipelineModel> result = GridSearch.of(List.of(k, weights), candidate ->
                prepare.classifier("knn", new KNeighborsClassifier().nNeighbors(candidate.get(k)).weights(candidate.get(weights))))
                .nJobs(1).fit(Datasets.load("breast_cancer"), "diagnosis");
        assertArrayEquals(sklearn, result.meanTestScores(), 1e-12);
        assertEquals(7, result.bestParams().get(k));
        assertEquals(Weights.UNIFORM, result.bestParams().get(weights));
        assertEquals(7, ((KNeighborsClassifier) result.bestModel().estimator().model()).nNeighbors());
        Table probabilities = result.bestModel().predictProba(Columns.without(Datasets.load("breast_cancer"), "diagnosis"));
        assertEquals(List.of("benign", "malignant"), probabilities.columnNames(), "the model's own type: no cast");
    }

    @Test
    void theResultsDoNotDependOnTheThreads() {
        Table iris = Datasets.load("iris");
        GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> search = KNN_GRID.cv(new StratifiedKFold(3, true, 4)).scoring(Scoring.F1_MACRO);
        Table one = search.nJobs(1).fit(iris, "species").cvResults();
        Table two = search.nJobs(2).fit(iris, "species").cvResults();
        for (String column : one.columnNames()) {
            if (!column.contains("time")) {
                assertEquals(one.column(column).asList(), two.column(column).asList(), column);
            }
        }
    }

    @Test
    void aCandidateWhoseFitsFailScoresNaNAndRanksLast() {
        Table small = Datasets.load("iris").sampleN(40);
        // 4 folds of 40 rows train on 30: 40 neighbours are too many
        SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> result = GridSearch.of(new KNeighborsClassifier().nJobs(1))
                .axis("n_neighbors", List.of(40, 1), KNeighborsClassifier::nNeighbors).cv(4).fit(small, "species");
        assertTrue(Double.isNaN(result.meanTestScores()[0]));
        assertEquals(List.of(2, 1), result.cvResults().intColumn("rank_test_score").asList());
        assertEquals(1, result.bestIndex());
    }

    @Test
    void withoutRefitThereIsNoBestModel() {
        SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> result = KNN_GRID.refit(false).cv(3).fit(Datasets.load("iris"), "species");
        IllegalStateException e = assertThrows(IllegalStateException.class, result::bestModel);
        assertTrue(e.getMessage().contains("refit(false)"), e.getMessage());
    }

    @Test
    void aRegressorIsScoredByR2OnConsecutiveFolds() {
        Table diabetes = Datasets.load("diabetes");
        Regressor<PredictorModel> mean = (features, target) -> LambdaModels.predictor(table ->
                DoubleColumn.create(target.name(), table.rowCount()).fillWith(((NumericColumn<?>) target).mean()));
        SearchResult<Regressor<PredictorModel>, PredictorModel> result = GridSearch.of(mean).fit(diabetes, "progression");
        assertEquals(1, result.candidates().size(), "no axis: one candidate");
        assertTrue(result.bestScore() < 0 && result.bestScore() > -0.1, "R² of the training mean on other rows: " + result.bestScore());
    }

    @Test
    void badAxesAndSettingsFailNamingThem() {
        IllegalArgumentException continuous = assertThrows(IllegalArgumentException.class,
                () -> GridSearch.of(List.of(Axis.of("p", Distribution.uniform(1, 3))), candidate -> new KNeighborsClassifier()));
        assertTrue(continuous.getMessage().contains("axis 'p' draws from uniform(1.0, 3.0)"), continuous.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> KNN_GRID.axis("weights", List.of(Weights.UNIFORM), KNeighborsClassifier::weights));
        assertTrue(twice.getMessage().contains("axis name 'weights' is used twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KNN_GRID.axis("p", List.<Double>of(), KNeighborsClassifier::p));
        IllegalArgumentException jobs = assertThrows(IllegalArgumentException.class, () -> KNN_GRID.nJobs(0));
        assertTrue(jobs.getMessage().startsWith("GridSearch: nJobs"), jobs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KNN_GRID.cv(1));
        assertThrows(IllegalArgumentException.class, () -> KNN_GRID.scoring(null));
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> GridSearch.of(new KNeighborsClassifier()).axis("k", List.of(0), KNeighborsClassifier::nNeighbors)
                        .fit(Datasets.load("iris"), "species"));
        assertTrue(invalid.getMessage().contains("nNeighbors must be at least 1"), invalid.getMessage());
    }

    @Test
    void settingsReadBackAndTheInputIsNotModified() {
        GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> tuned = KNN_GRID.cv(3).scoring(Scoring.ROC_AUC).refit(false).nJobs(2).progressBar(false);
        assertEquals(new DefaultFolds(3), tuned.cv());
        assertEquals(Scoring.ROC_AUC, tuned.scoring());
        assertEquals(false, tuned.refit());
        assertEquals(2, tuned.nJobs());
        assertEquals(false, tuned.progressBar());
        assertEquals(List.of("n_neighbors", "weights"), tuned.axes().stream().map(Axis::name).toList());
        assertEquals(new DefaultFolds(5), KNN_GRID.cv(), "the receiver is unchanged");
        Table cancer = Datasets.load("breast_cancer");
        String before = cancer.printAll();
        tuned.fit(Columns.without(cancer, "diagnosis"), cancer.column("diagnosis"));
        assertEquals(before, cancer.printAll());
    }

    @Test
    void severalScoringsScoreEachFitOnceAndTheRefitOnePicksTheBest() {
        java.util.concurrent.atomic.AtomicInteger fits = new java.util.concurrent.atomic.AtomicInteger();
        Axis<Integer> k = Axis.of("n_neighbors", 1, 5, 9);
        GridSearch<io.github.prepkit.base.Predictor<KNeighborsClassifierModel>, KNeighborsClassifierModel> counted =
                GridSearch.of(List.of(k), candidate -> (features, target) -> {
                    fits.incrementAndGet();
                    return new KNeighborsClassifier().nJobs(1).nNeighbors(candidate.get(k)).fit(features, target);
                });
        Table cancer = Datasets.load("breast_cancer");
        SearchResult<?, KNeighborsClassifierModel> result = counted
                .scorings(List.of(Scoring.ACCURACY, Scoring.F1_MACRO, Scoring.BALANCED_ACCURACY))
                .refit("balanced_accuracy").nJobs(2).fit(cancer, "diagnosis");
        assertEquals(3 * 5 + 1, fits.get(), "one fit per candidate and fold, and the refit");
        Table table = result.cvResults();
        assertEquals(List.of("mean_fit_time", "std_fit_time", "mean_score_time", "std_score_time", "param_n_neighbors",
                "split0_test_accuracy", "split1_test_accuracy", "split2_test_accuracy", "split3_test_accuracy",
                "split4_test_accuracy", "mean_test_accuracy", "std_test_accuracy", "rank_test_accuracy",
                "split0_test_f1_macro", "split1_test_f1_macro", "split2_test_f1_macro", "split3_test_f1_macro",
                "split4_test_f1_macro", "mean_test_f1_macro", "std_test_f1_macro", "rank_test_f1_macro",
                "split0_test_balanced_accuracy", "split1_test_balanced_accuracy", "split2_test_balanced_accuracy",
                "split3_test_balanced_accuracy", "split4_test_balanced_accuracy", "mean_test_balanced_accuracy",
                "std_test_balanced_accuracy", "rank_test_balanced_accuracy"), table.columnNames());
        // the accuracy columns are those of a search by accuracy alone
        SearchResult<?, ?> alone = counted.scoring(Scoring.ACCURACY).refit(false).fit(cancer, "diagnosis");
        assertArrayEquals(alone.meanTestScores(), result.meanTestScores("accuracy"));
        assertEquals(alone.cvResults().intColumn("rank_test_score").asList(),
                table.intColumn("rank_test_accuracy").asList());
        double[] balanced = result.meanTestScores("balanced_accuracy");
        assertArrayEquals(balanced, result.meanTestScores());
        int best = table.intColumn("rank_test_balanced_accuracy").asList().indexOf(1);
        assertEquals(best, result.bestIndex());
        assertEquals(balanced[best], result.bestScore());
        assertEquals("balanced_accuracy", result.refitScoring());
        assertEquals(List.of("accuracy", "f1_macro", "balanced_accuracy"), result.scorings());
        assertEquals("cv results (accuracy, f1_macro, balanced_accuracy)", table.name());
    }

    @Test
    void severalScoringsNeedARefitNameThatIsOneOfThem() {
        GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> two = KNN_GRID.scorings(List.of(Scoring.ACCURACY,
                Scoring.F1_MACRO));
        Table cancer = Datasets.load("breast_cancer");
        assertEquals("GridSearch: with several scorings [accuracy, f1_macro], refit(name) must say which one picks "
                + "the best candidate", assertThrows(IllegalArgumentException.class, () -> two.fit(cancer,
                        "diagnosis")).getMessage());
        assertEquals("GridSearch: refit names scoring 'f1', which is not one of [accuracy, f1_macro]",
                assertThrows(IllegalArgumentException.class, () -> two.refit("f1").fit(cancer, "diagnosis"))
                        .getMessage());
        assertEquals("GridSearch: scorings must hold at least one scoring, found none",
                assertThrows(IllegalArgumentException.class, () -> KNN_GRID.scorings(List.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> KNN_GRID.scorings(List.of(Scoring.R2, Scoring.R2)));
        assertThrows(IllegalArgumentException.class, () -> KNN_GRID.scorings(null));
        assertEquals(java.util.Optional.of("f1_macro"), two.refit("f1_macro").refitMetric());
        assertEquals(Scoring.F1_MACRO, two.refit("f1_macro").scoring());
        assertEquals(false, two.refit("f1_macro").refit(false).refit());
        assertEquals(java.util.Optional.empty(), KNN_GRID.refitMetric());
    }
}
