package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Codes computed by hand, in scikit-learn 1.2.1's OrdinalEncoder conventions (checked by its reference cases too). */
class OrdinalEncoderTest {

    static Table table() {
        return Table.create("t",
                IntColumn.create("id", 1, 2, 3, 4, 5),
                StringColumn.create("color", "red", "blue", "red", "green", ""),
                DoubleColumn.create("n", 3, 10, 3, 2.5, Double.NaN),
                StringColumn.create("size", "M", "S", "L", "M", "S"));
    }

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void defaultsAreScikitLearnsAndCopiesChangeOneParameter() {
        OrdinalEncoder defaults = new OrdinalEncoder();
        assertEquals(List.of(), defaults.columns());
        assertEquals(Map.of(), defaults.categories());
        assertEquals(HandleUnknown.ERROR, defaults.handleUnknown());
        assertEquals(OptionalDouble.empty(), defaults.unknownValue());
        assertEquals(OptionalDouble.empty(), defaults.encodedMissingValue(), "empty: NaN");
        OrdinalEncoder changed = defaults.columns("size").categories("size", "S", "M", "L").unknownValue(-1)
                .encodedMissingValue(-2);
        assertEquals(new OrdinalEncoder(List.of("size"), Map.of("size", List.of("S", "M", "L")),
                HandleUnknown.USE_ENCODED_VALUE, OptionalDouble.of(-1), OptionalDouble.of(-2)), changed);
        assertEquals(defaults, new OrdinalEncoder(), "the receiver is unchanged");
        assertEquals(HandleUnknown.ERROR, changed.handleUnknown(HandleUnknown.ERROR).handleUnknown());
        assertEquals(OptionalDouble.empty(), changed.handleUnknown(HandleUnknown.ERROR).unknownValue(),
                "ERROR clears the unknown value");
        assertEquals(OptionalDouble.empty(), changed.encodedMissingValue(Double.NaN).encodedMissingValue());
        assertEquals(OptionalDouble.of(Double.NaN), defaults.unknownValue(Double.NaN).unknownValue());
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertTrue(message(() -> new OrdinalEncoder().handleUnknown(HandleUnknown.IGNORE)).contains("handleUnknown"));
        assertTrue(message(() -> new OrdinalEncoder().handleUnknown(HandleUnknown.USE_ENCODED_VALUE))
                .contains("unknownValue"), "USE_ENCODED_VALUE needs an unknown value");
        assertTrue(message(() -> new OrdinalEncoder(List.of(), Map.of(), HandleUnknown.ERROR, OptionalDouble.of(-1),
                OptionalDouble.empty())).contains("unknownValue"), "an unknown value needs USE_ENCODED_VALUE");
        assertTrue(message(() -> new OrdinalEncoder().unknownValue(0.5)).contains("unknownValue"));
        assertTrue(message(() -> new OrdinalEncoder().unknownValue(Double.POSITIVE_INFINITY)).contains("unknownValue"));
        assertTrue(message(() -> new OrdinalEncoder().encodedMissingValue(1.5)).contains("encodedMissingValue"));
        assertTrue(message(() -> new OrdinalEncoder().categories("c", "a", "b", "a")).contains("repeat 'a'"));
        assertTrue(message(() -> new OrdinalEncoder().categories("c")).contains("at least one category"));
        assertTrue(message(() -> new OrdinalEncoder().columns("a", "a")).contains("'a'"));
    }

    @Test
    void encodesEveryStringColumnInPlaceWithSortedCategories() {
        Table encoded = new OrdinalEncoder().fitTransform(table());
        assertEquals(table().columnNames(), encoded.columnNames());
        assertEquals(ColumnType.DOUBLE, encoded.column("color").type());
        assertArrayEquals(new double[] {2, 0, 2, 1, Double.NaN}, encoded.doubleColumn("color").asDoubleArray(),
                "blue, green, red; a missing value stays missing");
        assertArrayEquals(new double[] {1, 2, 0, 1, 2}, encoded.doubleColumn("size").asDoubleArray(), "L, M, S");
        assertArrayEquals(table().doubleColumn("n").asDoubleArray(), encoded.doubleColumn("n").asDoubleArray(),
                "numeric columns pass through unless named");
        assertArrayEquals(table().intColumn("id").asIntArray(), encoded.intColumn("id").asIntArray());
    }

    @Test
    void namedNumericColumnsSortByValueAndTheirMissingValueIsACategory() {
        OrdinalEncoderModel model = new OrdinalEncoder().columns("n", "id").fit(table());
        assertEquals(List.of("2.5", "3", "10", "NaN"), model.categories("n"), "2 before 10; NaN last");
        assertEquals(List.of("1", "2", "3", "4", "5"), model.categories("id"));
        assertArrayEquals(new double[] {1, 2, 1, 0, Double.NaN}, model.transform(table()).doubleColumn("n")
                .asDoubleArray());
        assertEquals(List.of("blue", "green", "red", ""), new OrdinalEncoder().fit(table()).categories("color"),
                "the missing string is a category, last, written empty");
    }

    @Test
    void givenCategoriesKeepTheirOrder() {
        OrdinalEncoderModel model = new OrdinalEncoder().categories("size", "S", "M", "L", "XL").fit(table());
        assertEquals(List.of("S", "M", "L", "XL"), model.categories("size"));
        assertArrayEquals(new double[] {1, 0, 2, 1, 0}, model.transform(table()).doubleColumn("size").asDoubleArray());
        OrdinalEncoderModel numbers = new OrdinalEncoder().columns("n").categories("n", "2.50", "3.0", "10", "NaN")
                .fit(table());
        assertEquals(List.of("2.5", "3", "10", "NaN"), numbers.categories("n"), "numbers renamed as fit names them");
    }

    @Test
    void givenCategoriesAreCheckedAtFit() {
        assertTrue(message(() -> new OrdinalEncoder().categories("size", "S", "M").fit(table()))
                .contains("category 'L' at row 2"), "a value not given fails with ERROR");
        assertArrayEquals(new double[] {-1, 0, -1, -1, 0}, new OrdinalEncoder().categories("size", "S").unknownValue(-1)
                .fitTransform(table()).doubleColumn("size").asDoubleArray(), "and is unknown with USE_ENCODED_VALUE");
        assertTrue(message(() -> new OrdinalEncoder().categories("color", "red", "blue", "green").fit(table()))
                .contains("a missing value at row 4"), "a missing value is no category unless given");
        assertTrue(message(() -> new OrdinalEncoder().columns("n").categories("n", "3", "2.5", "10").fit(table()))
                .contains("increasing order"), "numeric categories in increasing order, as scikit-learn requires");
        assertTrue(message(() -> new OrdinalEncoder().columns("n").categories("n", "3", "x").fit(table()))
                .contains("'x'"));
        assertTrue(message(() -> new OrdinalEncoder().categories("n", "3").fit(table()))
                .contains("not encoded"), "categories of a column that is not encoded");
        assertTrue(message(() -> new OrdinalEncoder().categories("color", "", "red").fit(table()))
                .contains("must not be empty"), "the missing value is last or nowhere");
    }

    @Test
    void codesInUseAreRefusedAsScikitLearnRefusesThem() {
        assertTrue(message(() -> new OrdinalEncoder().unknownValue(2).fit(table())).contains("unknownValue 2.0"));
        assertTrue(message(() -> new OrdinalEncoder().unknownValue(3).fit(table())).contains("unknownValue 3.0"),
                "color's missing category has code 3, which counts as used");
        new OrdinalEncoder().unknownValue(4).fit(table());
        assertTrue(message(() -> new OrdinalEncoder().encodedMissingValue(3).fit(table()))
                .contains("encodedMissingValue 3.0"));
        new OrdinalEncoder().encodedMissingValue(3).columns("size").fit(table());
    }

    @Test
    void badTablesFailClearly() {
        assertTrue(message(() -> new OrdinalEncoder().fit(table().emptyCopy())).contains("empty"));
        assertTrue(message(() -> new OrdinalEncoder().columns("nope").fit(table())).contains("'nope'"));
        Table infinite = table();
        infinite.doubleColumn("n").set(1, Double.NEGATIVE_INFINITY);
        assertTrue(message(() -> new OrdinalEncoder().columns("n").fit(infinite)).contains("'n' has an infinite value"
                + " in row 1"));
        new OrdinalEncoder().fit(infinite);
    }

    @Test
    void fitDoesNotModifyTheTable() {
        Table data = table();
        new OrdinalEncoder().columns("color", "n").fitTransform(data);
        assertEquals(table().stringColumn("color").asList(), data.stringColumn("color").asList());
        assertEquals(ColumnType.DOUBLE, data.column("n").type());
    }
}
