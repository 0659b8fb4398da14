package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class IqrDetectorTest {

    /** Quartiles by linear interpolation: q1 = 3 + 0.25 = 3.25, q3 = 7 + 0.75 = 7.75, IQR 4.5, fences [-3.5, 14.5]. */
    static Table table(double last) {
        return Table.create("t", DoubleColumn.create("a", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, last}));
    }

    @Test
    void fencesAreOneAndAHalfIqrBeyondTheQuartiles() {
        IqrDetectorModel model = new IqrDetector().fit(table(100));
        assertArrayEquals(new double[] {3.25}, model.q1(), 1e-15);
        assertArrayEquals(new double[] {7.75}, model.q3(), 1e-15);
        assertArrayEquals(new double[] {-3.5}, model.lowerFence(), 1e-15);
        assertArrayEquals(new double[] {14.5}, model.upperFence(), 1e-15);
    }

    @Test
    void thresholdMovesTheFences() {
        IqrDetectorModel model = new IqrDetector().threshold(3).fit(table(100));
        assertArrayEquals(new double[] {3.25 - 13.5}, model.lowerFence(), 1e-12);
        assertArrayEquals(new double[] {7.75 + 13.5}, model.upperFence(), 1e-12);
        assertEquals(3, model.threshold());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        IqrDetector defaults = new IqrDetector();
        assertEquals(1.5, defaults.threshold());
        assertEquals(List.of(), defaults.columns());
        assertEquals(new IqrDetector(2, List.of("a")), defaults.threshold(2).columns("a"));
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("IqrDetector: threshold must be a finite number >= 0, found Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> new IqrDetector().threshold(Double.POSITIVE_INFINITY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IqrDetector(1.5, null));
        Table infinite = table(Double.NEGATIVE_INFINITY);
        assertEquals("IqrDetector: column 'a' has -Infinity at row 9; outlier detection needs complete, finite rows:"
                + " impute the missing values first (e.g. with KNNImputer) or drop those rows",
                assertThrows(IllegalArgumentException.class, () -> new IqrDetector().fit(infinite)).getMessage());
    }
}
