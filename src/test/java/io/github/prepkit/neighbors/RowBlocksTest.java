package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowBlocksTest {

    @Test
    void blockRowsFillTheCacheBudgetWithinBounds() {
        assertEquals(408, RowBlocks.blockRows(20)); // 65536 / (8 * 20) = 409, down to a multiple of 8
        assertEquals(512, RowBlocks.blockRows(1));
        assertEquals(32, RowBlocks.blockRows(1000));
    }

    @Test
    void cutsRowMajorValuesIntoBlocksOfFeatureArrays() {
        int columns = 2;
        int blockRows = RowBlocks.blockRows(columns);
        int rows = blockRows + 3;
        double[] values = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            values[i * columns] = i;
            values[i * columns + 1] = -i;
        }
        RowBlocks blocks = RowBlocks.of(values, rows, columns);
        assertEquals(2, blocks.count());
        assertEquals(columns, blocks.columns());
        assertEquals(blockRows, blocks.length(0));
        assertEquals(3, blocks.length(1));
        assertEquals(blockRows, blocks.start(1));
        assertArrayEquals(new double[] {blockRows, blockRows + 1, blockRows + 2}, blocks.block(1)[0]);
        assertArrayEquals(new double[] {-blockRows, -blockRows - 1, -blockRows - 2}, blocks.block(1)[1]);
        assertEquals(-5, blocks.block(0)[1][5]);
    }

    @Test
    void givesBackTheRowMajorValuesItWasCutFrom() {
        int columns = 3;
        int rows = 2 * RowBlocks.blockRows(columns) + 5;
        double[] values = new double[rows * columns];
        for (int k = 0; k < values.length; k++) {
            values[k] = k * 0.1 - 7;
        }
        assertArrayEquals(values, RowBlocks.of(values, rows, columns).rowMajor());
    }
}
