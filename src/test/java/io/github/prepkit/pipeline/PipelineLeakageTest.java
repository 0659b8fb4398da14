package io.github.prepkit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.data.Columns;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.metrics.Average;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.CrossValidationResult;
import io.github.prepkit.selection.CrossValidator;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Preprocessing learned on all rows before cross-validating leaks the test folds into training and inflates the
 * score; a pipeline learns every step on the training fold alone, exactly as doing it by hand fold by fold.
 */
class PipelineLeakageTest {

    private static final KNeighborsClassifier ONE_NN = new KNeighborsClassifier().nNeighbors(1).nJobs(1);

    /**
     * 40 rows in 4 consecutive folds of 10. Fold 0 is all class 1: seven rows at x = 10 and three with x missing.
     * Folds 1-3 each hold six rows of class 0 at x = 0 and four of class 1 at x = 10. The mean of x over all rows,
     * 190 / 37 = 5.14, is nearer 10, so the leaky fill classifies fold 0's gaps right; the mean over folds 1-3 alone,
     * 120 / 30 = 4, is nearer 0, so the honest fill gets them wrong.
     */
    private static Table gaps() {
        double[] x = new double[40];
        int[] y = new int[40];
        for (int i = 0; i < 10; i++) {
            x[i] = i < 7 ? 10 : Double.NaN;
            y[i] = 1;
        }
        for (int i = 10; i < 40; i++) {
            y[i] = i % 10 < 4 ? 1 : 0;
            x[i] = 10 * y[i];
        }
        return Table.create("gaps", DoubleColumn.create("x", x), IntColumn.create("y", y));
    }

    @Test
    void imputingAllRowsFirstInflatesTheScoreAndThePipelineMatchesTheFoldByFoldScore() {
        Table data = gaps();
        Table features = Columns.without(data, "y");
        KFold folds = new KFold(4, false, 0);
        CrossValidation cv = new CrossValidation().cv(folds).scoring(Scoring.ACCURACY);

        double[] leaky = cv.evaluate(ONE_NN, new SimpleImputer().fitTransform(features), data.column("y")).testScores();
        Pipeline<ClassifierPipelineModel> pipeline = Pipeline.steps().transform("impute", new SimpleImputer())
                .classifier("knn", ONE_NN);
        double[] honest = cv.evaluate(pipeline, features, data.column("y")).testScores();

        double[] byHand = new double[4];
        List<Fold> split = folds.split(40);
        for (int f = 0; f < 4; f++) {
            Table train = Tables.rows(data, split.get(f).train());
            Table test = Tables.rows(data, split.get(f).test());
            SimpleImputerModel imputer = new SimpleImputer().fit(Columns.without(train, "y"));
            KNeighborsClassifierModel knn = ONE_NN.fit(imputer.transform(Columns.without(train, "y")), train.column("y"));
            byHand[f] = ClassificationMetrics.accuracy(test.column("y"), knn.predict(imputer.transform(Columns.without(test, "y"))));
        }
        assertArrayEquals(byHand, honest);
        assertArrayEquals(new double[] {0.7, 1, 1, 1}, honest, "fold 0's three gaps are filled with 4 and called 0");
        assertArrayEquals(new double[] {1, 1, 1, 1}, leaky, "the leaky fill 5.14 sees fold 0's own values");
    }

    /** 48 rows of noise in two features, 8 of them class 1: nothing to learn. */
    private static Table noise() {
        SplittableRandom random = new SplittableRandom(11);
        double[] a = random.doubles(48).toArray();
        double[] b = random.doubles(48).toArray();
        int[] y = new int[48];
        for (int i = 0; i < 48; i += 6) {
            y[i] = 1;
        }
        return Table.create("noise", DoubleColumn.create("a", a), DoubleColumn.create("b", b), IntColumn.create("y", y));
    }

    static List<Sampler> samplers() {
        return List.of(new RandomOverSampler().seed(5), new SMOTE().seed(5).nJobs(1));
    }

    /** Copies (or SMOTE's interpolations) of a test row's minority twins in training make 1-NN look good. */
    @ParameterizedTest
    @MethodSource("samplers")
    void overSamplingAllRowsFirstInflatesTheScoreAndThePipelineMatchesTheFoldByFoldScore(Sampler sampler) {
        Table data = noise();
        CrossValidator folds = new StratifiedKFold(4, true, 2);
        CrossValidation cv = new CrossValidation().cv(folds).scoring(Scoring.F1_MACRO);

        Table oversampled = sampler.fitResample(data, "y");
        CrossValidationResult leaky = cv.evaluate(ONE_NN, oversampled, "y");
        Pipeline<ClassifierPipelineModel> pipeline = Pipeline.steps().resample("oversample", sampler).classifier("knn", ONE_NN);
        CrossValidationResult honest = cv.evaluate(pipeline, data, "y");

        List<Fold> split = folds.split(Columns.without(data, "y"), data.column("y"));
        double[] byHand = new double[split.size()];
        for (int f = 0; f < split.size(); f++) {
            Table train = sampler.fitResample(Tables.rows(data, split.get(f).train()), "y");
            Table test = Tables.rows(data, split.get(f).test());
            KNeighborsClassifierModel knn = ONE_NN.fit(train, "y");
            byHand[f] = ClassificationMetrics.f1(test.column("y"), knn.predict(Columns.without(test, "y")), Average.MACRO);
        }
        assertArrayEquals(byHand, honest.testScores());
        assertTrue(leaky.mean() > honest.mean() + 0.1, "the test rows' copies or interpolations in training: leaky "
                + leaky.mean() + ", honest " + honest.mean());
        assertEquals(4, honest.testScores().length);
    }
}
