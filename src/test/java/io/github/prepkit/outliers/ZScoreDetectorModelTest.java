package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Scoring with a fitted z-score detector, on {@link ZScoreDetectorTest#table()}. */
class ZScoreDetectorModelTest {

    private static Table table() {
        return ZScoreDetectorTest.table();
    }

    @Test
    void scoresARowByItsLargestZ() {
        ZScoreDetectorModel model = new ZScoreDetector().fit(table());
        assertEquals(List.of("a", "k", "c"), model.columns());
        assertArrayEquals(new double[] {1, 5, 0}, model.mean(), 1e-15);
        assertArrayEquals(new double[] {3, 0, 1}, model.std(), 1e-15, "constant column: std 0");
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 3}, model.scores(table()), 1e-15);
    }

    @Test
    void flagsOnlyAboveTheThreshold() {
        assertArrayEquals(new boolean[10], new ZScoreDetector().fit(table()).outliers(table()),
                "z = 3 exactly is not above 3");
        ZScoreDetectorModel lower = new ZScoreDetector().threshold(2.5).fit(table());
        assertEquals(true, lower.outliers(table())[9]);
        assertEquals(9, lower.dropOutliers(table()).rowCount());
    }

    @Test
    void aConstantColumnNeverFlagsEvenOnNewValues() {
        ZScoreDetectorModel model = new ZScoreDetector().columns("k").fit(table());
        Table other = table();
        other.intColumn("k").set(0, 1000);
        assertArrayEquals(new double[10], model.scores(other));
    }

    @Test
    void statisticsReadBackAsCopies() {
        ZScoreDetectorModel model = new ZScoreDetector().fit(table());
        model.mean()[0] = 99;
        model.std()[0] = 99;
        assertEquals(1, model.mean()[0]);
        assertEquals(3, model.std()[0]);
    }
}
