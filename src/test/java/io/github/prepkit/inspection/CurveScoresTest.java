package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurveScoresTest {

    private final CurveScores scores = new CurveScores(new double[][] {{1, 3}, {2, Double.NaN}},
            new double[][] {{0, 0}, {4, 2}});

    @Test
    void meansAndPopulationStdPerPoint() {
        assertArrayEquals(new double[] {2, Double.NaN}, scores.trainMean());
        assertArrayEquals(new double[] {1, Double.NaN}, scores.trainStd());
        assertArrayEquals(new double[] {0, 3}, scores.testMean());
        assertArrayEquals(new double[] {0, 1}, scores.testStd());
        assertEquals(2, scores.folds());
    }

    @Test
    void copiesInAndOut() {
        double[][] train = {{1, 3}, {2, Double.NaN}};
        CurveScores made = new CurveScores(train, new double[][] {{0, 0}, {4, 2}});
        train[0][0] = 9;
        made.train()[0][0] = 9;
        assertEquals(scores, made);
        assertEquals(scores.hashCode(), made.hashCode());
    }

    @Test
    void resultsCheckTheirShape() {
        assertThrows(IllegalArgumentException.class, () -> new LearningCurveResult(new int[] {1}, scores));
        assertThrows(IllegalArgumentException.class, () -> new ValidationCurveResult<>(List.of(1), scores));
        assertEquals(8, new LearningCurveResult(new int[] {1, 2}, scores).table().rowCount() * 2);
    }

    @Test
    void rejectsRaggedEmptyOrMismatchedGrids() {
        assertThrows(IllegalArgumentException.class, () -> new CurveScores(new double[0][], new double[0][]));
        assertThrows(IllegalArgumentException.class,
                () -> new CurveScores(new double[][] {{1}, {1, 2}}, new double[][] {{1}, {1}}));
        assertThrows(IllegalArgumentException.class,
                () -> new CurveScores(new double[][] {{1}}, new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> new CurveScores(new double[][] {{}}, new double[][] {{}}));
        assertThrows(IllegalArgumentException.class, () -> new CurveScores(null, new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> new CurveScores(new double[][] {null}, new double[][] {{1}}));
    }
}
