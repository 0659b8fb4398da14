package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XYPlotTest {

    @TempDir
    Path folder;

    @Test
    void writesAPngWithPointsAndLines() throws IOException {
        Path png = folder.resolve("charts/plot.png");
        Path written = new XYPlot("title", "x", "y")
                .points("points", new double[] {1, 2, 3}, new double[] {3, 1, 2})
                .line("line", new double[] {1, 3}, new double[] {1, 3})
                .save(png);
        assertEquals(png, written);
        PngAssertions.assertDrawn(png, 3, "the chart draws something besides the background");
    }

    @Test
    void rejectsMismatchedSeriesAndDuplicateNames() {
        XYPlot plot = new XYPlot("t", "x", "y").points("a", new double[] {1}, new double[] {1});
        assertEquals("series 'b': x and y must have the same length, found 2 and 1",
                assertThrows(IllegalArgumentException.class,
                        () -> plot.points("b", new double[] {1, 2}, new double[] {1})).getMessage());
        assertEquals("series 'a' is already in the plot",
                assertThrows(IllegalArgumentException.class,
                        () -> plot.line("a", new double[] {1}, new double[] {1})).getMessage());
    }

    @Test
    void anEmptyPlotCannotBeSaved() {
        assertThrows(IllegalStateException.class, () -> new XYPlot("t", "x", "y").save(folder.resolve("e.png")));
    }
}
