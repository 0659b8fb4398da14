package io.github.prepkit.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GramEigenTest {

    @Test
    void decomposesTheGramMatrixAndProjectsXty() {
        // centred x: (-2, -2), (0, -2), (2, 4): XᵀX = [[8, 12], [12, 24]], Xᵀy = (10, 18)
        CrossProducts data = CrossProducts.of(new double[] {1, 2, 3, 2, 5, 8}, 2, new double[] {1, 2, 6});
        GramEigen eigen = new GramEigen(data);
        double[] sorted = eigen.values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {16 - Math.sqrt(208), 16 + Math.sqrt(208)}, sorted, 1e-12);
        assertEquals(16 + Math.sqrt(208), eigen.largest(), 1e-12);
        // combine with 1 / value solves XᵀX c = Xᵀy: c = (24·10 - 12·18, 8·18 - 12·10) / det 48 = (1/2, 1/2)
        double[] inverse = {1 / eigen.values[0], 1 / eigen.values[1]};
        assertArrayEquals(new double[] {0.5, 0.5}, eigen.combine(inverse), 1e-12);
    }

    @Test
    void roundingCannotMakeAnEigenvalueNegative() {
        // two identical features: XᵀX is singular, its small eigenvalue is 0 up to rounding
        CrossProducts data = CrossProducts.of(new double[] {0.1, 0.1, 0.7, 0.7, 0.3, 0.3}, 2, new double[] {1, 2, 3});
        for (double value : new GramEigen(data).values) {
            assertEquals(true, value >= 0, "eigenvalue " + value);
        }
    }

    @Test
    void noFeatureGivesAnEmptyDecomposition() {
        GramEigen eigen = new GramEigen(CrossProducts.of(new double[0], 0, new double[] {1, 2}));
        assertEquals(0, eigen.values.length);
        assertEquals(0, eigen.largest());
    }
}
