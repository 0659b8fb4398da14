package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    @Test
    void solvesASymmetricPositiveDefiniteSystem() {
        // [[4, 2], [2, 3]] x = [8, 7] has x = [1.25, 1.5]
        assertArrayEquals(new double[] {1.25, 1.5},
                Cholesky.of(new double[] {4, 2, 2, 3}, 2, 1e-12).orElseThrow().solve(new double[] {8, 7}), 1e-12);
    }

    @Test
    void aSingularOrIndefiniteMatrixGivesNothing() {
        assertFalse(Cholesky.of(new double[] {1, 1, 1, 1}, 2, 1e-12).isPresent(), "singular");
        assertFalse(Cholesky.of(new double[] {1, 2, 2, 1}, 2, 1e-12).isPresent(), "indefinite");
        assertFalse(Cholesky.of(new double[] {0, 0, 0, 0}, 2, 1e-12).isPresent(), "zero");
    }

    @Test
    void theThresholdIsRelativeToTheMatrixScale() {
        assertTrue(Cholesky.of(new double[] {4e-30, 2e-30, 2e-30, 3e-30}, 2, 1e-12).isPresent());
        // pivots 1 and 1e-9: accepted at a 1e-12 threshold, refused at 1e-6
        double[] nearlySingular = {1, 1, 1, 1 + 1e-9};
        assertTrue(Cholesky.of(nearlySingular, 2, 1e-12).isPresent());
        assertFalse(Cholesky.of(nearlySingular, 2, 1e-6).isPresent());
    }
}
