package io.github.prepkit.impute;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SimpleImputerModelTest {

    private static final double NaN = Double.NaN;

    /** n: 4, 4, 1, missing (most frequent 4); x: 2, missing, 2, 5 (most frequent 2); s: u, v, v, missing (v). */
    private static Table train() {
        IntColumn n = IntColumn.create("n", new int[] {4, 4, 1, 0});
        n.setMissing(3);
        return Table.create("train", n,
                DoubleColumn.create("x", new double[] {2, NaN, 2, 5}),
                StringColumn.create("s", "u", "v", "v", ""));
    }

    private static Table later(double[] n, double[] x, String... s) {
        return Table.create("later", DoubleColumn.create("n", n), DoubleColumn.create("x", x),
                StringColumn.create("s", s));
    }

    private static SimpleImputerModel mostFrequent() {
        return new SimpleImputer().strategy(Strategy.MOST_FREQUENT).fit(train());
    }

    @Test
    void statisticsAreDoublesForNumericColumnsAndStringsForStringColumns() {
        SimpleImputerModel model = mostFrequent();
        assertEquals(List.of("n", "x", "s"), model.columns());
        assertInstanceOf(Double.class, model.statistics().get(0), "an integer column's statistic is a Double");
        assertEquals(List.of(4.0, 2.0, "v"), model.statistics());
    }

    @Test
    void theListsAreUnmodifiable() {
        SimpleImputerModel model = new SimpleImputer().columns("n", "x").addIndicator(true).fit(train());
        assertThrows(UnsupportedOperationException.class, () -> model.columns().add("s"));
        assertThrows(UnsupportedOperationException.class, () -> model.statistics().set(0, 0.0));
        assertThrows(UnsupportedOperationException.class, () -> model.indicatorColumns().clear());
    }

    @Test
    void indicatorColumnsAreEmptyWithoutAddIndicatorAndTheGappedColumnsWithIt() {
        assertEquals(List.of(), mostFrequent().indicatorColumns());
        // mean: numeric columns only, both have a gap
        assertEquals(List.of("n", "x"), new SimpleImputer().columns("n", "x").addIndicator(true).fit(train()).indicatorColumns());
        Table noGapInX = train().replaceColumn("x", DoubleColumn.create("x", new double[] {1, 2, 3, 4}));
        assertEquals(List.of("n"), new SimpleImputer().columns("n", "x").addIndicator(true).fit(noGapInX).indicatorColumns());
    }

    @Test
    void transformFillsTheGapsOfRowsNotSeenAtFitWithTheFittedValues() {
        // the values of the later table do not matter: n gets 4, x 2, s "v", as learned at fit
        Table filled = mostFrequent().transform(later(new double[] {NaN, 9, NaN}, new double[] {7, NaN, NaN}, "", "w", ""));
        assertArrayEquals(new double[] {4, 9, 4}, filled.doubleColumn("n").asDoubleArray());
        assertArrayEquals(new double[] {7, 2, 2}, filled.doubleColumn("x").asDoubleArray());
        assertEquals(List.of("v", "w", "v"), filled.stringColumn("s").asList());
    }

    @Test
    void theOutputKeepsTheNameTheColumnOrderAndTheStringTypeButTurnsIntegersIntoDoubles() {
        Table filled = mostFrequent().transform(train());
        assertEquals("train", filled.name());
        assertEquals(List.of("n", "x", "s"), filled.columnNames());
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING),
                filled.columns().stream().map(column -> column.type()).toList());
    }

    @Test
    void columnsInAnotherOrderComeOutInThatOrderWithTheIndicatorsAtTheEnd() {
        // the schema accepts another column order; each column is filled in its place
        SimpleImputerModel model = new SimpleImputer().columns("n", "x").addIndicator(true).fit(train());
        Table reordered = Table.create("r", StringColumn.create("s", "a"), DoubleColumn.create("x", NaN),
                DoubleColumn.create("n", NaN));
        Table filled = model.transform(reordered);
        assertEquals(List.of("s", "x", "n", "n_missing", "x_missing"), filled.columnNames());
        // mean of n: (4 + 4 + 1) / 3 = 3; of x: (2 + 2 + 5) / 3 = 3
        assertArrayEquals(new double[] {3}, filled.doubleColumn("n").asDoubleArray());
        assertArrayEquals(new double[] {3}, filled.doubleColumn("x").asDoubleArray());
    }

    @Test
    void aSecondCallGivesTheSameTable() {
        SimpleImputerModel model = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true).fit(train());
        assertEquals(model.transform(train()).printAll(), model.transform(train()).printAll());
    }

    @Test
    void wineMediansMatchScikitLearn() {
        // SimpleImputer(strategy="median").fit(wine.data).statistics_[:3] = [13.05, 1.8650000000000002, 2.36]
        Table wine = Datasets.load("wine");
        SimpleImputerModel model = new SimpleImputer().strategy(Strategy.MEDIAN).fit(wine);
        assertEquals(13, model.columns().size(), "every numeric column; the cultivar is a string column");
        double[] firstThree = model.statistics().subList(0, 3).stream().mapToDouble(value -> (Double) value).toArray();
        assertArrayEquals(new double[] {13.05, 1.8650000000000002, 2.36}, firstThree, 1e-12);
    }

    @Test
    void transformLeavesTheInputAlone() {
        // the indicator columns are added to the output only
        assertInputUnchanged(later(new double[] {NaN, 1}, new double[] {2, NaN}, "", "q"),
                new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true).fit(train())::transform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        SimpleImputerModel model = mostFrequent();
        assertRejected(() -> model.transform(train().removeColumns("s")), "column 's' is missing");
        assertRejected(() -> model.transform(train().addColumns(DoubleColumn.create("x_missing", new double[4]))),
                "SimpleImputerModel.transform: the table does not match", "column 'x_missing' was not seen at fit");
        assertRejected(() -> model.transform(train().replaceColumn("s", IntColumn.create("s", new int[4]))),
                "column 's' was STRING at fit, found INTEGER");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table gaps = later(new double[] {NaN, 9, NaN}, new double[] {7, NaN, NaN}, "", "w", "zz");
        for (SimpleImputer imputer : List.of(new SimpleImputer().columns("n", "x").addIndicator(true),
                new SimpleImputer().strategy(Strategy.MEDIAN).columns("x"),
                new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true),
                new SimpleImputer().strategy(Strategy.CONSTANT).fillValue(-1.5).fillValue("none").addIndicator(true))) {
            SimpleImputerModel model = imputer.fit(train());
            SimpleImputerModel rebuilt = SimpleImputerModel.of(model.estimator(), model.schema(), model.columns(),
                    model.statistics(), model.indicatorColumns());
            assertTableIdentical(model.transform(gaps), rebuilt.transform(gaps));
            assertEquals(imputer, rebuilt.estimator());
            assertEquals(model.toString(), rebuilt.toString());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        SimpleImputerModel model = mostFrequent();
        SimpleImputer imputer = model.estimator();
        Schema schema = model.schema();
        List<String> columns = List.of("n", "x", "s");
        List<Object> statistics = List.of(4.0, 2.0, "v");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, List.of(4.0, 2.0), List.of()),
                "SimpleImputerModel: statistics must hold 3 values, found 2");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, List.of(4, 2.0, "v"), List.of()),
                "SimpleImputerModel: the statistic of numeric column 'n' must be a finite Double, found Integer 4");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, List.of(4.0, NaN, "v"), List.of()),
                "column 'x' must be a finite Double, found Double NaN");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, List.of(4.0, 2.0, 1.0), List.of()),
                "the statistic of string column 's' must be a non-empty String, found Double 1.0");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, List.of(4.0, 2.0, ""), List.of()),
                "column 's' must be a non-empty String, found String ");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, Arrays.asList(4.0, 2.0, null), List.of()),
                "column 's' must be a non-empty String, found null");
        assertRejected(() -> SimpleImputerModel.of(imputer.strategy(Strategy.CONSTANT), schema, columns, statistics,
                List.of()), "the statistic of numeric column 'n' must be the fill value 0.0, found Double 4.0");
        assertRejected(() -> SimpleImputerModel.of(new SimpleImputer(), schema, columns, statistics, List.of()),
                "SimpleImputerModel: column 's' must be numeric, found STRING");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, List.of("n", "x"), List.of(4.0, 2.0), List.of()),
                "the columns parameter [] selects [n, x, s] on the fitted columns, but the state is for [n, x]");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, statistics, List.of("n")),
                "SimpleImputerModel: indicatorColumns must be empty without addIndicator, found [n]");
        SimpleImputer indicating = imputer.addIndicator(true);
        assertRejected(() -> SimpleImputerModel.of(indicating, schema, columns, statistics, List.of("n", "z")),
                "SimpleImputerModel: indicatorColumns must hold some of [n, x, s], each once, in their order; 'z' is not"
                + " among them");
        assertRejected(() -> SimpleImputerModel.of(indicating, schema, columns, statistics, Arrays.asList("n", null)),
                "'null' is not among them");
        assertRejected(() -> SimpleImputerModel.of(indicating, schema, columns, statistics, List.of("x", "n")),
                "'n' is repeated or out of order");
        Schema taken = Schema.of(List.of("x", "x_missing"), List.of(ColumnType.DOUBLE, ColumnType.DOUBLE));
        assertRejected(() -> SimpleImputerModel.of(new SimpleImputer().addIndicator(true).columns("x"), taken,
                List.of("x"), List.of(1.0), List.of("x")), "SimpleImputerModel: cannot add the indicator column"
                + " 'x_missing' for column 'x': the table already has a column of that name");
        assertRejected(() -> SimpleImputerModel.of(null, schema, columns, statistics, List.of()),
                "SimpleImputerModel: estimator must not be null");
        assertRejected(() -> SimpleImputerModel.of(imputer, schema, columns, statistics, null),
                "SimpleImputerModel: indicatorColumns must not be null");
    }

    @Test
    void itPrintsItsTypeColumnsStatisticsAndIndicatorColumns() {
        assertEquals("SimpleImputerModel on [n, x]: statistics [3, 3]", new SimpleImputer().columns("n", "x").fit(train()).toString());
        assertEquals("SimpleImputerModel on [n, x, s]: statistics [4, 2, v], indicatorColumns [n, x, s]",
                new SimpleImputer().strategy(Strategy.MOST_FREQUENT).addIndicator(true).fit(train()).toString());
    }
}
