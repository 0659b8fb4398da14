package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EuclideanBlockDistanceTest {

    @Test
    void reducedIsTheSquaredDistanceAndDistanceItsRoot() {
        RowBlocks rows = RowBlocks.of(new double[] {1, 2, 4, 6}, 2, 2);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        double[] query = {1, 2};
        double[] screened = new double[rows.blockRows()];
        euclidean.screen(query, 0, 0, screened);
        assertEquals(0, euclidean.reduced(query, 0, 0, 0, screened[0]));
        assertEquals(25, euclidean.reduced(query, 0, 0, 1, screened[1]));
        assertEquals(5, euclidean.distance(25));
        assertEquals(5, euclidean.prepare(query, 0));
    }

    @Test
    void screeningNeverRulesOutARowNearerThanTheWorst() {
        // rows far from the origin and close to each other: the expansion's rounding is as large as it gets
        SplittableRandom random = new SplittableRandom(11);
        int columns = 9;
        int count = 200;
        double[] values = new double[count * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e4 + random.nextDouble() * 1e-6;
        }
        RowBlocks rows = RowBlocks.of(values, count, columns);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        double[] screened = new double[rows.blockRows()];
        for (int q = 0; q < count; q++) {
            double prepared = euclidean.prepare(values, q * columns);
            for (int b = 0; b < rows.count(); b++) {
                euclidean.screen(values, q * columns, b, screened);
                for (int t = 0; t < rows.length(b); t++) {
                    double exact = euclidean.reduced(values, q * columns, b, t, screened[t]);
                    double worst = Math.nextUp(exact);
                    assertTrue(screened[t] < euclidean.threshold(worst, prepared), "row " + (rows.start(b) + t));
                }
            }
        }
    }

    @Test
    void normsTooLargeToExpandScreenAsNaN() {
        RowBlocks rows = RowBlocks.of(new double[] {1e150, 1}, 2, 1);
        EuclideanBlockDistance euclidean = new EuclideanBlockDistance(rows);
        double[] screened = new double[rows.blockRows()];
        euclidean.screen(new double[] {0}, 0, 0, screened);
        assertTrue(Double.isNaN(screened[0]));
        assertEquals(1, screened[1], 1e-12);
        assertTrue(Double.isNaN(euclidean.prepare(new double[] {1e150}, 0)));
    }
}
