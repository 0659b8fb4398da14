package io.github.prepkit.outliers;

import static io.github.prepkit.outliers.MahalanobisDetectorTest.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Scoring with a fitted Mahalanobis detector; expected distances from scipy's mahalanobis with numpy.cov. */
class MahalanobisDetectorModelTest {

    @Test
    void scoresTheDistanceUnderTheSampleCovariance() {
        MahalanobisDetectorModel model = new MahalanobisDetector().fit(table());
        assertArrayEquals(new double[] {4, 3}, model.mean(), 1e-15);
        assertArrayEquals(new double[] {12.5, 2.75}, model.covariance()[0], 1e-12);
        assertArrayEquals(new double[] {2.75, 2.5}, model.covariance()[1], 1e-12);
        assertArrayEquals(new double[] {0.883743536622717, 1.266578712865452, 1.6372961815993108, 0, 1.7129030735315949},
                model.scores(table()), 1e-12);
        Table far = Table.create("t", DoubleColumn.create("a", new double[] {0}), DoubleColumn.create("b", new double[] {10}));
        assertArrayEquals(new double[] {5.835022999414307}, model.scores(far), 1e-12);
        assertArrayEquals(new boolean[] {true}, model.outliers(far), "above sqrt(chi2(0.975, 2)) = 2.716");
    }

    @Test
    void inOneColumnItIsTheDistanceInSampleStandardDeviations() {
        Table table = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5}));
        double s = Math.sqrt(2.5);
        assertArrayEquals(new double[] {2 / s, 1 / s, 0, 1 / s, 2 / s},
                new MahalanobisDetector().fit(table).scores(table), 1e-14);
    }

    @Test
    void aFixedThresholdDecidesTheFlags() {
        assertArrayEquals(new boolean[] {false, false, true, false, true},
                new MahalanobisDetector().threshold(1.5).fit(table()).outliers(table()));
    }

    @Test
    void statisticsReadBackAsCopies() {
        MahalanobisDetectorModel model = new MahalanobisDetector().fit(table());
        model.covariance()[0][0] = 99;
        model.mean()[0] = 99;
        assertEquals(12.5, model.covariance()[0][0], 1e-12);
        assertEquals(4, model.mean()[0]);
    }
}
