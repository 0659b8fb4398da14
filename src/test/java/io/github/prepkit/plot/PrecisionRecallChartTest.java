package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.metrics.PrecisionRecallCurve;
import io.github.prepkit.metrics.RankingMetrics;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;

class PrecisionRecallChartTest {

    @TempDir
    Path folder;

    @Test
    void drawsTheCurveAsStepsAcrossThePlot() throws IOException {
        // precision 0.5 from full recall down to 0.25, then 1 from 0.25 to 0: a long lower step, a riser, a short upper
        PrecisionRecallCurve curve = new PrecisionRecallCurve(new double[] {0.5, 1, 1}, new double[] {1, 0.25, 0},
                new double[] {0.1, 0.8});
        Path png = PrecisionRecallChart.of(curve).save(folder.resolve("charts/pr.png"));
        PngAssertions.assertDrawn(png, 3, "the chart draws something besides the background");
        CurvePixels pixels = CurvePixels.of(ImageIO.read(png.toFile()), UnitSquareChart.COLOURS[0]);
        CurvePixels.Run lower = pixels.longestRowRun();
        CurvePixels.Run riser = pixels.longestColumnRun();
        assertTrue(lower.length() > 400, "the lower step spans recall 0.25 to 1: " + lower);
        assertEquals(lower.from(), riser.at(), 3.0, "the riser stands at the lower step's left end");
        assertEquals(lower.at(), riser.to(), 3.0, "and rises from it");
        assertTrue(riser.length() > 150, "from precision 0.5 to 1: " + riser);
        int upperLength = lower.length() / 3; // recall 0 to 0.25 against 0.25 to 1
        double upper = pixels.alongLine(riser.at() - upperLength, riser.from(), riser.at(), riser.from(), 2);
        assertTrue(upper > 0.95, "the upper step runs left from the riser's top: " + upper);
    }

    @Test
    void aComputedCurveIsDrawnAndANameIsUsedOnce() throws IOException {
        PrecisionRecallCurve curve = RankingMetrics.precisionRecallCurve(IntColumn.create("y", 0, 0, 1, 1),
                new double[] {0.1, 0.4, 0.35, 0.8});
        PrecisionRecallChart chart = new PrecisionRecallChart("models").curve("a", curve);
        assertThrows(IllegalArgumentException.class, () -> chart.curve("a", curve));
        PrecisionRecallCurve other = RankingMetrics.precisionRecallCurve(IntColumn.create("y", 0, 1, 0, 1),
                new double[] {0.1, 0.4, 0.35, 0.8});
        Path png = chart.curve("b", other).save(folder.resolve("two.png"));
        assertTrue(CurvePixels.of(ImageIO.read(png.toFile()), UnitSquareChart.COLOURS[1]).count() > 200,
                "the second curve in the second colour");
        assertThrows(IllegalStateException.class, () -> new PrecisionRecallChart("empty").save(folder.resolve("e.png")));
    }
}
