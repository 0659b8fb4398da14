package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.inspection.CurveScores;
import io.github.prepkit.inspection.LearningCurveResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningCurveChartTest {

    @TempDir
    Path folder;

    private static LearningCurveResult curve(double failed) {
        return new LearningCurveResult(new int[] {10, 20, 40}, new CurveScores(
                new double[][] {{failed, 1.0}, {0.95, 0.9}, {0.9, 0.88}},
                new double[][] {{failed, 0.6}, {0.75, 0.7}, {0.82, 0.8}}));
    }

    @Test
    void writesAPngOfMeanScoresWithErrorBars() throws IOException {
        Path png = folder.resolve("curves/learning.png");
        assertEquals(png, new LearningCurveChart("learning curve", "accuracy", curve(1.0)).save(png));
        PngAssertions.assertDrawn(png, 3, "the chart draws something besides the background");
    }

    @Test
    void leavesOutSizesWhoseMeanIsNaN() throws IOException {
        Path png = folder.resolve("nan.png");
        new LearningCurveChart("t", "accuracy", curve(Double.NaN)).save(png);
        PngAssertions.assertDrawn(png, 3, "the finite points are drawn");
    }

    @Test
    void refusesACurveWithNothingToDraw() {
        LearningCurveResult failed = new LearningCurveResult(new int[] {5}, new CurveScores(
                new double[][] {{Double.NaN}}, new double[][] {{Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurveChart("t", "accuracy", failed));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurveChart(null, "accuracy", curve(1)));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurveChart("t", "accuracy", null));
    }
}
