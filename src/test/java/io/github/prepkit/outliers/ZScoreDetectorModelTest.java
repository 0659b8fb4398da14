package io.github.prepkit.outliers;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** Scoring with a fitted z-score detector, on {@link ZScoreDetectorTest#table()}. */
class ZScoreDetectorModelTest {

    private static Table table() {
        return ZScoreDetectorTest.table();
    }

    @Test
    void scoresARowByItsLargestZ() {
        ZScoreDetectorModel model = new ZScoreDetector().fit(table());
        assertEquals(List.of("a", "k", "c"), model.columns());
        assertArrayEquals(new double[] {1, 5, 0}, model.mean(), 1e-15);
        assertArrayEquals(new double[] {3, 0, 1}, model.std(), 1e-15, "constant column: std 0");
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 3}, model.scores(table()), 1e-15);
    }

    @Test
    void flagsOnlyAboveTheThreshold() {
        assertArrayEquals(new boolean[10], new ZScoreDetector().fit(table()).outliers(table()),
                "z = 3 exactly is not above 3");
        ZScoreDetectorModel lower = new ZScoreDetector().threshold(2.5).fit(table());
        assertEquals(true, lower.outliers(table())[9]);
        assertEquals(9, lower.dropOutliers(table()).rowCount());
    }

    @Test
    void aConstantColumnNeverFlagsEvenOnNewValues() {
        ZScoreDetectorModel model = new ZScoreDetector().columns("k").fit(table());
        Table other = table();
        other.intColumn("k").set(0, 1000);
        assertArrayEquals(new double[10], model.scores(other));
    }

    @Test
    void statisticsReadBackAsCopies() {
        ZScoreDetectorModel model = new ZScoreDetector().fit(table());
        model.mean()[0] = 99;
        model.std()[0] = 99;
        assertEquals(1, model.mean()[0]);
        assertEquals(3, model.std()[0]);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table wine = Datasets.load("wine");
        for (ZScoreDetector detector : List.of(new ZScoreDetector().threshold(2),
                new ZScoreDetector().columns("hue", "alcohol"))) {
            ZScoreDetectorModel model = detector.fit(wine);
            ZScoreDetectorModel rebuilt = ZScoreDetectorModel.of(model.estimator(), model.schema(), model.columns(),
                    model.mean(), model.std());
            assertTableIdentical(model.flag(wine), rebuilt.flag(wine));
            assertEquals(detector, rebuilt.estimator());
            assertEquals(model.threshold(), rebuilt.threshold());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        ZScoreDetector detector = new ZScoreDetector();
        Schema schema = Schema.of(table());
        List<String> columns = List.of("a", "k", "c");
        double[] mean = {1, 5, 0};
        double[] std = {3, 0, 1};
        assertRejected(() -> ZScoreDetectorModel.of(detector, schema, columns, new double[] {1, 5}, std),
                "ZScoreDetectorModel: mean must hold 3 values, found 2");
        assertRejected(() -> ZScoreDetectorModel.of(detector, schema, columns, new double[] {1, Double.NaN, 0}, std),
                "ZScoreDetectorModel: mean must be finite, found NaN at index 1");
        assertRejected(() -> ZScoreDetectorModel.of(detector, schema, columns, mean, new double[] {3, -1, 1}),
                "ZScoreDetectorModel: the std of column 'k' must be at least 0, found -1.0");
        assertRejected(() -> ZScoreDetectorModel.of(detector, schema, columns, mean, new double[] {3, 0,
                Double.POSITIVE_INFINITY}), "std must be finite, found Infinity at index 2");
        assertRejected(() -> ZScoreDetectorModel.of(detector, schema, List.of("a", "c"), new double[2], new double[2]),
                "ZScoreDetectorModel: the columns parameter [] selects [a, k, c] on the fitted columns");
        assertRejected(() -> ZScoreDetectorModel.of(detector, schema, List.of("id", "a", "k"), mean, std),
                "ZScoreDetectorModel: column 'id' must be numeric, found STRING");
        assertRejected(() -> ZScoreDetectorModel.of(detector, Schema.of(List.of("id"), List.of(ColumnType.STRING)),
                List.of(), new double[0], new double[0]), "ZScoreDetectorModel: needs at least one numeric column");
        assertRejected(() -> ZScoreDetectorModel.of(null, schema, columns, mean, std),
                "ZScoreDetectorModel: estimator must not be null");
    }

    @Test
    void itPrintsItsColumnsThresholdAndStatistics() {
        assertEquals("ZScoreDetectorModel on [a, k, c]: threshold 3, mean [1, 5, 0], std [3, 0, 1]",
                new ZScoreDetector().fit(table()).toString());
    }
}
