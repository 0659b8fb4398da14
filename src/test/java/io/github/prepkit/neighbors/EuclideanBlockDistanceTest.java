package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuclideanBlockDistanceTest {

    @Test
    void reducedIsTheSquaredDistanceAndDistanceItsRoot() {
        RowBlocks rows = RowBlocks.of(new double[] {1, 2, 4, 6}, 2, 2);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        double[] query = {1, 2};
        Screened screened = new Screened(rows.blockRows());
        euclidean.screen(query, 0, 0, screened);
        assertEquals(0, euclidean.reduced(query, 0, 0, 0, screened.value(0)));
        assertEquals(25, euclidean.reduced(query, 0, 0, 1, screened.value(1)));
        assertEquals(5, euclidean.distance(25));
        assertEquals(5, euclidean.prepare(query, 0));
    }

    @ParameterizedTest
    @CsvSource({"1e4, true, 9", "1e4, true, 23", "1e4, true, 1", "1e14, false, 9"})
    void screeningNeverRulesOutARowNearerThanTheWorst(double offset, boolean floats, int columns) {
        // rows far from the origin and close to each other: the expansion's rounding is as large as it gets, in
        // single precision (1e4; feature counts padded to passes of five in several ways) and, beyond the float
        // range, in double precision (1e14)
        SplittableRandom random = new SplittableRandom(11);
        int count = 500;
        double[] values = new double[count * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = offset + random.nextDouble() * 1e-6 * offset / 1e4;
        }
        RowBlocks rows = RowBlocks.of(values, count, columns);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        assertEquals(floats, euclidean.screensInFloats());
        Screened screened = new Screened(rows.blockRows());
        for (int q = 0; q < count; q++) {
            double prepared = euclidean.prepare(values, q * columns);
            for (int b = 0; b < rows.count(); b++) {
                euclidean.screen(values, q * columns, b, screened);
                for (int t = 0; t < rows.length(b); t++) {
                    double exact = euclidean.reduced(values, q * columns, b, t, screened.value(t));
                    double worst = Math.nextUp(exact);
                    assertTrue(screened.value(t) < euclidean.threshold(worst, prepared), "row " + (rows.start(b) + t));
                }
            }
        }
    }

    @Test
    void screensInFloatsOnlyWhenEveryTrainingValueIsZeroOrInTheFloatRange() {
        assertTrue(new EuclideanBlockDistance(RowBlocks.of(new double[] {0, -1, 0x1p40, 0x1p-40}, 2, 2)).screensInFloats());
        assertFalse(new EuclideanBlockDistance(RowBlocks.of(new double[] {0, -1, 0x1p41, 1}, 2, 2)).screensInFloats());
        assertFalse(new EuclideanBlockDistance(RowBlocks.of(new double[] {0, -1, 1e-13, 1}, 2, 2)).screensInFloats());
    }

    @Test
    void aQueryOutsideTheFloatRangeIsScreenedInDoubles() {
        // training in range, query with a value of 1e-20: screening in floats would round it to 0, and the
        // screening values would sit a slack of 2^-21 (d + 4) |x|^2 below the squared distance, not 2^-50 (d + 4)
        RowBlocks rows = RowBlocks.of(new double[] {3, 4}, 1, 2);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        Screened screened = new Screened(rows.blockRows());
        euclidean.screen(new double[] {1e-20, 0}, 0, 0, screened);
        double slack = 6 * 0x1p-21;
        assertEquals(25 * (1 - slack) - 6e-20, screened.value(0), 1e-15);
        euclidean.screen(new double[] {1, 0}, 0, 0, screened);
        assertEquals(25 * (1 - slack) - 6, screened.value(0), 1e-5, "in floats");
    }

    @Test
    void normsTooLargeToExpandScreenAsNaN() {
        RowBlocks rows = RowBlocks.of(new double[] {1e150, 1}, 2, 1);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        Screened screened = new Screened(rows.blockRows());
        euclidean.screen(new double[] {0}, 0, 0, screened);
        assertTrue(Double.isNaN(screened.value(0)));
        assertEquals(1, screened.value(1), 1e-12);
        assertTrue(Double.isNaN(euclidean.prepare(new double[] {1e150}, 0)));
    }
}
