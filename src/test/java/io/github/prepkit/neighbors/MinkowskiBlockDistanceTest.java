package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinkowskiBlockDistanceTest {

    private static final double[] TRAINING = {0, 0, 0, 0, 0, 1, 2, 3, 4, 5};

    @Test
    void manhattanSumsAbsoluteDifferencesInColumnOrder() {
        RowBlocks rows = RowBlocks.of(TRAINING, 2, 5);
        MinkowskiBlockDistance manhattan = new MinkowskiBlockDistance(rows, 1);
        Screened screened = new Screened(rows.blockRows());
        manhattan.screen(new double[] {1, -1, 1, -1, 1}, 0, 0, screened);
        assertEquals(5, screened.value(0));
        assertEquals(0 + 3 + 2 + 5 + 4, screened.value(1));
        assertEquals(14, manhattan.reduced(null, 0, 0, 1, screened.value(1)));
        assertEquals(14, manhattan.distance(14));
        assertEquals(14, manhattan.threshold(14, manhattan.prepare(null, 0)));
    }

    @Test
    void otherPowersSumPowersAndTakeTheRoot() {
        RowBlocks rows = RowBlocks.of(TRAINING, 2, 5);
        MinkowskiBlockDistance cubes = new MinkowskiBlockDistance(rows, 3);
        Screened screened = new Screened(rows.blockRows());
        cubes.screen(new double[] {0, 1, 2, 3, 6}, 0, 0, screened);
        assertEquals(0 + 1 + 8 + 27 + 216, screened.value(0));
        assertEquals(5, screened.value(1));
        assertEquals(6, cubes.distance(216), 1e-12);
    }
}
