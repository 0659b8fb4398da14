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

class MinMaxScalerTest {

    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", new double[] {1, 2, 4, 8, 100}),
                StringColumn.create("name", "a", "b", "c", "d", "e"),
                IntColumn.create("k", new int[] {7, 7, 7, 7, 7}));
    }

    private static Table x(double... values) {
        return Table.create("t", DoubleColumn.create("x", values), StringColumn.create("name", new String[values.length]),
                IntColumn.create("k", new int[values.length]));
    }

    @Test
    void mapsMinimumAndMaximumToTheRangeEnds() {
        MinMaxScalerModel model = new MinMaxScaler().fit(table());
        assertArrayEquals(new double[] {1, 7}, model.dataMin());
        assertArrayEquals(new double[] {100, 7}, model.dataMax());
        Table scaled = model.transform(table());
        assertArrayEquals(new double[] {0, 1 / 99.0, 3 / 99.0, 7 / 99.0, 1}, scaled.doubleColumn("x").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, scaled.doubleColumn("k").asDoubleArray(), "constant column: shifted only");
        assertEquals(List.of("x", "name", "k"), scaled.columnNames());
    }

    @Test
    void featureRangeAndClipMatchScikitLearn() {
        // MinMaxScaler(feature_range=(-1, 1), clip=True) on [1, 2, 4, 8, 100]: scale_ 0.02020202, min_ -1.02020202,
        // transform([200, -5, 50]) = [1, -1, -0.01010101]
        MinMaxScalerModel model = new MinMaxScaler().featureRange(-1, 1).clip(true).columns("x").fit(table());
        assertArrayEquals(new double[] {2 / 99.0}, model.scale(), 1e-12);
        assertArrayEquals(new double[] {-1 - 2 / 99.0}, model.min(), 1e-12);
        assertArrayEquals(new double[] {1, -1, -1 / 99.0},
                model.transform(x(200, -5, 50)).doubleColumn("x").asDoubleArray(), 1e-12);
        MinMaxScalerModel unclipped = new MinMaxScaler().columns("x").fit(table());
        assertEquals(199 / 99.0, unclipped.transform(x(200, 1, 1)).doubleColumn("x").get(0), 1e-12);
    }

    @Test
    void missingValuesAreIgnoredAtFitAndStayMissing() {
        Table withGap = Table.create("t", DoubleColumn.create("x", new double[] {Double.NaN, 0, 10}));
        Table scaled = new MinMaxScaler().clip(true).fitTransform(withGap);
        assertArrayEquals(new double[] {Double.NaN, 0, 1}, scaled.doubleColumn("x").asDoubleArray());
    }

    @Test
    void anAllMissingColumnStaysMissing() {
        Table empty = Table.create("t", DoubleColumn.create("x", new double[] {Double.NaN, Double.NaN}));
        MinMaxScalerModel model = new MinMaxScaler().fit(empty);
        assertTrue(Double.isNaN(model.dataMin()[0]));
        assertEquals(2, model.transform(empty).column("x").countMissing());
    }

    @Test
    void inverseTransformRestoresTheOriginal() {
        MinMaxScalerModel model = new MinMaxScaler().featureRange(-3, 5).fit(table());
        TableAssertions.assertTableClose(table(), model.inverseTransform(model.transform(table())), 1e-12);
    }

    @Test
    void inputTableIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        MinMaxScaler scaler = new MinMaxScaler();
        scaler.featureRange(2, 3).fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(0.0, scaler.featureRangeLow());
        assertEquals(1.0, scaler.featureRangeHigh());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("MinMaxScaler: featureRange must be finite with low < high, found (1.0, 1.0)",
                assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().featureRange(1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().featureRange(2, 1));
        assertEquals("MinMaxScaler: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().fit(table().emptyCopy())).getMessage());
        assertEquals("MinMaxScaler: column 'name' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().columns("name").fit(table())).getMessage());
        MinMaxScalerModel model = new MinMaxScaler().fit(table());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().addColumns(DoubleColumn.create("extra", 5))));
        assertTrue(schema.getMessage().contains("column 'extra' was not seen at fit"), schema.getMessage());
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryAnswer() {
        Table ordinary = Extremes.ordinary();
        MinMaxScaler scaler = new MinMaxScaler().featureRange(-1, 3);
        MinMaxScalerModel base = scaler.fit(ordinary);
        for (int exponent : Extremes.EXPONENTS) {
            Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
            MinMaxScalerModel model = scaler.fit(moved);
            Table scaled = model.transform(moved);
            if (exponent > 0) {
                TableAssertions.assertTableIdentical(base.transform(ordinary), scaled);
                Extremes.assertScaled(base.scale(), -exponent, model.scale(), "scale at 2^" + exponent);
                assertArrayEquals(base.min(), model.min());
                TableAssertions.assertTableClose(moved, model.inverseTransform(scaled), 1e-14);
            } else {
                // as scikit-learn, a range below ten machine epsilons counts as a constant column: shifted to the low end
                for (String column : List.of("x", "y")) {
                    for (double v : scaled.doubleColumn(column).asDoubleArray()) {
                        assertTrue(Double.isNaN(v) || Math.abs(v + 1) < 1e-190, column + ": " + v);
                    }
                }
            }
        }
    }

    @Test
    void aRangeBeyondTheDoubleRangeStillScales() {
        // 1e308 - (-1e308) overflows: scikit-learn's scale_ is 0 and every value maps to NaN or the low end
        Table wide = x(-1e308, 0, 1e308, 5e307);
        MinMaxScalerModel model = new MinMaxScaler().fit(wide);
        assertArrayEquals(new double[] {0, 0.5, 1, 0.75}, model.transform(wide).doubleColumn("x").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {-1e308, 0, 1e308, 5e307}, model.inverseTransform(model.transform(wide))
                .doubleColumn("x").asDoubleArray(), 1e293);
        assertEquals(0.5, model.min()[0], 1e-15);
        Table extremes = x(-Double.MAX_VALUE, Double.MAX_VALUE);
        assertArrayEquals(new double[] {0, 1}, new MinMaxScaler().fitTransform(extremes).doubleColumn("x").asDoubleArray(),
                1e-15);
    }

    @Test
    void aConstantColumnOf1e308ShiftsToTheLowEndUnlessItsOffsetIsBeyondTheRange() {
        Table constant = x(1e308, 1e308, 1e308);
        assertArrayEquals(new double[] {0, 0, 0},
                new MinMaxScaler().fitTransform(constant).doubleColumn("x").asDoubleArray());
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> new MinMaxScaler().featureRange(0, 2).columns("x").fit(constant));
        assertEquals("MinMaxScalerModel: column 'x' (dataMin 1.0E308, dataMax 1.0E308) has an offset featureRangeLow"
                + " - dataMin * scale beyond the double range; use a narrower featureRange or rescale the column",
                beyond.getMessage());
        assertEquals("MinMaxScaler: featureRange's width high - low must be within the double range, found (-1.0E308,"
                + " 1.0E308)", assertThrows(IllegalArgumentException.class,
                        () -> new MinMaxScaler().featureRange(-1e308, 1e308)).getMessage());
    }

    @Test
    void aValueMappedBeyondTheDoubleRangeFailsUnlessClipped() {
        MinMaxScalerModel model = new MinMaxScaler().featureRange(0, 4).fit(x(0, 1));
        Table far = x(1, 1e308);
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class, () -> model.transform(far));
        assertTrue(beyond.getMessage().startsWith("MinMaxScalerModel.transform: column 'x' maps the value in row 1,"
                + " 1.0E308, beyond the double range"), beyond.getMessage());
        MinMaxScalerModel clipped = new MinMaxScaler().featureRange(0, 4).clip(true).fit(x(0, 1));
        assertArrayEquals(new double[] {4, 4}, clipped.transform(far).doubleColumn("x").asDoubleArray());
    }
}
