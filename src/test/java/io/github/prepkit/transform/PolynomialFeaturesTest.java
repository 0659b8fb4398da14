package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class PolynomialFeaturesTest {

    /** a = (1, 2), a string column, b = (3, 4). */
    private static Table table() {
        return Table.create("t", DoubleColumn.create("a", new double[] {1, 2}), StringColumn.create("name", "p", "q"),
                IntColumn.create("b", new int[] {3, 4}));
    }

    private static Table xyz() {
        return Table.create("t", DoubleColumn.create("x", new double[] {2}), DoubleColumn.create("y", new double[] {3}),
                DoubleColumn.create("z", new double[] {5}));
    }

    private static double[] row(Table table, int row, List<String> names) {
        return names.stream().mapToDouble(name -> table.numberColumn(name).getDouble(row)).toArray();
    }

    @Test
    void degreeTwoGivesScikitLearnsColumnsWhereTheFirstExpandedColumnStood() {
        Table out = new PolynomialFeatures().fitTransform(table());
        List<String> made = List.of("1", "a", "b", "a^2", "a b", "b^2");
        List<String> expected = new ArrayList<>(made);
        expected.add("name");
        assertEquals(expected, out.columnNames());
        assertArrayEquals(new double[] {1, 1, 3, 1, 3, 9}, row(out, 0, made));
        assertArrayEquals(new double[] {1, 2, 4, 4, 8, 16}, row(out, 1, made));
        assertEquals(List.of("p", "q"), out.stringColumn("name").asList());
    }

    @Test
    void higherDegreesInteractionsAndTheBiasFollowScikitLearn() {
        // PolynomialFeatures(3).get_feature_names_out(["x", "y"]) and friends
        Table xy = xyz().removeColumns("z");
        assertEquals(List.of("1", "x", "y", "x^2", "x y", "y^2", "x^3", "x^2 y", "x y^2", "y^3"),
                new PolynomialFeatures().degree(3).fitTransform(xy).columnNames());
        Table interactions = new PolynomialFeatures().degree(3).interactionOnly(true).fitTransform(xyz());
        List<String> names = List.of("1", "x", "y", "z", "x y", "x z", "y z", "x y z");
        assertEquals(names, interactions.columnNames());
        assertArrayEquals(new double[] {1, 2, 3, 5, 6, 10, 15, 30}, row(interactions, 0, names));
        assertEquals(List.of("x", "y", "z", "x^2", "x y", "x z", "y^2", "y z", "z^2"),
                new PolynomialFeatures().includeBias(false).fitTransform(xyz()).columnNames());
        assertEquals(List.of("1", "x", "y", "z"), new PolynomialFeatures().degree(1).fitTransform(xyz()).columnNames());
        assertEquals(List.of("1"), new PolynomialFeatures().degree(0).fitTransform(xyz()).columnNames());
    }

    @Test
    void aTermOfDegreeDIsItsFirstColumnTimesTheTermOfTheOthersAsInScikitLearn() {
        // scikit-learn multiplies the columns of degree d - 1 by one input column: x y z = x * (y z), x^2 y = x * (x y)
        Table tenths = Table.create("t", DoubleColumn.create("x", new double[] {0.1}),
                DoubleColumn.create("y", new double[] {0.2}), DoubleColumn.create("z", new double[] {0.3}));
        Table out = new PolynomialFeatures().degree(3).fitTransform(tenths);
        assertEquals(0.1 * (0.2 * 0.3), out.doubleColumn("x y z").get(0));
        assertEquals(0.1 * (0.1 * 0.2), out.doubleColumn("x^2 y").get(0));
        assertEquals(0.1 * (0.3 * 0.3), out.doubleColumn("x z^2").get(0));
    }

    @Test
    void aProductBeyondTheDoubleRangeIsInfiniteAsInScikitLearn() {
        Table huge = Table.create("t", DoubleColumn.create("p", new double[] {1e200, -1e200}),
                DoubleColumn.create("q", new double[] {2, 1e200}));
        Table out = new PolynomialFeatures().fitTransform(huge);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY},
                out.doubleColumn("p^2").asDoubleArray());
        assertArrayEquals(new double[] {2e200, Double.NEGATIVE_INFINITY}, out.doubleColumn("p q").asDoubleArray());
    }

    @Test
    void columnsNarrowsTheExpandedColumnsAndTheOutputStandsWhereTheFirstOfThemStandsInTheTable() {
        Table out = new PolynomialFeatures().includeBias(false).columns("z", "x").fitTransform(xyz());
        // the output follows the order of columns (z then x), and stands where x, the first of them in the table, stood
        assertEquals(List.of("z", "x", "z^2", "z x", "x^2", "y"), out.columnNames());
        Table reversed = Table.create("t", xyz().column("z").copy(), xyz().column("y").copy(), xyz().column("x").copy());
        PolynomialFeaturesModel model = new PolynomialFeatures().includeBias(false).columns("z", "x").fit(xyz());
        assertEquals(List.of("z", "x", "z^2", "z x", "x^2", "y"), model.transform(reversed).columnNames());
    }

    @Test
    void anOutputNameTakenTwiceIsRefusedNamingIt() {
        Table bias = table().addColumns(StringColumn.create("1", "u", "v"));
        assertRejected(() -> new PolynomialFeatures().fit(bias), "output column '1' would take the name of column '1'");
        Table product = table().addColumns(StringColumn.create("A B", "u", "v"));
        assertRejected(() -> new PolynomialFeatures().fit(product), "'a b'", "column 'A B'");
        Table both = Table.create("t", DoubleColumn.create("a", 1.0), DoubleColumn.create("b", 2.0),
                DoubleColumn.create("a b", 3.0));
        assertRejected(() -> new PolynomialFeatures().fit(both), "the output columns 'a b' and 'a b'");
        // without the bias, a column named 1 may pass through
        assertEquals("u", new PolynomialFeatures().includeBias(false).fitTransform(bias).stringColumn("1").get(0));
    }

    @Test
    void anAbsurdWidthIsRefusedBeforeAnythingIsAllocated() {
        assertRejected(() -> new PolynomialFeatures().degree(Integer.MAX_VALUE).fit(xyz()),
                "PolynomialFeaturesModel: degree 2147483647 on 3 columns would make", "output columns, more than the "
                        + PolynomialFeaturesModel.MAX_COLUMNS);
        assertRejected(() -> new PolynomialFeatures().degree(60).fit(table().removeColumns("name")
                .addColumns(DoubleColumn.create("c", 1, 2), DoubleColumn.create("d", 1, 2), DoubleColumn.create("e", 1, 2),
                        DoubleColumn.create("f", 1, 2), DoubleColumn.create("g", 1, 2), DoubleColumn.create("h", 1, 2))),
                "degree 60 on 8 columns would make 7392009768 output columns");
        // with interactions only, the width stops growing at the number of columns
        assertEquals(8, new PolynomialFeatures().degree(Integer.MAX_VALUE).interactionOnly(true).fitTransform(xyz())
                .columnCount());
    }

    @Test
    void missingAndInfiniteValuesAreRefusedNamingTheColumnAndRow() {
        Table gap = Extremes.withValue(table(), "a", 1, Double.NaN);
        assertRejected(() -> new PolynomialFeatures().fit(gap), "PolynomialFeatures: column 'a' has a missing value in row 1");
        PolynomialFeaturesModel model = new PolynomialFeatures().fit(table());
        assertRejected(() -> model.transform(gap), "PolynomialFeaturesModel.transform: column 'a' has a missing value in"
                + " row 1");
        Extremes.assertRefusesInfinity(() -> new PolynomialFeatures().fit(Extremes.withValue(table(), "a", 0,
                Double.NEGATIVE_INFINITY)), "PolynomialFeatures", "a", 0);
    }

    @Test
    void theInputIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        PolynomialFeatures poly = new PolynomialFeatures();
        poly.degree(3).interactionOnly(true).includeBias(false).columns("a").fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(new PolynomialFeatures(2, false, true, List.of()), poly);
    }

    @Test
    void badParametersAndTablesFailNamingTheProblem() {
        assertRejected(() -> new PolynomialFeatures().degree(-1), "PolynomialFeatures: degree must be at least 0, found -1");
        assertRejected(() -> new PolynomialFeatures().degree(0).includeBias(false), "degree 0 without includeBias");
        assertRejected(() -> new PolynomialFeatures().includeBias(false).degree(0), "degree 0 without includeBias");
        assertRejected(() -> new PolynomialFeatures().fit(table().emptyCopy()), "PolynomialFeatures: cannot fit on an"
                + " empty table");
        Table text = Table.create("t", StringColumn.create("name", "p"));
        assertRejected(() -> new PolynomialFeatures().fit(text), "no numeric column to expand");
        assertRejected(() -> new PolynomialFeatures().columns("name").fit(table()), "column 'name' must be numeric");
    }

    @Test
    void everyOutputColumnIsADoubleColumn() {
        for (Column<?> column : new PolynomialFeatures().fitTransform(table().removeColumns("name")).columns()) {
            assertEquals(DoubleColumn.class, column.getClass(), column.name());
        }
    }
}
