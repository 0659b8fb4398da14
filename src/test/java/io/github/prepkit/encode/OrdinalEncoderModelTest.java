package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class OrdinalEncoderModelTest {

    /** Training table: id 1..5; color red, blue, red, green, missing; n 3, 10, 3, 2.5, NaN; size M, S, L, M, S. */
    private static Table train() {
        return OrdinalEncoderTest.table();
    }

    /** A table of the training schema with these colors and sizes; id and n are zeros. */
    private static Table test(String[] colors, String[] sizes) {
        return Table.create("test", IntColumn.create("id", new int[colors.length]), StringColumn.create("color", colors),
                DoubleColumn.create("n", new double[colors.length]), StringColumn.create("size", sizes));
    }

    @Test
    void anUnknownCategoryFailsNamingColumnCategoryAndRow() {
        OrdinalEncoderModel model = new OrdinalEncoder().fit(train());
        assertRejected(() -> model.transform(test(new String[] {"red", "pink"}, new String[] {"S", "S"})),
                "OrdinalEncoderModel.transform: column 'color' has category 'pink' at row 1", "unknownValue");
    }

    @Test
    void anUnknownCategoryGetsTheUnknownValue() {
        OrdinalEncoderModel model = new OrdinalEncoder().columns("size").unknownValue(-1).fit(train());
        Table encoded = model.transform(test(new String[] {"a", "b", "c"}, new String[] {"XL", "", "M"}));
        assertArrayEquals(new double[] {-1, -1, 1}, encoded.doubleColumn("size").asDoubleArray(),
                "a missing value not seen at fit is unknown too");
        assertEquals(List.of("a", "b", "c"), encoded.stringColumn("color").asList(), "not encoded: copied");
    }

    @Test
    void aMissingValueGetsTheEncodedMissingValue() {
        OrdinalEncoderModel model = new OrdinalEncoder().encodedMissingValue(-1).fit(train());
        assertArrayEquals(new double[] {2, 0, 2, 1, -1}, model.transform(train()).doubleColumn("color").asDoubleArray());
    }

    @Test
    void inverseTransformGivesTheCategoriesBackInTheFittedTypes() {
        OrdinalEncoderModel model = new OrdinalEncoder().columns("color", "id", "n").fit(train());
        Table back = model.inverseTransform(model.transform(train()));
        assertTableIdentical(train(), back);
        assertEquals(ColumnType.INTEGER, back.column("id").type());
        Table unknown = new OrdinalEncoder().unknownValue(-5).encodedMissingValue(-1).fit(train())
                .inverseTransform(Table.create("codes", DoubleColumn.create("color", 0, -1, -5, 3),
                        DoubleColumn.create("size", 2, 1, 0, 0)));
        assertEquals(List.of("blue", "", "", ""), unknown.stringColumn("color").asList(),
                "the missing code, the unknown code and the missing category's own index give a missing value");
        assertEquals(List.of("S", "M", "L", "L"), unknown.stringColumn("size").asList());
    }

    @Test
    void inverseTransformRefusesACodeOfNoCategory() {
        OrdinalEncoderModel model = new OrdinalEncoder().fit(train());
        Table codes = model.transform(train());
        codes.doubleColumn("size").set(2, 3);
        assertRejected(() -> model.inverseTransform(codes), "column 'size' has code 3.0 at row 2", "from 0 to 2");
        codes.doubleColumn("size").set(2, 0.5);
        assertRejected(() -> model.inverseTransform(codes), "code 0.5");
        assertRejected(() -> model.inverseTransform(codes.removeColumns("size")), "'size'");
    }

    @Test
    void exposesWhatItLearned() {
        OrdinalEncoderModel model = new OrdinalEncoder().fit(train());
        assertEquals(List.of("color", "size"), model.columns());
        Map<String, List<String>> categories = new LinkedHashMap<>();
        categories.put("color", List.of("blue", "green", "red", ""));
        categories.put("size", List.of("L", "M", "S"));
        assertEquals(categories, model.categories());
        assertEquals(Schema.of(train()), model.schema());
        assertEquals(new OrdinalEncoder(), model.estimator());
        assertRejected(() -> model.categories("n"), "column 'n' was not encoded");
        assertEquals("OrdinalEncoderModel on [color, size]: categories [color=[blue, green, red, ], size=[L, M, S]]",
                model.toString());
    }

    @Test
    void rebuildsFromItsStateAndRefusesAStateNoFitMakes() {
        OrdinalEncoder encoder = new OrdinalEncoder();
        OrdinalEncoderModel model = encoder.fit(train());
        OrdinalEncoderModel rebuilt = OrdinalEncoderModel.of(encoder, model.schema(), model.categories());
        assertTableIdentical(model.transform(train()), rebuilt.transform(train()));
        Schema schema = model.schema();
        Map<String, List<String>> unsorted = new LinkedHashMap<>();
        unsorted.put("color", List.of("red", "blue"));
        unsorted.put("size", List.of("L"));
        assertRejected(() -> OrdinalEncoderModel.of(encoder, schema, unsorted), "categories of column 'color'");
        Map<String, List<String>> wrongColumns = new LinkedHashMap<>(model.categories());
        wrongColumns.remove("size");
        assertRejected(() -> OrdinalEncoderModel.of(encoder, schema, wrongColumns), "size");
        OrdinalEncoder given = encoder.categories("size", "S", "M", "L");
        Map<String, List<String>> otherOrder = new LinkedHashMap<>(model.categories());
        assertRejected(() -> OrdinalEncoderModel.of(given, schema, otherOrder), "given ones [S, M, L]");
        assertRejected(() -> OrdinalEncoderModel.of(encoder.unknownValue(0), schema, model.categories()),
                "unknownValue 0.0");
    }

    @Test
    void aNumericColumnRefusesInfinityAtTransform() {
        OrdinalEncoderModel model = new OrdinalEncoder().columns("n").fit(train());
        Table infinite = train();
        infinite.doubleColumn("n").set(3, Double.POSITIVE_INFINITY);
        assertRejected(() -> model.transform(infinite), "OrdinalEncoderModel.transform: column 'n' has an infinite"
                + " value in row 3");
        assertTrue(model.transform(train()).doubleColumn("n").isMissing(4));
    }
}
