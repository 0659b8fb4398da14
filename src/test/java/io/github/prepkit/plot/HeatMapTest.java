package io.github.prepkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatMapTest {

    @TempDir
    Path folder;

    @Test
    void writesAPngWithColouredCells() throws IOException {
        Path png = folder.resolve("charts/heat.png");
        Path written = new HeatMap("scores", "k", "weights")
                .cells(List.of("1", "3", "5"), List.of("uniform", "distance"), new double[][] {{0.90, 0.92, 0.93}, {0.90, 0.93, 0.94}})
                .save(png);
        assertEquals(png, written);
        PngAssertions.assertDrawn(png, 5, "cells of several colours");
    }

    @Test
    void aGridOfAnotherShapeOrWithoutCellsFails() {
        HeatMap map = new HeatMap("t", "x", "y");
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> map.cells(List.of("a"), List.of("p", "q"), new double[][] {{1}}));
        assertTrue(rows.getMessage().contains("one row per y label (2), found 1"), rows.getMessage());
        assertThrows(IllegalArgumentException.class, () -> map.cells(List.of("a", "b"), List.of("p"), new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> map.cells(List.of("a"), List.of("p"), new double[][] {{Double.NaN}}));
        assertThrows(IllegalStateException.class, () -> map.save(folder.resolve("empty.png")));
        map.cells(List.of("a"), List.of("p"), new double[][] {{1}});
        assertThrows(IllegalArgumentException.class, () -> map.cells(List.of("a"), List.of("p"), new double[][] {{2}}));
    }
}
