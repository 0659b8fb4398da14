package io.github.prepkit.plot;

import io.github.prepkit.internal.data.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** What every chart of this package shares: its size, a display-free AWT, and writing it as a PNG file. */
final class Png {

    static final int WIDTH = 800;
    static final int HEIGHT = 600;

    private Png() {
    }

    /** Lets AWT draw without a display; call before building a chart. */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Writes {@code chart} to {@code png}, creating missing parent folders, and returns the path.
     *
     * @throws IllegalStateException with {@code nothingToDraw} if the chart has no series
     */
    static Path save(Chart<?, ?> chart, Path png, String nothingToDraw) {
        Checks.notNull(png, "png");
        if (chart.getSeriesMap().isEmpty()) {
            throw new IllegalStateException(nothingToDraw);
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, png.toString().replaceFirst("(?i)\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + png, e);
        }
    }
}
