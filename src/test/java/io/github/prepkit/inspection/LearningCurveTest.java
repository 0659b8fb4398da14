package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.Scoring;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class LearningCurveTest {

    @Test
    void fitsTheFirstRowsOfEachFoldAndScoresThemAndTheTestRows() {
        Table data = Data.regression(40, 1);
        Table features = data.copy().removeColumns("y");
        Column<?> y = data.column("y");
        KFold folds = new KFold().nSplits(4);
        LearningCurveResult result = new LearningCurve().cv(folds).trainSizes(0.25, 1.0).nJobs(1)
                .scoring(Scoring.NEG_MEAN_ABSOLUTE_ERROR).evaluate(new LinearRegression(), features, y);
        assertArrayEquals(new int[] {7, 30}, result.trainSizes(), "floor(0.25 x 30), all 30");
        List<Fold> cut = folds.split(features, y);
        for (int f = 0; f < 4; f++) {
            for (int s = 0; s < 2; s++) {
                int[] train = Arrays.copyOf(cut.get(f).train(), result.trainSizes()[s]);
                var model = new LinearRegression().fit(features.rows(train), y.subset(train));
                assertEquals(Scoring.NEG_MEAN_ABSOLUTE_ERROR.score(model, features.rows(train), y.subset(train)),
                        result.scores().train()[s][f], 1e-15);
                int[] test = cut.get(f).test();
                assertEquals(Scoring.NEG_MEAN_ABSOLUTE_ERROR.score(model, features.rows(test), y.subset(test)),
                        result.scores().test()[s][f], 1e-15);
            }
        }
        Table table = result.table();
        assertEquals(List.of("train_size", "fold", "train_score", "test_score"), table.columnNames());
        assertEquals(8, table.rowCount());
        assertEquals(30, table.intColumn("train_size").getInt(7));
    }

    @Test
    void theDefaultSizesAreScikitLearnsRoundedDown() {
        Table data = Data.regression(50, 2);
        LearningCurveResult result = new LearningCurve().evaluate(new LinearRegression(), data, "y");
        assertArrayEquals(new int[] {4, 13, 22, 31, 40}, result.trainSizes());
        assertEquals(5, result.scores().folds());
    }

    @Test
    void shuffleIsSeededAndTheSameForAnyThreadCount() {
        Table data = Data.classification(60, 3);
        LearningCurve curve = new LearningCurve().shuffle(true).seed(4).trainSizes(0.5, 1.0).cv(3);
        LearningCurveResult one = curve.nJobs(1).evaluate(new LogisticRegression(), data, "y");
        assertEquals(one, curve.nJobs(2).evaluate(new LogisticRegression(), data, "y"));
        assertEquals(one.hashCode(), curve.nJobs(2).evaluate(new LogisticRegression(), data, "y").hashCode());
        assertNotEquals(one, curve.shuffle(false).evaluate(new LogisticRegression(), data, "y"));
        double[][] full = one.scores().test();
        LearningCurveResult unshuffled = curve.shuffle(false).evaluate(new LogisticRegression(), data, "y");
        assertArrayEquals(unshuffled.scores().test()[1], full[1], "all the training rows: order does not matter");
    }

    @Test
    void aFailedFitScoresNaNAndAllFailedThrows() {
        Table data = Data.classification(60, 5).sortAscendingOn("y");
        LearningCurveResult result = new LearningCurve().cv(new KFold().nSplits(3)).trainSizes(2, 40)
                .evaluate(new LogisticRegression(), data, "y");
        assertTrue(Double.isNaN(result.scores().train()[0][0]), "two rows of one class cannot be fitted");
        assertTrue(Double.isNaN(result.scores().trainMean()[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LearningCurve()
                .cv(new KFold().nSplits(3)).trainSizes(2).evaluate(new LogisticRegression(), data, "y"));
        assertTrue(e.getMessage().startsWith("LearningCurve: all 3 fits failed"), e.getMessage());
    }

    @Test
    void rejectsCountsAboveTheTrainingRowsAndBadParameters() {
        Table data = Data.regression(20, 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LearningCurve().trainSizes(5, 17).evaluate(new LinearRegression(), data, "y"));
        assertTrue(e.getMessage().contains("within (0, 16]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve().trainSizes((TrainSizes) null));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve().scoring(null));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve().nJobs(0));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve().cv(1));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve().evaluate(null, data, "y"));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve().evaluate(new LinearRegression(),
                data, data.column("y")));
    }
}
