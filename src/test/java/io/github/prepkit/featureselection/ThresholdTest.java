package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.data.NumpySum;
import org.junit.jupiter.api.Test;

/** The threshold's references, scale and spelling, as scikit-learn's threshold strings. */
class ThresholdTest {

    private static final double[] WEIGHTS = {0.5, 3, 0, 2, 0.25, 1e-3, 7, 0.1, 1.5};

    @Test
    void theMeanIsNumpysAndTheMedianTheMiddleValue() {
        assertEquals(NumpySum.of(WEIGHTS) / 9, Threshold.mean().resolve(WEIGHTS));
        assertEquals(0.5, Threshold.median().resolve(WEIGHTS));
        assertEquals((1.5 + 2) / 2, Threshold.median().resolve(new double[] {2, 0, 7, 1.5}));
        assertEquals(0.3, Threshold.of(0.3).resolve(WEIGHTS));
    }

    @Test
    void aScaleMultipliesTheReference() {
        assertEquals(1.25 * 0.5, Threshold.median().times(1.25).resolve(WEIGHTS));
        assertEquals(new Threshold(Threshold.Reference.MEAN, 0.5), Threshold.mean().times(0.5));
        assertEquals(Double.NEGATIVE_INFINITY, Threshold.of(Double.NEGATIVE_INFINITY).resolve(WEIGHTS));
    }

    @Test
    void itIsSpeltAsScikitLearnSpellsIt() {
        assertEquals("mean", Threshold.mean().toString());
        assertEquals("1.25*median", Threshold.median().times(1.25).toString());
        assertEquals("0.1", Threshold.of(0.1).toString());
    }

    @Test
    void nanAndAnInfiniteScaleAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Threshold.of(Double.NaN)).getMessage()
                .contains("threshold must be a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Threshold.mean().times(Double.POSITIVE_INFINITY))
                .getMessage().contains("scale must be finite"));
        assertThrows(IllegalArgumentException.class, () -> new Threshold(null, 1));
    }
}
