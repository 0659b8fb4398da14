package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ColumnSelector.DataType;
import io.github.prepkit.pipeline.ColumnTransformer.Remainder;
import io.github.prepkit.scale.StandardScaler;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Columns chosen by type and by a name pattern, as scikit-learn's make_column_selector, in a column transformer. */
class ColumnSelectorTest {

    private static Table table() {
        return Table.create("t",
                IntColumn.create("age", 20, 30, 40),
                StringColumn.create("city", "a", "b", "a"),
                DoubleColumn.create("income_2020", 1.5, 2, 3),
                BooleanColumn.create("member", true, false, true),
                DateColumn.create("joined", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1),
                        LocalDate.of(2022, 1, 1)),
                StringColumn.create("income_band", "low", "high", "low"));
    }

    @Test
    void typesAreIncludedAndExcludedAndNamesSearchedAsPythonsReSearch() {
        Table table = table();
        assertEquals(table.columnNames(), new ColumnSelector().select(table), "no condition selects all");
        assertEquals(List.of("age", "income_2020"), new ColumnSelector().include(DataType.NUMERIC).select(table));
        assertEquals(List.of("city", "income_band"), new ColumnSelector().include(DataType.STRING).select(table));
        assertEquals(List.of("member", "joined"), new ColumnSelector().include(DataType.BOOLEAN, DataType.TEMPORAL)
                .select(table));
        assertEquals(List.of("city", "member", "joined", "income_band"),
                new ColumnSelector().exclude(DataType.NUMERIC).select(table));
        // re.search finds a match anywhere in the name; re.match would need it at the start
        assertEquals(List.of("income_2020", "income_band"), new ColumnSelector().pattern("come").select(table));
        assertEquals(List.of("income_2020"), ColumnSelector.makeColumnSelector("^income", List.of(DataType.NUMERIC),
                List.of()).select(table));
        assertEquals(List.of(), new ColumnSelector().pattern("^zip").select(table));
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertRejected(() -> new ColumnSelector().pattern("(unclosed"), "pattern '(unclosed'");
        assertRejected(() -> new ColumnSelector().pattern(null), "pattern");
        assertRejected(() -> new ColumnSelector().include((DataType) null), "include");
    }

    @Test
    void aColumnTransformerResolvesItsSelectorsAtFitAndRemembersTheColumns() throws Exception {
        ColumnTransformer transformer = new ColumnTransformer()
                .add("numbers", new ColumnSelector().include(DataType.NUMERIC), new StandardScaler())
                .add("text", new ColumnSelector().include(DataType.STRING).pattern("city"), new OneHotEncoder())
                .remainder(Remainder.PASSTHROUGH);
        ColumnTransformerModel model = transformer.fit(table());
        assertEquals(List.of("age", "income_2020"), model.groups().get(0).columns());
        assertEquals(List.of("city"), model.groups().get(1).columns());
        assertEquals(List.of("member", "joined", "income_band"), model.passthrough());
        List<String> names = model.transform(table()).columnNames();
        assertEquals(List.of("age", "income_2020", "city_a", "city_b", "member", "joined", "income_band"), names);
        assertEquals(names, model.featureNamesOut());
        ColumnTransformerModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model), ColumnTransformerModel.class);
        assertEquals(transformer, loaded.estimator());
        assertEquals(model.transform(table()).toString(), loaded.transform(table()).toString());
        assertEquals(List.of("age", "income_2020"), loaded.groups().get(0).columns());
    }

    @Test
    void aSelectorThatPicksNothingFailsAtFitNamingTheGroup() {
        assertRejected(() -> new ColumnTransformer().add("zips", new ColumnSelector().pattern("zip")).fit(table()),
                "group 'zips'", "picks none");
    }

    @Test
    void aModelWhoseColumnsAreNotTheSelectorsChoiceIsRefused() {
        ColumnTransformer transformer = new ColumnTransformer()
                .add("numbers", new ColumnSelector().include(DataType.NUMERIC), new StandardScaler());
        ColumnTransformerModel model = transformer.fit(table());
        assertRejected(() -> ColumnTransformerModel.of(transformer, model.schema(), List.of(List.of("age")),
                List.of(model.groups().get(0).chain())), "which its selector picks");
        assertRejected(() -> ColumnTransformerModel.of(transformer, model.schema(),
                List.of(model.groups().get(0).chain())), "has a selector");
    }
}
