package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RocCurveTest {

    @Test
    void theAreaIsTheTrapezoidalRule() {
        RocCurve curve = new RocCurve(new double[] {0, 0.5, 1}, new double[] {0, 1, 1}, new double[] {2, 1, 0});
        assertEquals(0.75, curve.area(), 1e-15);
        assertEquals(0.5, new RocCurve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}).area());
        assertTrue(Double.isNaN(new RocCurve(new double[] {0, 1}, new double[] {Double.NaN, Double.NaN},
                new double[] {1, 0}).area()));
    }

    @Test
    void theArraysAreCopiedInAndOut() {
        double[] fpr = {0, 1};
        RocCurve curve = new RocCurve(fpr, new double[] {0, 1}, new double[] {1, 0});
        fpr[1] = 7;
        curve.fpr()[0] = 9;
        assertArrayEquals(new double[] {0, 1}, curve.fpr());
        assertEquals(new RocCurve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}), curve);
        assertEquals(new RocCurve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}).hashCode(),
                curve.hashCode());
        assertNotEquals(new RocCurve(new double[] {0, 1}, new double[] {0, 1}, new double[] {2, 0}), curve);
        assertTrue(curve.toString().contains("fpr=[0.0, 1.0]"), curve.toString());
    }

    @Test
    void lengthsMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> new RocCurve(new double[] {0, 1}, new double[] {0}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new RocCurve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new RocCurve(new double[] {0}, new double[] {0}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new RocCurve(null, new double[] {0}, new double[] {0}));
    }
}
