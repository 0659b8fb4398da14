package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class PngTest {

    private static XYChart chart() {
        Png.headless();
        return new XYChartBuilder().width(Png.WIDTH).height(Png.HEIGHT).title("t").build();
    }

    @Test
    void writesA800By600PngCreatingTheFolders(@TempDir Path folder) throws Exception {
        XYChart chart = chart();
        chart.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        Path png = folder.resolve("a/b/chart.png");
        assertEquals(png, Png.save(chart, png, "unused"));
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        // the IHDR chunk holds width and height as big-endian ints at bytes 16 and 20
        assertEquals(800, java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt());
        assertEquals(600, java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt());
        assertTrue(!Files.exists(folder.resolve("a/b/chart.png.png")), "the extension is not doubled");
    }

    @Test
    void aChartWithoutSeriesOrAPathFails(@TempDir Path folder) {
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> Png.save(chart(), folder.resolve("x.png"), "nothing to draw"));
        assertEquals("nothing to draw", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Png.save(chart(), null, "nothing to draw"));
    }
}
