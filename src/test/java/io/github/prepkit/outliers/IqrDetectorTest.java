package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.reference.Extremes;
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
        assertEquals("IqrDetector: column 'a' has an infinite value in row 9",
                assertThrows(IllegalArgumentException.class, () -> new IqrDetector().fit(infinite)).getMessage());
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryQuartilesScaledAndTheSameScores() {
        Table ordinary = Extremes.complete();
        IqrDetectorModel base = new IqrDetector().threshold(0.25).fit(ordinary);
        for (int exponent : Extremes.EXPONENTS) {
            Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
            IqrDetectorModel model = new IqrDetector().threshold(0.25).fit(moved);
            Extremes.assertScaled(base.q1(), exponent, model.q1(), "q1 at 2^" + exponent);
            Extremes.assertScaled(base.q3(), exponent, model.q3(), "q3 at 2^" + exponent);
            assertArrayEquals(base.scores(ordinary), model.scores(moved), "at 2^" + exponent);
        }
        // an IQR of 2e308 overflows: fences and scores are taken on halves, and a fence beyond the range is infinite
        Table wide = Table.create("t", DoubleColumn.create("a", new double[] {-1e308, -1e308, 0, 1e308, 1e308}));
        IqrDetectorModel model = new IqrDetector().threshold(0).fit(wide);
        assertArrayEquals(new double[] {-1e308}, model.lowerFence());
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY}, new IqrDetector().fit(wide).lowerFence());
        assertArrayEquals(new double[] {0.25}, model.scores(Table.create("t",
                DoubleColumn.create("a", new double[] {1.5e308}))), 1e-15);
    }
}
