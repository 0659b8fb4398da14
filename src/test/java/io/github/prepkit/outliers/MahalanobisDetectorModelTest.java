package io.github.prepkit.outliers;

import static io.github.prepkit.outliers.MahalanobisDetectorTest.table;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
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

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table wine = Datasets.load("wine");
        for (MahalanobisDetector detector : List.of(new MahalanobisDetector(),
                new MahalanobisDetector().threshold(2).columns("proline", "hue", "alcohol"))) {
            MahalanobisDetectorModel model = detector.fit(wine);
            MahalanobisDetectorModel rebuilt = MahalanobisDetectorModel.of(model.estimator(), model.schema(),
                    model.columns(), model.mean(), model.covariance());
            assertTableIdentical(model.flag(wine), rebuilt.flag(wine));
            assertEquals(model.threshold(), rebuilt.threshold());
            assertEquals(detector, rebuilt.estimator());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        MahalanobisDetector detector = new MahalanobisDetector();
        Schema schema = Schema.of(table());
        List<String> columns = List.of("a", "b");
        double[] mean = {4, 3};
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{12.5, 2.75}, {2.7, 2.5}}), "MahalanobisDetectorModel: the covariance must be"
                + " symmetric, found 2.7 and 2.75 for columns 'b' and 'a'");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{12.5, 2.75}, {2.75, 0}}), "MahalanobisDetectorModel: the variance of column 'b' must"
                + " be positive, found 0.0");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{1, 2}, {2, 1}}), "MahalanobisDetectorModel: the covariance of [a, b] is not positive"
                + " definite");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{1, 1}, {1, 1}}), "is not positive definite");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{Double.MIN_VALUE, 1e-300}, {1e-300, Double.MIN_VALUE}}), "is not positive definite");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{12.5, 2.75}}), "MahalanobisDetectorModel: covariance must have 2 rows, found 1");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean,
                new double[][] {{12.5, 2.75}, {2.75, Double.NaN}}), "covariance row 1 must be finite, found NaN");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, new double[] {4},
                new double[][] {{12.5, 2.75}, {2.75, 2.5}}), "MahalanobisDetectorModel: mean must hold 2 values");
        assertRejected(() -> MahalanobisDetectorModel.of(detector, schema, columns, mean, null),
                "MahalanobisDetectorModel: covariance must not be null");
    }

    @Test
    void ofFactorsTheCovarianceAsFitDoes() {
        MahalanobisDetectorModel model = MahalanobisDetectorModel.of(new MahalanobisDetector(), Schema.of(table()),
                List.of("a", "b"), new double[] {4, 3}, new double[][] {{12.5, 2.75}, {2.75, 2.5}});
        assertArrayEquals(new MahalanobisDetector().fit(table()).scores(table()), model.scores(table()));
    }

    @Test
    void itPrintsItsColumnsThresholdAndStatistics() {
        assertEquals("MahalanobisDetectorModel on [a, b]: threshold 2.716, mean [4, 3], std [3.536, 1.581]",
                new MahalanobisDetector().fit(table()).toString());
    }
}
