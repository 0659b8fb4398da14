package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.metrics.RankingMetrics;
import io.github.prepkit.metrics.RocCurve;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;

class RocChartTest {

    @TempDir
    Path folder;

    @Test
    void drawsAPerfectCurveUpTheLeftEdgeAndAlongTheTop() throws IOException {
        RocCurve perfect = RankingMetrics.rocCurve(IntColumn.create("y", 0, 0, 1, 1), new double[] {0.1, 0.2, 0.8, 0.9});
        Path png = RocChart.of(perfect).save(folder.resolve("charts/roc.png"));
        PngAssertions.assertDrawn(png, 3, "the chart draws something besides the background");
        BufferedImage image = ImageIO.read(png.toFile());
        CurvePixels curve = CurvePixels.of(image, UnitSquareChart.COLOURS[0]);
        // the curve runs up the plot's left edge, the whole height of the plot, then along its top
        CurvePixels.Run up = curve.longestColumnRun();
        CurvePixels.Run across = curve.longestRowRun();
        assertTrue(up.length() > 350, "vertical run " + up);
        assertTrue(across.length() > 500, "horizontal run " + across);
        assertEquals(curve.left(), up.at(), 3.0, "the vertical run is the curve's leftmost column");
        assertEquals(curve.top(), across.at(), 3.0, "the horizontal run is the curve's top row");
        assertEquals(up.at(), across.from(), 3.0, "they meet in the top left corner");
        // the dashed chance diagonal joins the plot's corners
        CurvePixels diagonal = CurvePixels.of(image, UnitSquareChart.REFERENCE);
        double dashes = diagonal.alongLine(curve.left(), curve.bottom(), curve.right(), curve.top(), 3);
        assertTrue(dashes > 0.25 && dashes < 0.9, "a dashed line from (0, 0) to (1, 1): " + dashes);
    }

    @Test
    void drawsAChanceCurveAlongTheDiagonal() throws IOException {
        RocCurve chance = new RocCurve(new double[] {0, 0.5, 1}, new double[] {0, 0.5, 1}, new double[] {2, 1, 0});
        Path png = new RocChart("chance").curve("model", chance).save(folder.resolve("chance.png"));
        CurvePixels curve = CurvePixels.of(ImageIO.read(png.toFile()), UnitSquareChart.COLOURS[0]);
        assertTrue(curve.right() - curve.left() > 500 && curve.bottom() - curve.top() > 350, "the curve spans the plot");
        assertTrue(curve.alongLine(curve.left(), curve.bottom(), curve.right(), curve.top(), 2) > 0.98,
                "the curve is drawn along the diagonal of its box");
    }

    @Test
    void anUndefinedCurveOrARepeatedNameFails() {
        RocCurve single = RankingMetrics.rocCurve(IntColumn.create("y", 0, 0), new double[] {0.1, 0.2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RocChart.of(single));
        assertTrue(e.getMessage().contains("single class"), e.getMessage());
        RocCurve chance = new RocCurve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0});
        RocChart chart = new RocChart("t").curve("a", chance);
        assertThrows(IllegalArgumentException.class, () -> chart.curve("a", chance));
    }
}
