package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SimpleImputerTest {

    private static final double NaN = Double.NaN;

    /** x: 1, 2, missing, 9 (mean 4, median 2); k: 3, 3, 5, missing; s: b, missing, a, a; flag: no gaps. */
    private static Table table() {
        IntColumn k = IntColumn.create("k", new int[] {3, 3, 5, 0});
        k.setMissing(3);
        return Table.create("t",
                DoubleColumn.create("x", new double[] {1, 2, NaN, 9}),
                k,
                StringColumn.create("s", "b", "", "a", "a"),
                BooleanColumn.create("flag", true, false, true, true));
    }

    private static double[] doubles(Table table, String column) {
        return table.doubleColumn(column).asDoubleArray();
    }

    @Test
    void meanFillsNumericColumnsAndLeavesTheOthersAlone() {
        Table noTextGap = table().replaceColumn("s", StringColumn.create("s", "b", "c", "a", "a"));
        SimpleImputerModel model = new SimpleImputer().fit(noTextGap);
        assertEquals(List.of("x", "k"), model.columns());
        assertEquals(List.of(4.0, 11.0 / 3), model.statistics());

        Table filled = model.transform(table());
        assertArrayEquals(new double[] {1, 2, 4, 9}, doubles(filled, "x"));
        assertArrayEquals(new double[] {3, 3, 5, 11.0 / 3}, doubles(filled, "k"), 1e-15);
        assertEquals(List.of("b", "", "a", "a"), filled.stringColumn("s").asList(), "strings pass through, gap too");
        assertEquals(table().booleanColumn("flag").asList(), filled.booleanColumn("flag").asList());
        assertEquals(List.of("x", "k", "s", "flag"), filled.columnNames());
    }

    @Test
    void aNumericStrategyAskedForEveryColumnRefusesTextWithGapsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().fit(table()));
        assertEquals("SimpleImputer: strategy MEAN cannot fill the text column(s) [s], which have missing values"
                + " (scikit-learn refuses them too); impute them with MOST_FREQUENT or CONSTANT (a ColumnTransformer"
                + " group of their own), or name the numeric columns with columns(...)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().strategy(Strategy.MEDIAN).fit(table()));
        assertEquals(List.of("x", "k"), new SimpleImputer().columns("x", "k").fit(table()).columns(),
                "named numeric columns leave the text alone");
    }

    @Test
    void medianTakesTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        SimpleImputerModel model = new SimpleImputer().strategy(Strategy.MEDIAN).columns("x", "k").fit(table());
        assertEquals(List.of(2.0, 3.0), model.statistics());
        Table even = Table.create("t", DoubleColumn.create("x", new double[] {4, NaN, 1, 3, 2}));
        assertArrayEquals(new double[] {4, 2.5, 1, 3, 2},
                doubles(new SimpleImputer().strategy(Strategy.MEDIAN).fitTransform(even), "x"));
    }

    @Test
    void mostFrequentFillsNumbersAndStringsWithTiesGoingToTheSmallestValue() {
        SimpleImputerModel model = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).fit(table());
        assertEquals(List.of("x", "k", "s"), model.columns(), "numeric and string columns by default");
        // x: 1, 2 and 9 once each -> 1; k: 3 twice; s: a twice, b once
        assertEquals(List.of(1.0, 3.0, "a"), model.statistics());
        Table filled = model.transform(table());
        assertEquals(List.of("b", "a", "a", "a"), filled.stringColumn("s").asList());
        assertArrayEquals(new double[] {1, 2, 1, 9}, doubles(filled, "x"));

        Table ties = Table.create("t", StringColumn.create("c", "pear", "apple", "", "pear", "apple", "fig"),
                DoubleColumn.create("v", new double[] {7, 5, 7, 5, NaN, 8}));
        SimpleImputer mostFrequent = new SimpleImputer().strategy(Strategy.MOST_FREQUENT);
        assertEquals(List.of("apple", 5.0), mostFrequent.fit(ties).statistics());
    }

    @Test
    void constantFillsNumbersAndStringsWithTheirOwnFillValues() {
        SimpleImputer constant = new SimpleImputer().strategy(Strategy.CONSTANT);
        assertEquals(List.of(0.0, 0.0, "missing_value"), constant.fit(table()).statistics(), "scikit-learn's defaults");

        Table filled = constant.fillValue(-1).fillValue("unknown").fitTransform(table());
        assertArrayEquals(new double[] {1, 2, -1, 9}, doubles(filled, "x"));
        assertArrayEquals(new double[] {3, 3, 5, -1}, doubles(filled, "k"));
        assertEquals(List.of("b", "unknown", "a", "a"), filled.stringColumn("s").asList());
    }

    @Test
    void imputedIntegerColumnsBecomeDoubleColumnsEvenWithoutGaps() {
        Table ints = Table.create("t", IntColumn.create("full", new int[] {1, 2}), table().intColumn("k").first(2));
        Table filled = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).fitTransform(ints);
        assertEquals(ColumnType.DOUBLE, filled.column("full").type());
        assertEquals(ColumnType.DOUBLE, filled.column("k").type());
    }

    @Test
    void columnsNarrowsTheImputedColumns() {
        SimpleImputer onlyS = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).columns("s");
        Table filled = onlyS.fitTransform(table());
        assertEquals(List.of("s"), onlyS.fit(table()).columns());
        assertTrue(filled.doubleColumn("x").isMissing(2), "x is not imputed");
        assertEquals(ColumnType.INTEGER, filled.column("k").type(), "k passes through unchanged");
        assertEquals("a", filled.stringColumn("s").get(1));
    }

    @Test
    void indicatorsFlagTheColumnsThatHadGapsAtFitAndGoAtTheEnd() {
        SimpleImputerModel model = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true).fit(table());
        assertEquals(List.of("x", "k", "s"), model.indicatorColumns());
        Table filled = model.transform(table());
        assertEquals(List.of("x", "k", "s", "flag", "x_missing", "k_missing", "s_missing"), filled.columnNames());
        assertArrayEquals(new double[] {0, 0, 1, 0}, doubles(filled, "x_missing"));
        assertArrayEquals(new double[] {0, 0, 0, 1}, doubles(filled, "k_missing"));
        assertArrayEquals(new double[] {0, 1, 0, 0}, doubles(filled, "s_missing"));
    }

    @Test
    void aColumnWithoutGapsAtFitGetsNoIndicatorButIsStillFilledLater() {
        Table train = Table.create("t", DoubleColumn.create("a", new double[] {1, 3}),
                DoubleColumn.create("b", new double[] {NaN, 4}));
        SimpleImputerModel model = new SimpleImputer().addIndicator(true).fit(train);
        assertEquals(List.of("b"), model.indicatorColumns());
        Table test = Table.create("t", DoubleColumn.create("a", new double[] {NaN, 5}),
                DoubleColumn.create("b", new double[] {7, NaN}));
        Table filled = model.transform(test);
        assertEquals(List.of("a", "b", "b_missing"), filled.columnNames());
        assertArrayEquals(new double[] {2, 5}, doubles(filled, "a"), "the mean learned at fit");
        assertArrayEquals(new double[] {7, 4}, doubles(filled, "b"));
        assertArrayEquals(new double[] {0, 1}, doubles(filled, "b_missing"));
    }

    @Test
    void aColumnWithNoValuePresentFailsUnlessTheStrategyIsConstant() {
        Table empty = Table.create("t", DoubleColumn.create("a", new double[] {1, 3}),
                DoubleColumn.create("gone", new double[] {NaN, NaN}), StringColumn.create("s", "", ""));
        IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().columns("a", "gone").fit(empty));
        assertEquals("SimpleImputer: column(s) [gone] have no value present, so strategy MEAN has nothing to fill them"
                + " with; leave them out with columns(...), drop them, or use Strategy.CONSTANT", mean.getMessage());
        IllegalArgumentException frequent = assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().strategy(Strategy.MOST_FREQUENT).fit(empty));
        assertTrue(frequent.getMessage().contains("[gone, s]"), frequent.getMessage());

        Table filled = new SimpleImputer().strategy(Strategy.CONSTANT).fitTransform(empty);
        assertArrayEquals(new double[] {0, 0}, doubles(filled, "gone"));
        assertEquals(List.of("missing_value", "missing_value"), filled.stringColumn("s").asList());
        assertEquals(2, new SimpleImputer().columns("a").fitTransform(empty).doubleColumn("gone").countMissing(),
                "a column left out passes through");
    }

    @Test
    void oneRowIsEnough() {
        Table one = Table.create("t", DoubleColumn.create("x", new double[] {5}));
        Table filled = new SimpleImputer().strategy(Strategy.MEDIAN).fitTransform(one);
        assertArrayEquals(new double[] {5}, doubles(filled, "x"));
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        SimpleImputer defaults = new SimpleImputer();
        SimpleImputer changed = defaults.strategy(Strategy.CONSTANT).fillValue(7.5).fillValue("n/a")
                .addIndicator(true).columns("x");
        assertEquals(Strategy.MEAN, defaults.strategy());
        assertEquals(0.0, defaults.numericFillValue());
        assertEquals("missing_value", defaults.stringFillValue());
        assertFalse(defaults.addIndicator());
        assertEquals(List.of(), defaults.columns());
        assertEquals(new SimpleImputer(Strategy.CONSTANT, 7.5, "n/a", true, List.of("x")), changed);
    }

    @Test
    void inputTableIsNotModified() {
        Table input = table();
        new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true).fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(List.of("x", "k", "s", "flag"), input.columnNames());
    }

    @Test
    void aLongDoubleColumnGetsTheSortedMedianAndIsLeftAlone() {
        SplittableRandom random = new SplittableRandom(7);
        double[] values = new double[150_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < 0.05 ? NaN : random.nextGaussian();
        }
        Table input = Table.create("t", DoubleColumn.create("x", values));
        Table output = new SimpleImputer().strategy(Strategy.MEDIAN).fitTransform(input);

        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double median = present.length % 2 == 1 ? present[present.length / 2]
                : (present[present.length / 2 - 1] + present[present.length / 2]) / 2;
        double[] expected = values.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Double.isNaN(expected[i]) ? median : expected[i];
        }
        assertArrayEquals(expected, doubles(output, "x"));
        assertArrayEquals(values, doubles(input, "x"));
    }

    @Test
    void anInfiniteValueFailsAtFitAndAtTransformNamingTheColumnAndTheFirstRow() {
        for (int rows : new int[] {6, 100_000}) {
            double[] clean = new double[rows];
            Arrays.setAll(clean, i -> i % 3 == 0 ? NaN : i);
            double[] infinite = clean.clone();
            infinite[rows - 2] = Double.NEGATIVE_INFINITY;
            infinite[rows - 1] = Double.POSITIVE_INFINITY;
            Table bad = Table.create("t", DoubleColumn.create("ok", clean), DoubleColumn.create("price", infinite));
            for (Strategy strategy : List.of(Strategy.MEDIAN, Strategy.MEAN)) {
                SimpleImputer imputer = new SimpleImputer().strategy(strategy);
                assertEquals("SimpleImputer: column 'price' has an infinite value in row " + (rows - 2), assertThrows(
                        IllegalArgumentException.class, () -> imputer.fit(bad)).getMessage());
                SimpleImputerModel model = imputer.fit(Table.create("t", DoubleColumn.create("ok", clean),
                        DoubleColumn.create("price", clean)));
                assertEquals("SimpleImputerModel.transform: column 'price' has an infinite value in row " + (rows - 2),
                        assertThrows(IllegalArgumentException.class, () -> model.transform(bad)).getMessage());
            }
        }
    }

    @Test
    void badParametersFailAtConstructionNamingTheParameter() {
        assertEquals("SimpleImputer strategy must not be null", assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().strategy(null)).getMessage());
        assertEquals("SimpleImputer: fillValue must be a finite number, found NaN", assertThrows(
                IllegalArgumentException.class, () -> new SimpleImputer().fillValue(NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().fillValue(Double.POSITIVE_INFINITY));
        assertEquals("SimpleImputer: a string fillValue must not be empty, found \"\" (the empty string is Tablesaw's"
                + " missing value)", assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().fillValue("")).getMessage());
        assertEquals("SimpleImputer fillValue must not be null", assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().fillValue((String) null)).getMessage());
        assertEquals("SimpleImputer columns must not be null", assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer(Strategy.MEAN, 0, "m", false, null)).getMessage());
        assertEquals("SimpleImputer: column 'x' is listed twice in columns [x, x]", assertThrows(
                IllegalArgumentException.class, () -> new SimpleImputer().columns("x", "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().columns("x", null));
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("SimpleImputer: cannot fit on an empty table (0 rows)", assertThrows(
                IllegalArgumentException.class, () -> new SimpleImputer().fit(table().emptyCopy())).getMessage());
        assertEquals("SimpleImputer: column 's' must be numeric, found STRING", assertThrows(
                IllegalArgumentException.class,
                () -> new SimpleImputer().strategy(Strategy.MEDIAN).columns("s").fit(table())).getMessage());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().columns("nope").fit(table()));
        assertTrue(absent.getMessage().startsWith("SimpleImputer: column 'nope' not found"), absent.getMessage());
        assertEquals("SimpleImputer: column 'flag' must be numeric or a string column, found BOOLEAN", assertThrows(
                IllegalArgumentException.class,
                () -> new SimpleImputer().strategy(Strategy.CONSTANT).columns("flag").fit(table())).getMessage());

        SimpleImputerModel model = new SimpleImputer().columns("x", "k").fit(table());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().removeColumns("k")));
        assertTrue(schema.getMessage().startsWith("SimpleImputerModel.transform: the table does not match"),
                schema.getMessage());
        assertTrue(schema.getMessage().contains("column 'k' is missing"), schema.getMessage());
        IllegalArgumentException retyped = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().replaceColumn("x", StringColumn.create("x", "1", "2", "3", "4"))));
        assertTrue(retyped.getMessage().contains("column 'x' was DOUBLE at fit, found STRING"), retyped.getMessage());
    }

    @Test
    void anIndicatorNameThatIsAlreadyTakenFailsAtFit() {
        Table clash = table().addColumns(DoubleColumn.create("x_missing", new double[4]));
        assertEquals("SimpleImputerModel: cannot add the indicator column 'x_missing' for column 'x': the table already"
                + " has a column of that name", assertThrows(IllegalArgumentException.class,
                () -> new SimpleImputer().columns("x").addIndicator(true).fit(clash)).getMessage());
    }

    @Test
    void fillsStringsSetMissingAfterTheColumnWasBuilt() {
        StringColumn colors = StringColumn.create("color", "red", "red", "blue", "green");
        colors.setMissing(3);
        Table table = Table.create("t", colors);
        Table filled = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true).fitTransform(table);
        assertEquals(List.of("red", "red", "blue", "red"), filled.stringColumn("color").asList());
        assertEquals(List.of(0.0, 0.0, 0.0, 1.0), filled.doubleColumn("color_missing").asList());
    }

    @Test
    void meansAndMediansAtExtremeMagnitudesAreTheOrdinaryOnesScaled() {
        Table ordinary = Extremes.ordinary();
        for (Strategy strategy : List.of(Strategy.MEAN, Strategy.MEDIAN)) {
            SimpleImputerModel base = new SimpleImputer().strategy(strategy).fit(ordinary);
            for (int exponent : Extremes.EXPONENTS) {
                Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
                SimpleImputerModel model = new SimpleImputer().strategy(strategy).fit(moved);
                Extremes.assertScaled(statistics(base), exponent, statistics(model), strategy + " at 2^" + exponent);
                TableAssertions.assertTableIdentical(Extremes.timesPowerOfTwo(base.transform(ordinary), exponent),
                        model.transform(moved));
            }
        }
        // numpy's mean of these overflows to infinity
        Table huge = Table.create("t", DoubleColumn.create("x", new double[] {1e308, Double.NaN, 1.5e308, 1.5e308}));
        assertEquals(1e308 / 3 * 4, (Double) new SimpleImputer().fit(huge).statistics().get(0), 1e293);
    }

    private static double[] statistics(SimpleImputerModel model) {
        return model.statistics().stream().mapToDouble(statistic -> (Double) statistic).toArray();
    }
}
