package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureColumns;
import io.github.prepkit.internal.data.FeatureMatrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PointBlocksTest {

    /** {@code rows x 3} points with value 1000 i + j, so every cell is recognisable. */
    static PointBlocks numbered(int rows, double[] shift) {
        double[][] data = new double[rows][3];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 3; j++) {
                data[i][j] = 1000.0 * i + j;
            }
        }
        return PointBlocks.of(FeatureMatrix.of(KMeansTest.points(data), "test"), BinaryScale.ONE, shift);
    }

    @Test
    void rowsAreSplitIntoBlocksStoredFeatureByFeature() {
        PointBlocks points = numbered(600, new double[] {0, 0, 0});
        assertEquals(600, points.rows());
        assertEquals(3, points.features());
        assertEquals(3, points.blocks());
        assertEquals(PointBlocks.BLOCK, points.blockRows(0));
        assertEquals(600 - 2 * PointBlocks.BLOCK, points.blockRows(2));
        assertEquals(512, PointBlocks.blockStart(2));
        assertEquals(513_002.0, points.column(2, 2)[1]);
        assertEquals(599_001.0, points.get(599, 1));
        assertArrayEquals(new double[] {300_000, 300_001, 300_002}, points.row(300));
    }

    @Test
    void theShiftIsSubtracted() {
        PointBlocks points = numbered(2, new double[] {1, 2, 3});
        assertArrayEquals(new double[] {999, 999, 999}, points.row(1));
    }

    @Test
    void tasksAreFixedRunsOfBlocks() {
        PointBlocks points = numbered(5000, new double[3]); // 20 blocks
        assertEquals(2, points.tasks());
        assertEquals(PointBlocks.BLOCKS_PER_TASK, PointBlocks.firstBlock(1));
        assertEquals(PointBlocks.BLOCKS_PER_TASK, points.endBlock(0));
        assertEquals(20, points.endBlock(1));
    }

    @Test
    void squaredDistancesFromTheDifferences() {
        PointBlocks points = numbered(300, new double[3]);
        double[] out = new double[PointBlocks.BLOCK];
        points.squaredDistances(1, new double[] {256_000, 256_001, 256_000}, out);
        assertEquals(4, out[0]);
        assertEquals(3 * 1000.0 * 1000 + 2 * 1000 * 2 + 4, out[1], 1e-6);
        points.squaredDistancesToCentres(1, new double[] {0, 0, 0, 256_000, 256_001, 256_002}, new int[300], out);
        assertEquals(256_000.0 * 256_000 + 256_001.0 * 256_001 + 256_002.0 * 256_002, out[0]);
        int[] labels = new int[300];
        labels[256] = 1;
        points.squaredDistancesToCentres(1, new double[] {0, 0, 0, 256_000, 256_001, 256_002}, labels, out);
        assertEquals(0, out[0]);
    }

    @Test
    void columnsGiveTheBlocksOfTheirRowMajorForm() {
        double[][] rows = new double[600][3];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i * 0.1, -i * 3.7, 1e-3 / (i + 1)};
        }
        Table table = KMeansTest.points(rows);
        double[] shift = {0.3, -1.1, 2e-5};
        for (BinaryScale scale : new BinaryScale[] {BinaryScale.ONE, new BinaryScale(-3)}) {
            PointBlocks expected = PointBlocks.of(FeatureMatrix.of(table, "test"), scale, shift);
            PointBlocks actual = PointBlocks.of(FeatureColumns.of(table, "test"), scale, shift);
            assertEquals(expected.blocks(), actual.blocks());
            for (int b = 0; b < expected.blocks(); b++) {
                for (int j = 0; j < 3; j++) {
                    assertArrayEquals(expected.column(b, j), actual.column(b, j), 0);
                }
            }
        }
    }
}
