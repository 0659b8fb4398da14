package io.github.prepkit.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RobustScalerTest {

    /** x = [1, 2, 4, 8, 100]: median 4, quartiles 2 and 8 (linear interpolation), so IQR 6. */
    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", new double[] {1, 2, 4, 8, 100}),
                IntColumn.create("k", new int[] {3, 3, 3, 3, 3}),
                StringColumn.create("name", "a", "b", "c", "d", "e"));
    }

    @Test
    void centersOnTheMedianAndScalesByTheInterquartileRange() {
        RobustScalerModel model = new RobustScaler().fit(table());
        assertEquals(List.of("x", "k"), model.columns());
        assertArrayEquals(new double[] {4, 3}, model.center());
        assertArrayEquals(new double[] {6, 1}, model.scale(), "constant column: scale 1");
        assertArrayEquals(new double[] {-0.5, -2 / 6.0, 0, 4 / 6.0, 16},
                model.transform(table()).doubleColumn("x").asDoubleArray(), 1e-12);
    }

    @Test
    void quantileRangeAndUnitVarianceMatchScikitLearn() {
        // RobustScaler(quantile_range=(10, 90)) on [1, 2, 4, 8, 100]: scale_ 61.8
        assertArrayEquals(new double[] {61.8}, new RobustScaler().quantileRange(10, 90).columns("x").fit(table()).scale(), 1e-12);
        // RobustScaler(unit_variance=True): scale_ 4.44780666, transform([3]) = -0.22482992
        RobustScalerModel unit = new RobustScaler().unitVariance(true).columns("x").fit(table());
        assertArrayEquals(new double[] {4.44780666}, unit.scale(), 1e-8);
    }

    @Test
    void centeringAndScalingCanBeSwitchedOff() {
        RobustScalerModel model = new RobustScaler().withCentering(false).withScaling(false).fit(table());
        assertArrayEquals(new double[] {0, 0}, model.center());
        assertArrayEquals(new double[] {1, 1}, model.scale());
        TableAssertions.assertTableClose(table(), model.transform(table()), 0);
    }

    @Test
    void missingValuesAreIgnoredAtFitAndStayMissing() {
        Table withGap = Table.create("t", DoubleColumn.create("x", new double[] {1, Double.NaN, 2, 4, 8, 100}));
        RobustScalerModel model = new RobustScaler().fit(withGap);
        assertArrayEquals(new double[] {4}, model.center());
        assertTrue(model.transform(withGap).doubleColumn("x").isMissing(1));
    }

    @Test
    void inverseTransformRestoresTheOriginal() {
        RobustScalerModel model = new RobustScaler().fit(table());
        TableAssertions.assertTableClose(table(), model.inverseTransform(model.transform(table())), 1e-12);
    }

    @Test
    void inputTableIsNotModified() {
        Table input = table();
        new RobustScaler().fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("RobustScaler: quantileRange must satisfy 0 <= low <= high <= 100, found (75.0, 25.0)",
                assertThrows(IllegalArgumentException.class, () -> new RobustScaler().quantileRange(75, 25)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RobustScaler().quantileRange(-1, 50));
        assertThrows(IllegalArgumentException.class, () -> new RobustScaler().quantileRange(50, 101));
        assertEquals("RobustScaler: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new RobustScaler().fit(table().emptyCopy())).getMessage());
        assertEquals("RobustScaler: column 'name' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> new RobustScaler().columns("name").fit(table())).getMessage());
        RobustScalerModel model = new RobustScaler().fit(table());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().removeColumns("x")));
        assertTrue(schema.getMessage().contains("column 'x' is missing"), schema.getMessage());
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryAnswer() {
        Table ordinary = Extremes.ordinary();
        RobustScalerModel base = new RobustScaler().fit(ordinary);
        for (int exponent : Extremes.EXPONENTS) {
            Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
            RobustScalerModel model = new RobustScaler().fit(moved);
            Extremes.assertScaled(base.center(), exponent, model.center(), "center at 2^" + exponent);
            if (exponent > 0) {
                Extremes.assertScaled(base.scale(), exponent, model.scale(), "scale at 2^" + exponent);
                TableAssertions.assertTableIdentical(base.transform(ordinary), model.transform(moved));
            } else { // as scikit-learn, a quantile range below ten machine epsilons counts as a constant column
                assertArrayEquals(new double[] {1, 1}, model.scale());
            }
        }
    }

    @Test
    void aQuantileRangeBeyondTheDoubleRangeIsRefusedUnlessUnitVarianceBringsItBack() {
        Table wide = Table.create("t", DoubleColumn.create("x", new double[] {-1e308, -1e308, 0, 1e308, 1e308}));
        assertEquals("RobustScaler: the scale of column 'x', the quantile range 1.0E308 - (-1.0E308), exceeds the"
                + " double range; rescale the column first",
                assertThrows(IllegalArgumentException.class, () -> new RobustScaler().fit(wide)).getMessage());
        RobustScalerModel model = new RobustScaler().unitVariance(true).fit(wide);
        double normalRange = 2 * 0.6744897501960817;
        assertEquals(1e308 / (normalRange / 2), model.scale()[0], 1e294);
        assertArrayEquals(new double[] {-normalRange / 2, -normalRange / 2, 0, normalRange / 2, normalRange / 2},
                model.transform(wide).doubleColumn("x").asDoubleArray(), 1e-12);
        Table largest = Table.create("t", DoubleColumn.create("x", new double[] {Double.MAX_VALUE, Double.MAX_VALUE}));
        assertArrayEquals(new double[] {Double.MAX_VALUE}, new RobustScaler().fit(largest).center(),
                "the median of two largest doubles is not (a + b) / 2 = infinity");
    }

    @Test
    void unitVarianceNeedsAQuantileRangeInsideZeroToHundred() {
        // the normal's quantile range over (0, 100) is infinite: scikit-learn divides by it and scales to 0
        assertEquals("RobustScaler: unitVariance needs a quantileRange with 0 < low < high < 100, found (0.0, 100.0):"
                + " the standard normal's quantile range there is infinite, so no scale follows (scikit-learn would"
                + " divide by it and scale to NaN or 0)", assertThrows(IllegalArgumentException.class,
                        () -> new RobustScaler().quantileRange(0, 100).unitVariance(true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RobustScaler().unitVariance(true).quantileRange(10, 100));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RobustScaler().unitVariance(true)
                .quantileRange(40, 40)).getMessage().contains("there is 0"));
        new RobustScaler().quantileRange(0, 100);
        new RobustScaler().unitVariance(true).quantileRange(1, 99);
    }
}
