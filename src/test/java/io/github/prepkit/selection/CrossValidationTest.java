package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Regressor;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class CrossValidationTest {

    /** A regressor that predicts the mean of its training target. */
    private static final Regressor<PredictorModel> MEAN = (features, target) -> {
        double mean = Arrays.stream(((DoubleColumn) target).asDoubleArray()).average().orElseThrow();
        return LambdaModels.predictor(table -> DoubleColumn.create(target.name(), table.rowCount()).fillWith(mean));
    };

    private static final Table SIX = Table.create("six", DoubleColumn.create("x", 1, 2, 3, 4, 5, 6));
    private static final DoubleColumn Y = DoubleColumn.create("y", 1, 2, 3, 4, 5, 9);

    @Test
    void eachFoldIsFittedOnItsTrainingRowsAndScoredOnItsTestRows() {
        // KFold(3): test {1, 2} trains on mean(3, 4, 5, 9) = 5.25; test {3, 4} on 4.25; test {5, 9} on 2.5
        CrossValidationResult result = new CrossValidation().cv(new KFold(3, false, 0))
                .scoring(Scoring.NEG_MEAN_ABSOLUTE_ERROR).evaluate(MEAN, SIX, Y);
        assertArrayEquals(new double[] {-(4.25 + 3.25) / 2, -(1.25 + 0.25) / 2, -(2.5 + 6.5) / 2}, result.testScores(), 1e-15);
        assertEquals((-3.75 - 0.75 - 4.5) / 3, result.mean(), 1e-15);
        assertEquals(Math.sqrt((0.75 * 0.75 + 2.25 * 2.25 + 1.5 * 1.5) / 3), result.std(), 1e-15);
        assertEquals("neg_mean_absolute_error -3.0000 +/- 1.6202 over 3 folds", result.toString());
        assertEquals("neg_mean_absolute_error", result.scoring());
        assertTrue(Arrays.stream(result.fitTimes()).allMatch(t -> t >= 0));
        assertTrue(Arrays.stream(result.scoreTimes()).allMatch(t -> t >= 0));
        Table table = result.table();
        assertEquals(List.of("fold", "fit_time", "score_time", "test_score"), table.columnNames());
        assertEquals(3, table.rowCount());
    }

    @Test
    void kNNOnBreastCancerScoresAsScikitLearnsCrossValScore() {
        // cross_val_score(KNeighborsClassifier(), X, y, cv=5): the default folds are stratified for a classifier
        double[] sklearn = {0.8859649122807017, 0.9385964912280702, 0.9385964912280702, 0.9473684210526315, 0.9292035398230089};
        CrossValidationResult result = new CrossValidation().evaluate(new KNeighborsClassifier(), Datasets.load("breast_cancer"), "diagnosis");
        assertArrayEquals(sklearn, result.testScores(), 1e-12);
    }

    @Test
    void leastSquaresOnDiabetesScoresAsScikitLearnWithConsecutiveFolds() {
        // cross_val_score(LinearRegression(), X, y, cv=5): KFold for a regressor, scored by R²
        double[] sklearn = {0.42955615382583767, 0.5225993866099365, 0.48268054134528215, 0.4264977611104024, 0.5502483366517517};
        CrossValidationResult result = new CrossValidation().evaluate(new LinearRegression(), Datasets.load("diabetes"), "progression");
        assertArrayEquals(sklearn, result.testScores(), 1e-9);
    }

    @Test
    void aPipelineIsCrossValidatedWithAnyScoring() {
        // cross_val_score(make_pipeline(StandardScaler(), LogisticRegression()), X, y, cv=5, scoring="roc_auc")
        double[] sklearn = {0.99475925319358, 0.9967245332459875, 0.9970238095238095, 0.9877645502645502, 0.999664654594232};
        Pipeline<?> pipeline = Pipeline.steps().transform("scale", new StandardScaler()).classifier("logistic", new LogisticRegression());
        CrossValidationResult result = new CrossValidation().scoring(Scoring.ROC_AUC).evaluate(pipeline,
                Datasets.load("breast_cancer"), "diagnosis");
        assertArrayEquals(sklearn, result.testScores(), 1e-6);
    }

    @Test
    void theScoresDoNotDependOnTheThreads() {
        Table cancer = Datasets.load("breast_cancer");
        CrossValidation cv = new CrossValidation().cv(new StratifiedKFold(4, true, 3)).scoring(Scoring.F1_MACRO);
        KNeighborsClassifier knn = new KNeighborsClassifier().nNeighbors(3);
        assertArrayEquals(cv.nJobs(1).evaluate(knn, cancer, "diagnosis").testScores(),
                cv.nJobs(2).evaluate(knn, cancer, "diagnosis").testScores());
    }

    @Test
    void aFailingFoldScoresNaNAndEveryFoldFailingThrows() {
        Predictor<PredictorModel> failsWithoutRowOne = (features, target) -> {
            if (((DoubleColumn) features.column("x")).get(0) != 1) {
                throw new IllegalArgumentException("no row one");
            }
            return MEAN.fit(features, target);
        };
        double[] scores = new CrossValidation().cv(new KFold(3, false, 0)).evaluate(failsWithoutRowOne, SIX, Y).testScores();
        assertTrue(Double.isNaN(scores[0]));
        assertTrue(Double.isFinite(scores[1]) && Double.isFinite(scores[2]));

        Predictor<PredictorModel> alwaysFails = (features, target) -> {
            throw new IllegalStateException("broken");
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidation().cv(3).evaluate(alwaysFails, SIX, Y));
        assertTrue(e.getMessage().contains("all 3 fits failed") && e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void badInputAndParametersFailNamingThem() {
        Column<?> short_ = DoubleColumn.create("y", 1, 2, 3);
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidation().evaluate(MEAN, SIX, short_));
        assertTrue(sizes.getMessage().contains("target column 'y' has 3 values"), sizes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CrossValidation().cv(7).evaluate(MEAN, SIX, Y));
        IllegalArgumentException jobs = assertThrows(IllegalArgumentException.class, () -> new CrossValidation().nJobs(0));
        assertTrue(jobs.getMessage().startsWith("CrossValidation: nJobs"), jobs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CrossValidation().cv(1));
        assertThrows(IllegalArgumentException.class, () -> new CrossValidation().scoring(null));
        assertThrows(IllegalArgumentException.class, () -> new CrossValidation().evaluate(MEAN, SIX, "missing"));
    }

    @Test
    void inputNoFoldCanFitFailsNamingTheColumn() {
        Table iris = Datasets.load("iris");
        Table text = Datasets.load("iris").addColumns(StringColumn.create("note", iris.rowCount()));
        IllegalArgumentException string = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidation().evaluate(new KNeighborsClassifier(), text, "species"));
        assertTrue(string.getMessage().contains("all 5 fits failed") && string.getMessage().contains("'note'"), string.getMessage());
        Table gaps = Datasets.load("iris");
        gaps.doubleColumn("sepal_width_cm").setMissing(0);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidation().cv(new KFold(5, false, 0)).evaluate(new KNeighborsClassifier(), gaps, "species"));
        assertTrue(missing.getMessage().contains("all 5 fits failed") && missing.getMessage().contains("sepal_width_cm"), missing.getMessage());
        Table oneClass = iris.where(iris.stringColumn("species").isEqualTo("setosa"));
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidation().evaluate(new KNeighborsClassifier(), oneClass, "species"));
        assertTrue(single.getMessage().contains("all 5 fits failed") && single.getMessage().contains("'species'"), single.getMessage());
    }

    @Test
    void theInputIsNotModifiedAndTheDefaultsAreScikitLearns() {
        Table before = SIX.copy();
        new CrossValidation().cv(2).evaluate(MEAN, SIX, Y);
        assertEquals(before.toString(), SIX.toString());
        CrossValidation defaults = new CrossValidation();
        assertEquals(new DefaultFolds(5), defaults.cv());
        assertEquals(Scoring.DEFAULT, defaults.scoring());
        assertEquals(-1, defaults.nJobs());
    }

    @Test
    void severalScoringsScoreEachFoldsOneFit() {
        java.util.concurrent.atomic.AtomicInteger fits = new java.util.concurrent.atomic.AtomicInteger();
        io.github.prepkit.base.Predictor<?> counted = (features, target) -> {
            fits.incrementAndGet();
            return new io.github.prepkit.linear.LinearRegression().fit(features, target);
        };
        CrossValidation cv = new CrossValidation().cv(new KFold(4, false, 0)).scorings(List.of(Scoring.R2,
                Scoring.NEG_MEAN_ABSOLUTE_ERROR));
        Table diabetes = Datasets.load("diabetes");
        CrossValidationResult result = cv.evaluate(counted, diabetes, "progression");
        assertEquals(4, fits.get());
        assertEquals(List.of("r2", "neg_mean_absolute_error"), result.scorings());
        assertArrayEquals(new CrossValidation().cv(new KFold(4, false, 0)).scoring(Scoring.NEG_MEAN_ABSOLUTE_ERROR)
                .evaluate(counted, diabetes, "progression").testScores(), result.testScores("neg_mean_absolute_error"));
        assertArrayEquals(result.testScores("r2"), result.testScores());
        assertEquals(List.of("fold", "fit_time", "score_time", "test_r2", "test_neg_mean_absolute_error"),
                result.table().columnNames());
        assertEquals(Scoring.R2, cv.scoring());
        assertThrows(IllegalArgumentException.class, () -> result.testScores("mae"));
        assertThrows(IllegalArgumentException.class, () -> cv.scorings(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CrossValidation(new KFold(), List.of(Scoring.R2,
                Scoring.of("R2", Scoring.R2.scorer())), 1, FitExecutor.LOCAL));
    }
}
