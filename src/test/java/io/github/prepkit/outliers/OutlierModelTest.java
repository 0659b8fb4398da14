package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The shared behaviour of every fitted detector, shown on the IQR detector's tiny table (one outlier, row 9). */
class OutlierModelTest {

    private static OutlierModel model() {
        return new IqrDetector().fit(IqrDetectorTest.table(100));
    }

    @Test
    void namesTheAddedColumnsAfterTheMethod() {
        assertEquals("iqr_score", model().scoreColumn());
        assertEquals("iqr_outlier", model().outlierColumn());
        assertEquals("zscore_outlier", new ZScoreDetector().fit(IqrDetectorTest.table(100)).outlierColumn());
        assertEquals("mahalanobis_score", new MahalanobisDetector().fit(IqrDetectorTest.table(100)).scoreColumn());
    }

    @Test
    void flagAddsTheScoreAndTheZeroOneFlag() {
        Table flagged = model().flag(IqrDetectorTest.table(100));
        assertEquals(List.of("a", "iqr_score", "iqr_outlier"), flagged.columnNames());
        assertEquals(19.0, flagged.doubleColumn("iqr_score").getDouble(9), 1e-12);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, flagged.intColumn("iqr_outlier").asIntArray());
    }

    @Test
    void dropOutliersKeepsTheOtherRowsInOrder() {
        Table kept = model().dropOutliers(IqrDetectorTest.table(100));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, kept.doubleColumn("a").asDoubleArray());
    }

    @Test
    void anEmptyTableHasNoScores() {
        Table empty = IqrDetectorTest.table(100).emptyCopy();
        assertEquals(0, model().scores(empty).length);
        assertEquals(List.of("a", "iqr_score", "iqr_outlier"), model().flag(empty).columnNames());
        assertEquals(0, model().dropOutliers(empty).rowCount());
    }

    @Test
    void inputTablesAreNotModified() {
        Table input = IqrDetectorTest.table(100);
        OutlierModel model = new IqrDetector().fit(input);
        model.flag(input);
        model.dropOutliers(input);
        TableAssertions.assertTableClose(IqrDetectorTest.table(100), input, 0);
        assertEquals(List.of("a"), input.columnNames());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model().scores(Table.create("t", DoubleColumn.create("b", new double[] {1}))));
        assertTrue(schema.getMessage().startsWith("IqrDetectorModel.scores: the table does not match"), schema.getMessage());
        assertTrue(schema.getMessage().contains("column 'a' is missing"), schema.getMessage());
        Table gap = IqrDetectorTest.table(100);
        gap.doubleColumn("a").setMissing(2);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> model().dropOutliers(gap));
        assertTrue(missing.getMessage().startsWith("IqrDetectorModel.dropOutliers: column 'a' has a missing value at row 2"),
                missing.getMessage());
        OutlierModel flaggedFit = new IqrDetector().columns("a").fit(model().flag(IqrDetectorTest.table(100)));
        assertEquals("IqrDetectorModel.flag: the table already has a column 'iqr_score'",
                assertThrows(IllegalArgumentException.class,
                        () -> flaggedFit.flag(model().flag(IqrDetectorTest.table(100)))).getMessage());
    }
}
