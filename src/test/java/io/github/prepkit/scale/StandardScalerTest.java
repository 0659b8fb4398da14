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

class StandardScalerTest {

    private static Table table() {
        return Table.create("t",
                StringColumn.create("name", "a", "b", "c", "d"),
                DoubleColumn.create("x", new double[] {1, 2, 3, 6}),
                IntColumn.create("k", new int[] {5, 5, 5, 5}));
    }

    @Test
    void standardisesWithThePopulationStandardDeviation() {
        // x: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5
        StandardScalerModel model = new StandardScaler().fit(table());
        assertEquals(List.of("x", "k"), model.columns());
        assertArrayEquals(new double[] {3, 5}, model.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(3.5), 1}, model.scale(), 1e-12);

        Table scaled = model.transform(table());
        double s = Math.sqrt(3.5);
        assertArrayEquals(new double[] {-2 / s, -1 / s, 0, 3 / s}, scaled.doubleColumn("x").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0}, scaled.doubleColumn("k").asDoubleArray(), "constant column: scale 1");
        assertEquals(List.of("name", "x", "k"), scaled.columnNames());
        assertEquals(table().stringColumn("name").asList(), scaled.stringColumn("name").asList());
    }

    @Test
    void aConstantColumnWithInexactSumsStillGetsScaleOne() {
        Table tenths = Table.create("t", DoubleColumn.create("x", new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}));
        assertArrayEquals(new double[] {1}, new StandardScaler().fit(tenths).scale());
    }

    @Test
    void withMeanAndWithStdSwitchTheStepsOff() {
        StandardScalerModel noMean = new StandardScaler().withMean(false).fit(table());
        assertArrayEquals(new double[] {0, 0}, noMean.mean());
        StandardScalerModel noStd = new StandardScaler().withStd(false).fit(table());
        assertArrayEquals(new double[] {1, 1}, noStd.scale());
        assertArrayEquals(new double[] {-2, -1, 0, 3}, noStd.transform(table()).doubleColumn("x").asDoubleArray());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        StandardScaler defaults = new StandardScaler();
        StandardScaler narrowed = defaults.columns("x").withMean(false);
        assertEquals(List.of(), defaults.columns());
        assertTrue(defaults.withMean());
        assertEquals(List.of("x"), narrowed.columns());
        assertEquals(false, narrowed.withMean());
    }

    @Test
    void columnsNarrowsAndOtherColumnsPassThrough() {
        Table scaled = new StandardScaler().columns("x").fitTransform(table());
        assertEquals(table().intColumn("k").asList(), scaled.intColumn("k").asList());
    }

    @Test
    void missingValuesAreIgnoredAtFitAndStayMissing() {
        Table withGap = Table.create("t", DoubleColumn.create("x", new double[] {1, Double.NaN, 3}));
        StandardScalerModel model = new StandardScaler().fit(withGap);
        assertArrayEquals(new double[] {2}, model.mean());
        assertArrayEquals(new double[] {1}, model.scale());
        assertArrayEquals(new double[] {-1, Double.NaN, 1}, model.transform(withGap).doubleColumn("x").asDoubleArray());
    }

    @Test
    void inverseTransformRestoresTheOriginal() {
        StandardScalerModel model = new StandardScaler().fit(table());
        Table back = model.inverseTransform(model.transform(table()));
        TableAssertions.assertTableClose(table(), back, 1e-12);
    }

    @Test
    void fitTransformIsFitThenTransformBitForBit() {
        Table mixed = Table.create("t",
                DoubleColumn.create("x", new double[] {1, Double.NaN, 3, -7.25, 1e-300}),
                DoubleColumn.create("huge", new double[] {1e308, -1e308, 1.5e308, Double.NaN, 0}),
                DoubleColumn.create("tiny", new double[] {Double.MIN_VALUE, 2 * Double.MIN_VALUE, 0, 3 * Double.MIN_VALUE,
                        Double.NaN}),
                IntColumn.create("k", 4, 5, 6, 7, 8));
        for (StandardScaler scaler : List.of(new StandardScaler(), new StandardScaler().withMean(false),
                new StandardScaler().withStd(false), new StandardScaler().columns("tiny", "x"))) {
            TableAssertions.assertTableClose(scaler.fit(mixed).transform(mixed), scaler.fitTransform(mixed), 0);
        }
        Table infinite = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, Double.NEGATIVE_INFINITY}));
        assertEquals("StandardScaler: column 'x' has an infinite value in row 2",
                assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fitTransform(infinite))
                        .getMessage());
    }

    @Test
    void inputTableIsNotModified() {
        Table input = table();
        new StandardScaler().fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("StandardScaler: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fit(table().emptyCopy())).getMessage());
        assertEquals("StandardScaler: column 'name' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> new StandardScaler().columns("name").fit(table())).getMessage());
        StandardScalerModel model = new StandardScaler().fit(table());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().removeColumns("k")));
        assertTrue(schema.getMessage().contains("column 'k' is missing"), schema.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StandardScaler(true, true, null));
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryAnswerScaledBack() {
        Table ordinary = Extremes.ordinary();
        StandardScalerModel base = new StandardScaler().fit(ordinary);
        Table expected = base.transform(ordinary);
        for (int exponent : Extremes.NORMAL_EXPONENTS) {
            Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
            StandardScalerModel model = new StandardScaler().fit(moved);
            String where = "at 2^" + exponent;
            Extremes.assertScaled(base.mean(), exponent, model.mean(), "mean " + where);
            Extremes.assertScaled(base.scale(), exponent, model.scale(), "scale " + where);
            Table scaled = model.transform(moved);
            TableAssertions.assertTableIdentical(expected, scaled);
            TableAssertions.assertTableClose(ordinary,
                    Extremes.timesPowerOfTwo(model.inverseTransform(scaled), -exponent), 1e-3);
        }
    }

    @Test
    void subnormalColumnsAreScaledWithTheirStatisticsRoundedToDoubles() {
        // numpy's variance of these underflows to 0, so scikit-learn calls the column constant; here the statistics
        // are measured exactly and kept as the doubles nearest them, which the model then uses, so that a model
        // rebuilt from what it reports (or loaded from a file) transforms as the fitted one
        double unit = Double.MIN_VALUE;
        Table tiny = Table.create("t", DoubleColumn.create("x", new double[] {unit, 2 * unit, 3 * unit, 5 * unit}),
                DoubleColumn.create("y", new double[] {unit, 2 * unit, unit, 2 * unit}));
        StandardScalerModel model = new StandardScaler().fit(tiny);
        assertArrayEquals(new double[] {3 * unit, 2 * unit}, model.mean(), "2.75 and 1.5 units, rounded");
        assertArrayEquals(new double[] {unit, unit}, model.scale(), "1.479 and 0.5 units: at least one unit");
        assertArrayEquals(new double[] {-2, -1, 0, 2}, model.transform(tiny).doubleColumn("x").asDoubleArray());
        assertArrayEquals(new double[] {-1, 0, -1, 0}, model.transform(tiny).doubleColumn("y").asDoubleArray());
        TableAssertions.assertTableIdentical(tiny, model.inverseTransform(model.transform(tiny)));
    }

    @Test
    void plusAndMinus1e300GiveTheOrdinaryAnswerToRounding() {
        Table ordinary = Extremes.ordinary();
        StandardScalerModel base = new StandardScaler().fit(ordinary);
        for (double factor : new double[] {1e300, -1e300, 1e-300, 1e-200}) {
            StandardScalerModel model = new StandardScaler().fit(Extremes.times(ordinary, factor));
            for (int j = 0; j < 2; j++) {
                assertEquals(base.mean()[j] * factor, model.mean()[j], 1e-14 * Math.abs(factor));
                assertEquals(base.scale()[j] * Math.abs(factor), model.scale()[j], 1e-14 * Math.abs(factor));
            }
            Table scaled = model.transform(Extremes.times(ordinary, factor));
            TableAssertions.assertTableClose(factor > 0 ? base.transform(ordinary)
                    : Extremes.times(base.transform(ordinary), -1), scaled, 1e-13);
        }
    }

    @Test
    void aConstantColumnOf1e308HasItsMeanAndScaleOne() {
        // numpy's mean of this column overflows to infinity, and its z-scores come out NaN
        Table constant = Table.create("t", DoubleColumn.create("c", new double[] {1e308, 1e308, 1e308, 1e308, 1e308,
                1e308}));
        StandardScalerModel model = new StandardScaler().fit(constant);
        assertEquals(1e308, model.mean()[0], Math.ulp(1e308));
        assertArrayEquals(new double[] {1}, model.scale());
        for (double z : model.transform(constant).doubleColumn("c").asDoubleArray()) {
            assertTrue(Math.abs(z) <= Math.ulp(1e308), "" + z);
        }
        Table negative = Table.create("t", DoubleColumn.create("c", new double[] {-Double.MAX_VALUE, -Double.MAX_VALUE}));
        assertArrayEquals(new double[] {0, 0},
                new StandardScaler().fitTransform(negative).doubleColumn("c").asDoubleArray());
    }

    @Test
    void aDifferenceBeyondTheDoubleRangeStillStandardisesAndOnlyAResultBeyondItFails() {
        StandardScalerModel model = new StandardScaler().fit(Table.create("t",
                DoubleColumn.create("x", new double[] {1e308, 1.7e308})));
        // (-1e308 - 1.35e308) / 0.35e308: the difference overflows, the quotient does not
        double z = model.transform(Table.create("t", DoubleColumn.create("x", new double[] {-1e308})))
                .doubleColumn("x").getDouble(0);
        assertEquals(-2.35 / 0.35, z, 1e-13);
        StandardScalerModel tiny = new StandardScaler().fit(Table.create("t",
                DoubleColumn.create("x", new double[] {0, 0x1p-1000})));
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> tiny.transform(Table.create("t", DoubleColumn.create("x", new double[] {0, 1e10}))));
        assertEquals("StandardScalerModel.transform: column 'x' maps the value in row 1, 1.0E10, beyond the double range"
                + " (|x| > 1.7976931348623157E308); it lies too far outside the values seen at fit", beyond.getMessage());
    }
}
