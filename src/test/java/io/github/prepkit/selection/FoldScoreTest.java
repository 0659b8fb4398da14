package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class FoldScoreTest {

    private static final Table FEATURES = Table.create("f", IntColumn.create("id", 0, 1, 2, 3));
    private static final IntColumn TARGET = IntColumn.create("y", 0, 1, 0, 1);

    @Test
    void theModelSeesOnlyTheTrainingRowsAndIsScoredOnTheTestRows() {
        Predictor<PredictorModel> recorder = (features, target) -> {
            assertEquals(List.of(0, 3), features.intColumn("id").asList());
            assertEquals(List.of(0, 1), ((IntColumn) target).asList());
            return LambdaModels.predictor(table -> table.intColumn("id").copy().setName("y"));
        };
        Scoring sum = Scoring.of("sum", (model, features, target) -> ((IntColumn) model.predict(features)).sum() * 10
                + ((IntColumn) target).sum());
        FoldScore score = FoldScore.of(recorder, FoldScore.FoldData.of(FEATURES, TARGET, new Fold(new int[] {0, 3}, new int[] {1, 2})), List.of(sum));
        assertEquals(31, score.score(), "ids 1 + 2 predicted, targets 1 + 0");
        assertNull(score.failure());
        assertTrue(score.fitTime() >= 0 && score.scoreTime() >= 0);
    }

    @Test
    void aFailureIsKeptWithANaNScore() {
        IllegalStateException broken = new IllegalStateException("broken");
        Predictor<PredictorModel> failing = (features, target) -> {
            throw broken;
        };
        FoldScore score = FoldScore.of(failing, FoldScore.FoldData.of(FEATURES, TARGET, new Fold(new int[] {0, 1}, new int[] {2, 3})),
                List.of(Scoring.ACCURACY));
        assertTrue(Double.isNaN(score.score()));
        assertSame(broken, score.failure());
    }

    @Test
    void everyEstimatorMeetsEveryFoldInSlotOrder() {
        List<Predictor<PredictorModel>> estimators = List.of(constant(1), constant(2));
        List<Fold> folds = List.of(new Fold(new int[] {0, 1}, new int[] {2, 3}), new Fold(new int[] {2, 3}, new int[] {0}));
        Scoring firstPrediction = Scoring.of("first", (model, features, target) -> ((IntColumn) model.predict(features)).get(0)
                * 10 + features.rowCount());
        FoldScore[] scores = FoldScore.all(estimators, folds, FEATURES, TARGET, List.of(firstPrediction), 2, FitExecutor.LOCAL,
                Progress.silent(), "test");
        assertEquals(12, scores[0].score());
        assertEquals(11, scores[1].score());
        assertEquals(22, scores[2].score());
        assertEquals(21, scores[3].score());
        FoldScore[] direct = FitExecutor.LOCAL.fitAll(estimators, folds, FEATURES, TARGET, firstPrediction);
        for (int task = 0; task < scores.length; task++) {
            assertEquals(scores[task].score(), direct[task].score());
            assertEquals(scores[task].score(), FoldScore.of(estimators.get(task / 2), FEATURES, TARGET,
                    folds.get(task % 2), firstPrediction).score());
        }
    }

    @Test
    void anotherExecutorsScoresAreTakenAndTheirCountChecked() {
        List<Predictor<PredictorModel>> estimators = List.of(constant(1), constant(2));
        List<Fold> folds = List.of(new Fold(new int[] {0, 1}, new int[] {2, 3}));
        FitExecutor fixed = (e, f, x, y, s) -> new FoldScore[] {new FoldScore(0.5, 0, 0, null),
            new FoldScore(0.25, 0, 0, null)};
        FoldScore[] scores = FoldScore.all(estimators, folds, FEATURES, TARGET, List.of(Scoring.DEFAULT), 1, fixed,
                Progress.silent(), "test");
        assertEquals(0.25, scores[1].score());
        FitExecutor lossy = (e, f, x, y, s) -> new FoldScore[1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FoldScore.all(estimators,
                folds, FEATURES, TARGET, List.of(Scoring.DEFAULT), 1, lossy, Progress.silent(), "test"));
        assertTrue(e.getMessage().startsWith("test: executor ") && e.getMessage().endsWith(" returned 1 scores for 2 fits"),
                e.getMessage());
    }

    private static Predictor<PredictorModel> constant(int value) {
        return (features, target) -> LambdaModels.predictor(table -> IntColumn.create("y",
                java.util.Collections.nCopies(table.rowCount(), value).stream().mapToInt(Integer::intValue).toArray()));
    }

    @Test
    void oneFitIsScoredByEveryScoringAndAFailingScoringFailsAlone() {
        Scoring broken = Scoring.of("broken", (model, features, target) -> {
            throw new IllegalStateException("no");
        });
        Scoring rows = Scoring.of("rows", (model, features, target) -> features.rowCount());
        FoldScore score = FoldScore.of(constant(1), FEATURES, TARGET, new Fold(new int[] {0, 1}, new int[] {2, 3}),
                List.of(rows, broken));
        assertArrayEquals(new double[] {2, Double.NaN}, score.scores());
        assertEquals(2, score.score());
        assertEquals("no", score.failure().getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FoldScore(1, 0, 0, null, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> new FoldScore(1, 0, 0, null, new double[0]));
        assertEquals(new FoldScore(0.5, 1, 2, null), new FoldScore(0.5, 1, 2, null, new double[] {0.5}));
    }

    @Test
    void anExecutorThatKnowsOneScoringRunsOncePerScoring() {
        List<Predictor<PredictorModel>> estimators = List.of(constant(1), constant(2));
        List<Fold> folds = List.of(new Fold(new int[] {0, 1}, new int[] {2, 3}));
        Scoring prediction = Scoring.of("prediction", (model, features, target) -> ((IntColumn) model.predict(features))
                .getInt(0));
        Scoring rows = Scoring.of("rows", (model, features, target) -> features.rowCount());
        FitExecutor single = (e, f, x, y, s) -> FitExecutor.LOCAL.fitAll(e, f, x, y, s);
        FoldScore[] scores = single.fitAll(estimators, folds, FEATURES, TARGET, List.of(prediction, rows));
        assertArrayEquals(new double[] {2, 2}, scores[1].scores());
        FoldScore[] local = FitExecutor.LOCAL.fitAll(estimators, folds, FEATURES, TARGET, List.of(prediction, rows));
        assertArrayEquals(scores[0].scores(), local[0].scores());
        FitExecutor wrongCount = (e, f, x, y, s) -> new FoldScore[] {new FoldScore(1, 0, 0, null)};
        assertEquals("test: executor " + wrongCount + " returned 1 scores for 2 fits", assertThrows(
                IllegalArgumentException.class, () -> FoldScore.all(estimators, folds, FEATURES, TARGET,
                        List.of(prediction, rows), 1, wrongCount, Progress.silent(), "test")).getMessage());
        FitExecutor oneScore = new FitExecutor() {
            @Override
            public FoldScore[] fitAll(List<? extends Predictor<?>> e, List<Fold> f, Table x,
                    tech.tablesaw.columns.Column<?> y, Scoring s) {
                return new FoldScore[] {new FoldScore(1, 0, 0, null), new FoldScore(1, 0, 0, null)};
            }

            @Override
            public FoldScore[] fitAll(List<? extends Predictor<?>> e, List<Fold> f, Table x,
                    tech.tablesaw.columns.Column<?> y, List<Scoring> s) {
                return fitAll(e, f, x, y, s.get(0));
            }
        };
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FoldScore.all(estimators, folds, FEATURES,
                TARGET, List.of(prediction, rows), 1, oneScore, Progress.silent(), "test")).getMessage()
                .endsWith("returned a fit without 2 scores, one per scoring"));
    }
}
