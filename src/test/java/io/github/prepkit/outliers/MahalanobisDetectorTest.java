package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.Extremes;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Expected distances from {@code scipy.spatial.distance.mahalanobis} with {@code numpy.cov}. */
class MahalanobisDetectorTest {

    static Table table() {
        return Table.create("t",
                DoubleColumn.create("a", new double[] {1, 2, 3, 4, 10}),
                DoubleColumn.create("b", new double[] {2, 1, 5, 3, 4}));
    }

    @Test
    void theDefaultThresholdIsTheRootOfTheChiSquareQuantile() {
        // scipy: math.sqrt(chi2.ppf(0.975, p))
        assertEquals(2.241402727604945, MahalanobisDetector.defaultThreshold(1), 1e-9);
        assertEquals(2.7162030314812387, MahalanobisDetector.defaultThreshold(2), 1e-9);
        assertEquals(3.801233396602729, MahalanobisDetector.defaultThreshold(6), 1e-9);
        assertEquals(5.845477474324773, MahalanobisDetector.defaultThreshold(20), 1e-9);
        assertEquals(MahalanobisDetector.defaultThreshold(2), new MahalanobisDetector().fit(table()).threshold());
        assertEquals(1.5, new MahalanobisDetector().threshold(1.5).fit(table()).threshold());
        assertThrows(IllegalArgumentException.class, () -> MahalanobisDetector.defaultThreshold(0));
    }

    @Test
    void distancesDoNotDependOnTheColumnsUnits() {
        Table tiny = Table.create("t",
                DoubleColumn.create("a", new double[] {1e-9, 2e-9, 3e-9, 4e-9, 10e-9}),
                DoubleColumn.create("b", new double[] {2e6, 1e6, 5e6, 3e6, 4e6}));
        assertArrayEquals(new MahalanobisDetector().fit(table()).scores(table()),
                new MahalanobisDetector().fit(tiny).scores(tiny), 1e-9);
    }

    @Test
    void aSingularCovarianceFailsNamingTheCause() {
        Table constant = table().addColumns(DoubleColumn.create("k", new double[] {7, 7, 7, 7, 7}));
        assertEquals("MahalanobisDetector: column 'k' is constant, so the sample covariance is singular; drop the column",
                assertThrows(IllegalStateException.class, () -> new MahalanobisDetector().fit(constant)).getMessage());
        Table collinear = table().addColumns(DoubleColumn.create("c", new double[] {3, 3, 8, 7, 14}));
        IllegalStateException singular = assertThrows(IllegalStateException.class,
                () -> new MahalanobisDetector().fit(collinear));
        assertTrue(singular.getMessage().startsWith("MahalanobisDetector: the sample covariance of [a, b, c] is"
                + " singular"), singular.getMessage());
        assertEquals("MahalanobisDetector: needs more rows than columns for an invertible sample covariance, found"
                + " 2 rows for 2 columns [a, b]",
                assertThrows(IllegalArgumentException.class,
                        () -> new MahalanobisDetector().fit(table().first(2))).getMessage());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        MahalanobisDetector defaults = new MahalanobisDetector();
        assertEquals(OptionalDouble.empty(), defaults.threshold());
        assertEquals(List.of(), defaults.columns());
        assertEquals(new MahalanobisDetector(OptionalDouble.of(2), List.of("a")), defaults.threshold(2).columns("a"));
        assertEquals(List.of("a"), defaults.columns("a").fit(table()).columns());
    }

    @Test
    void badParametersFailNamingThem() {
        assertEquals("MahalanobisDetector: threshold must be a finite number >= 0, found -0.5",
                assertThrows(IllegalArgumentException.class, () -> new MahalanobisDetector().threshold(-0.5)).getMessage());
        assertEquals("MahalanobisDetector: threshold must not be null",
                assertThrows(IllegalArgumentException.class, () -> new MahalanobisDetector(null, List.of())).getMessage());
    }

    @Test
    void extremeMagnitudesGiveTheSameDistancesOrFailWhenTheCovarianceIsBeyondTheRange() {
        Table ordinary = Extremes.complete();
        MahalanobisDetectorModel base = new MahalanobisDetector().fit(ordinary);
        for (int exponent : new int[] {400, -400, 500, -500}) {
            Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
            MahalanobisDetectorModel model = new MahalanobisDetector().fit(moved);
            Extremes.assertScaled(base.mean(), exponent, model.mean(), "mean at 2^" + exponent);
            for (int j = 0; j < 2; j++) {
                Extremes.assertScaled(base.covariance()[j], 2 * exponent, model.covariance()[j], "at 2^" + exponent);
            }
            assertArrayEquals(base.scores(ordinary), model.scores(moved), "at 2^" + exponent);
        }
        // one column near 1e120 and one near 1e-120: each is summed at its own scale, and the distance is unit-free
        Table mixed = Table.create("t", DoubleColumn.create("x", Extremes.timesPowerOfTwo(ordinary, 400)
                .doubleColumn("x").asDoubleArray()), DoubleColumn.create("y", Extremes.timesPowerOfTwo(ordinary, -400)
                .doubleColumn("y").asDoubleArray()));
        assertArrayEquals(base.scores(ordinary), new MahalanobisDetector().fit(mixed).scores(mixed), 1e-14);
        String beyond = assertThrows(IllegalArgumentException.class,
                () -> new MahalanobisDetector().fit(Extremes.timesPowerOfTwo(ordinary, 996))).getMessage();
        assertTrue(beyond.startsWith("MahalanobisDetector: the variance of column 'x' is beyond the double range ("),
                beyond);
        assertTrue(beyond.endsWith("rescale the columns first (e.g. StandardScaler)"), beyond);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MahalanobisDetector()
                .fit(Extremes.timesPowerOfTwo(ordinary, -664))).getMessage().contains("is below the double range"));
    }
}
