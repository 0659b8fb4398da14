package io.github.prepkit.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrossProductsTest {

    @Test
    void centresTheDataAndSumsTheProducts() {
        // x = (1, 2), (3, 2), (5, 8); y = 1, 2, 6: means (3, 4) and 3
        CrossProducts data = CrossProducts.of(new double[] {1, 2, 3, 2, 5, 8}, 2, new double[] {1, 2, 6});
        assertEquals(3, data.count());
        assertEquals(2, data.features());
        assertArrayEquals(new double[] {3, 4}, data.featureMeans());
        assertEquals(3, data.targetMean());
        // centred x: (-2, -2), (0, -2), (2, 4); centred y: -2, -1, 3
        assertArrayEquals(new double[] {8, 12, 12, 24}, data.xtx());
        assertArrayEquals(new double[] {10, 18}, data.xty());
        assertEquals(14, data.yty());
    }

    @Test
    void accessorsReturnCopies() {
        CrossProducts data = CrossProducts.of(new double[] {1, 2}, 1, new double[] {3, 4});
        data.xtx()[0] = 99;
        data.xty()[0] = 99;
        data.featureMeans()[0] = 99;
        assertArrayEquals(new double[] {0.5}, data.xtx());
        assertArrayEquals(new double[] {0.5}, data.xty());
        assertArrayEquals(new double[] {1.5}, data.featureMeans());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("x must hold y.length rows of 2 features, found 3 values for 2 rows (at least one row needed)",
                assertThrows(IllegalArgumentException.class,
                        () -> CrossProducts.of(new double[3], 2, new double[2])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CrossProducts.of(new double[0], 2, new double[0]));
        assertEquals("x holds NaN at index 1; fill or drop missing values first", assertThrows(
                IllegalArgumentException.class,
                () -> CrossProducts.of(new double[] {1, Double.NaN}, 1, new double[] {1, 2})).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CrossProducts.of(new double[] {1, 2}, 1, new double[] {1, Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> CrossProducts.of(null, 1, new double[1]));
    }
}
