package io.github.prepkit.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PandasExercisesTest {

    private static Table rain(double... inches) {
        return Table.create("rain", DoubleColumn.create("rainfall", inches));
    }

    @Test
    void medianRainfallIgnoresDryDaysAndMissingReadings() {
        assertEquals(0.4, PandasExercises.medianRainfall(rain(0, 0.2, Double.NaN, 0, 0.4, 1.5)), 1e-12);
        assertEquals(0.3, PandasExercises.medianRainfall(rain(0.2, 0, 0.4)), 1e-12);
    }

    @Test
    void medianRainfallIsNaNWithoutRain() {
        assertTrue(Double.isNaN(PandasExercises.medianRainfall(rain())));
        assertTrue(Double.isNaN(PandasExercises.medianRainfall(rain(0, 0, Double.NaN))));
        assertTrue(Double.isNaN(PandasExercises.medianRainfall(rain(Double.NaN))));
    }

    @Test
    void medianRainfallOfASingleRainyDayIsThatDay() {
        assertEquals(0.7, PandasExercises.medianRainfall(rain(0, 0.7, 0)));
    }

    @Test
    void medianRainfallAcceptsAnIntegerColumn() {
        Table millimetres = Table.create("rain", IntColumn.create("rainfall", new int[] {0, 3, 5, 0, 8, 10}));
        assertEquals(6.5, PandasExercises.medianRainfall(millimetres));
    }

    @Test
    void medianRainfallOfTheBundledData() {
        Table rain = Datasets.load("rainfall");
        double[] rainy = rain.doubleColumn("rainfall").asList().stream()
                .filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue).sorted().toArray();
        double expected = rainy.length % 2 == 1 ? rainy[rainy.length / 2]
                : (rainy[rainy.length / 2 - 1] + rainy[rainy.length / 2]) / 2;
        assertEquals(expected, PandasExercises.medianRainfall(rain), 1e-12);
    }

    @Test
    void imputeCheesePriceFillsWithTheMedianOfKnownPrices() {
        Table cheeses = Table.create("cheeses",
                StringColumn.create("cheese", "brie", "gouda", "feta", "cheddar", "comte"),
                DoubleColumn.create("price", new double[] {10, Double.NaN, 30, 20, Double.NaN}));

        Table imputed = PandasExercises.imputeCheesePrice(cheeses);

        assertArrayEquals(new double[] {10, 20, 30, 20, 20}, imputed.doubleColumn("price").asDoubleArray());
        assertEquals(List.of("cheese", "price"), imputed.columnNames());
        assertEquals(cheeses.stringColumn("cheese").asList(), imputed.stringColumn("cheese").asList());
        assertEquals(2, cheeses.column("price").countMissing(), "the input table is not modified");
    }

    @Test
    void imputeCheesePriceKeepsColumnPositionAndGivesDoublesForAnIntegerColumn() {
        Table cheeses = Table.create("cheeses",
                IntColumn.create("price", new int[] {10, 11, 0}),
                StringColumn.create("cheese", "a", "b", "c"));
        cheeses.intColumn("price").setMissing(2);

        Table imputed = PandasExercises.imputeCheesePrice(cheeses);

        assertEquals(List.of("price", "cheese"), imputed.columnNames());
        assertArrayEquals(new double[] {10, 11, 10.5}, imputed.doubleColumn("price").asDoubleArray());
    }

    @Test
    void imputeCheesePriceLeavesPricesMissingWhenNoneIsKnownAndHandlesAnEmptyTable() {
        Table unknown = Table.create("c", StringColumn.create("cheese", "a", "b"),
                DoubleColumn.create("price", new double[] {Double.NaN, Double.NaN}));
        assertEquals(2, PandasExercises.imputeCheesePrice(unknown).column("price").countMissing());
        Table empty = Table.create("c", StringColumn.create("cheese"), DoubleColumn.create("price"));
        assertEquals(0, PandasExercises.imputeCheesePrice(empty).rowCount());
    }

    @Test
    void imputeCheesePriceOnTheBundledDataLeavesNoPriceMissing() {
        Table imputed = PandasExercises.imputeCheesePrice(Datasets.load("california_cheeses"));
        assertEquals(0, imputed.column("price").countMissing());
        assertEquals(16, imputed.rowCount());
    }

    private static Table students() {
        return Table.create("students",
                StringColumn.create("name", "ann", "bob", "cy", "di", "ed", "flo"),
                IntColumn.create("age", new int[] {20, 21, 22, 23, 24, 25}),
                StringColumn.create("favorite_color", "green", "red", "blue", "red", "Green", "green"),
                IntColumn.create("grade", new int[] {91, 95, 99, 90, 97, 100}));
    }

    @Test
    void gradesColorsKeepsHighGradesWithGreenOrRedInOrderWithAllColumns() {
        Table selected = PandasExercises.gradesColors(students());
        assertEquals(List.of("ann", "bob", "flo"), selected.stringColumn("name").asList());
        assertEquals(students().columnNames(), selected.columnNames());
    }

    @Test
    void gradesColorsExcludesGradeNinetyAndMissingGrades() {
        Table table = students();
        table.intColumn("grade").setMissing(0);
        Table selected = PandasExercises.gradesColors(table);
        assertEquals(List.of("bob", "flo"), selected.stringColumn("name").asList());
    }

    @Test
    void gradesColorsOnAnEmptyTableOrWithNoMatch() {
        assertEquals(0, PandasExercises.gradesColors(students().emptyCopy()).rowCount());
        Table nobody = students().where(students().stringColumn("favorite_color").isEqualTo("blue"));
        assertEquals(0, PandasExercises.gradesColors(nobody).rowCount());
    }

    @Test
    void gradesColorsOnTheBundledStudents() {
        Table selected = PandasExercises.gradesColors(Datasets.load("students"));
        assertEquals(7, selected.rowCount());
        for (int row = 0; row < selected.rowCount(); row++) {
            assertTrue(selected.intColumn("grade").getInt(row) > 90);
            assertTrue(List.of("green", "red").contains(selected.stringColumn("favorite_color").get(row)));
        }
    }

    @Test
    void tValueIsTheOneSampleTStatistic() {
        // {1, 2, 3, 4} against 2: mean 2.5, s^2 = 5/3, t = 0.5 / sqrt(5/12)
        Table df = Table.create("df", DoubleColumn.create("var", new double[] {1, 2, 3, 4}));
        assertEquals(0.5 / Math.sqrt(5.0 / 12), PandasExercises.tValue(df, 2), 1e-12);
    }

    @Test
    void tValueSkipsMissingValuesAsPandas() {
        Table df = Table.create("df", DoubleColumn.create("var", new double[] {1, Double.NaN, 2, 3, 4}));
        assertEquals(0.5 / Math.sqrt(5.0 / 12), PandasExercises.tValue(df, 2), 1e-12);
    }

    @Test
    void tValueNeedsTwoValues() {
        Table one = Table.create("df", DoubleColumn.create("var", new double[] {1, Double.NaN}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PandasExercises.tValue(one, 0));
        assertEquals("TTest: a one-sample t-test needs at least 2 values, column 'var' has 1", e.getMessage());
    }

    @Test
    void missingOrMistypedColumnsFailNamingThem() {
        Table other = Table.create("other", DoubleColumn.create("x", new double[] {1}));
        assertMessageNames("rainfall", () -> PandasExercises.medianRainfall(other));
        assertMessageNames("price", () -> PandasExercises.imputeCheesePrice(other));
        assertMessageNames("grade", () -> PandasExercises.gradesColors(other));
        assertMessageNames("var", () -> PandasExercises.tValue(other, 0));
        Table textGrades = Table.create("s", StringColumn.create("grade", "A"), StringColumn.create("favorite_color", "red"));
        assertMessageNames("'grade' must be numeric", () -> PandasExercises.gradesColors(textGrades));
    }

    @Test
    void nullTablesFailNamingTheParameter() {
        assertMessageNames("dfRain must not be null", () -> PandasExercises.medianRainfall(null));
        assertMessageNames("cheeses must not be null", () -> PandasExercises.imputeCheesePrice(null));
        assertMessageNames("students must not be null", () -> PandasExercises.gradesColors(null));
        assertMessageNames("df must not be null", () -> PandasExercises.tValue(null, 0));
    }

    /** Infinity is no reading, price, grade or sample value; it used to become the answer (a median of ∞, t = NaN). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void infiniteValuesFailNamingTheColumnAndRow(double infinity) {
        assertMessageNames("column 'rainfall' has an infinite value in row 1",
                () -> PandasExercises.medianRainfall(rain(0.2, infinity, 0.4)));
        Table cheeses = Table.create("c", DoubleColumn.create("price", new double[] {10, Double.NaN, infinity}));
        assertMessageNames("column 'price' has an infinite value in row 2",
                () -> PandasExercises.imputeCheesePrice(cheeses));
        Table students = Table.create("s", DoubleColumn.create("grade", new double[] {95, infinity}),
                StringColumn.create("favorite_color", "red", "green"));
        assertMessageNames("column 'grade' has an infinite value in row 1",
                () -> PandasExercises.gradesColors(students));
        Table df = Table.create("df", DoubleColumn.create("var", new double[] {1, 2, infinity}));
        assertMessageNames("column 'var' has an infinite value in row 2",
                () -> PandasExercises.tValue(df, 0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void tValueRejectsAHypothesisedMeanThatIsNotFinite(double mu0) {
        Table df = Table.create("df", DoubleColumn.create("var", new double[] {1, 2, 3}));
        assertMessageNames("mu0 must be a finite number, found " + mu0, () -> PandasExercises.tValue(df, mu0));
    }

    @Test
    void gradesColorsStillSkipsAMissingGradeInADoubleColumn() {
        Table students = Table.create("s", DoubleColumn.create("grade", new double[] {95, Double.NaN}),
                StringColumn.create("favorite_color", "red", "green"));
        assertEquals(1, PandasExercises.gradesColors(students).rowCount());
    }

    private static void assertMessageNames(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
