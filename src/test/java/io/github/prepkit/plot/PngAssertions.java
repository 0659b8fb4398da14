package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** What the chart tests check of a written PNG: its size, and that it draws more than a few colours. */
final class PngAssertions {

    private PngAssertions() {
    }

    /** Fails unless {@code png} is an 800 x 600 image of more than {@code colours} distinct colours (sampled). */
    static void assertDrawn(Path png, int colours, String what) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        assertTrue(seen.size() > colours, what);
    }
}
