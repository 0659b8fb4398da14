package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void meanAndPopulationStandardDeviation() {
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5, Moments.mean(values));
        assertEquals(2, Moments.std(values), "numpy's std, ddof 0");
    }

    @Test
    void aNaNSpreads() {
        assertTrue(Double.isNaN(Moments.mean(new double[] {1, Double.NaN})));
        assertTrue(Double.isNaN(Moments.std(new double[] {1, Double.NaN})));
    }
}
