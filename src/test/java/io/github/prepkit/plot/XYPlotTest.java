package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
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
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(distinctColours(image) > 3, "the chart draws something besides the background");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
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
