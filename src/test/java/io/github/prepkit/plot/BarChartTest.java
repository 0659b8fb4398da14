package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChartTest {

    @TempDir
    Path folder;

    @Test
    void writesAPngWithGroupsOfBars() throws IOException {
        Path png = folder.resolve("charts/bars.png");
        assertEquals(png, new BarChart("scores", "sampler", "score", List.of("none", "SMOTE", "Tomek"))
                .bars("balanced accuracy", new double[] {0.9, 0.93, 0.92})
                .bars("geometric mean", new double[] {0.89, 0.93, 0.91}).save(png));
        PngAssertions.assertDrawn(png, 3, "the chart draws something besides the background");
    }

    @Test
    void refusesBadCategoriesSeriesAndAnEmptyChart() {
        assertEquals("categories must be distinct and at least one, found [a, a]", assertThrows(
                IllegalArgumentException.class, () -> new BarChart("t", "x", "y", List.of("a", "a"))).getMessage());
        BarChart chart = new BarChart("t", "x", "y", List.of("a", "b"));
        assertEquals("series 's': one value per category (2) expected, found 1", assertThrows(
                IllegalArgumentException.class, () -> chart.bars("s", new double[] {1})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> chart.bars("s", new double[] {1, Double.NaN}))
                .getMessage().startsWith("series 's': values must be finite"));
        assertEquals("the chart 't' has no series to draw", assertThrows(IllegalStateException.class,
                () -> chart.save(folder.resolve("empty.png"))).getMessage());
        chart.bars("s", new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> chart.bars("s", new double[] {1, 2}));
    }
}
