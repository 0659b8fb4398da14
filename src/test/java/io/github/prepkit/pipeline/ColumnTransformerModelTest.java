package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.impute.MissingIndicator;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.pipeline.ColumnTransformer.Remainder;
import io.github.prepkit.scale.MinMaxScaler;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ColumnTransformerModelTest {

    private static final double NaN = Double.NaN;

    /** age: 20, missing, 40, 60 (mean 40); score: 0, 10, 20, 40 (min 0, max 40). */
    private static Table table() {
        return Table.create("people",
                IntColumn.create("id", 1, 2, 3, 4),
                DoubleColumn.create("age", 20, NaN, 40, 60),
                StringColumn.create("city", "a", "b", "", "a"),
                IntColumn.create("score", 0, 10, 20, 40));
    }

    private static Table row(int id, double age, String city, int score) {
        return Table.create("later", IntColumn.create("id", new int[] {id}), DoubleColumn.create("age", age),
                StringColumn.create("city", city), IntColumn.create("score", new int[] {score}));
    }

    /** The groups in another order than the table's columns. */
    private static ColumnTransformer scoreThenAge() {
        return new ColumnTransformer()
                .add("scaled", List.of("score"), new MinMaxScaler())
                .add("filled", List.of("age"), new SimpleImputer());
    }

    @Test
    void passthroughListsTheUnnamedColumnsInTableOrder() {
        ColumnTransformerModel model = scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table());
        assertEquals(List.of("id", "city"), model.passthrough());
        assertThrows(UnsupportedOperationException.class, () -> model.passthrough().add("age"));
        assertEquals(List.of(), scoreThenAge().fit(table()).passthrough(), "empty when the remainder is dropped");
    }

    @Test
    void theOutputHoldsTheGroupsInGroupOrderThenThePassedThroughColumns() {
        Table out = scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table()).transform(table());
        assertEquals("people", out.name());
        assertEquals(List.of("score", "age", "id", "city"), out.columnNames());
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.INTEGER, ColumnType.STRING),
                out.columns().stream().map(column -> column.type()).toList());
        assertEquals(List.of("a", "b", "", "a"), out.stringColumn("city").asList());
    }

    @Test
    void featureNamesOutAreTheOutputNamesWithoutATable() {
        ColumnTransformerModel model = new ColumnTransformer()
                .add("indicators", List.of("age", "score"), new MissingIndicator().features(MissingIndicator.Features.ALL))
                .add("encoded", List.of("city"), new OneHotEncoder())
                .remainder(Remainder.PASSTHROUGH).fit(table());
        List<String> expected = model.transform(table()).columnNames();
        assertEquals(List.of("age_missing", "score_missing", "city_a", "city_b", "id"), expected);
        assertEquals(expected, model.featureNamesOut());
        assertEquals(expected, model.featureNamesOut(List.of("score", "city", "age", "id")), "any input order");
        assertRejected(() -> model.featureNamesOut(List.of("age")), "the fitted columns");
    }

    @Test
    void verboseFeatureNamesOutPrefixesEachColumnByItsGroupAsScikitLearn() {
        ColumnTransformer verbose = scoreThenAge().add("kept", List.of("age")).remainder(Remainder.PASSTHROUGH)
                .verboseFeatureNamesOut(true);
        Table input = table();
        Table before = input.copy();
        ColumnTransformerModel model = verbose.fit(input);
        Table out = model.transform(input);
        List<String> expected = List.of("scaled__score", "filled__age", "kept__age", "remainder__id",
                "remainder__city");
        assertEquals(expected, out.columnNames());
        assertEquals(expected, model.featureNamesOut());
        assertTableIdentical(before, input);
        assertEquals(List.of("a", "b", "", "a"), out.stringColumn("remainder__city").asList());
        assertEquals(false, new ColumnTransformer().verboseFeatureNamesOut(), "ours keeps the names by default");
        assertRejected(() -> scoreThenAge().add("again", List.of("age")).fit(table()).featureNamesOut(),
                "'age' comes out of both 'filled' and 'again'");
    }

    @Test
    void rowsNotSeenAtFitGetTheFittedStatistics() {
        // score: 30 / 40 = 0.75; age: the gap gets the fitted mean 40
        Table out = scoreThenAge().fit(table()).transform(row(9, NaN, "z", 30));
        assertEquals(List.of("score", "age"), out.columnNames());
        assertArrayEquals(new double[] {0.75}, out.doubleColumn("score").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {40}, out.doubleColumn("age").asDoubleArray());
    }

    @Test
    void aGroupWithoutTransformersGivesCopiesOfItsColumns() {
        Table input = table();
        Table out = new ColumnTransformer().add("raw", List.of("age", "id")).fit(input).transform(input);
        assertEquals(List.of("age", "id"), out.columnNames());
        out.doubleColumn("age").set(0, -1.0);
        assertEquals(20, input.doubleColumn("age").get(0), "changing the output leaves the input alone");
    }

    @Test
    void aSecondCallGivesTheSameTable() {
        ColumnTransformerModel model = scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table());
        assertEquals(model.transform(table()).printAll(), model.transform(table()).printAll());
    }

    @Test
    void transformLeavesTheInputAlone() {
        assertInputUnchanged(row(5, NaN, "", 50), scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table())::transform);
    }

    @Test
    void aChainThatChangesTheRowCountFailsNamingTheGroup() {
        Transformer<TransformerModel> firstRow = fitted -> LambdaModels.transformer(rows -> rows.first(1));
        ColumnTransformerModel model = new ColumnTransformer().add("head", List.of("age"), firstRow).fit(table());
        assertRejected(() -> model.transform(table()), "ColumnTransformerModel: group 'head' returned 1 rows for 4");
    }

    @Test
    void aGroupOutputClashingWithAPassedThroughColumnFailsNamingBoth() {
        // the indicator of age is called age_missing, like a column the table already has
        Table clash = table().addColumns(DoubleColumn.create("age_missing", new double[4]));
        ColumnTransformerModel model = new ColumnTransformer().add("flags", List.of("age"), new MissingIndicator())
                .remainder(Remainder.PASSTHROUGH).fit(clash);
        assertRejected(() -> model.transform(clash), "column 'age_missing' comes out of both 'flags' and 'remainder'");
    }

    @Test
    void aGroupWithNoOutputColumnAddsNothing() {
        // sklearn: ColumnTransformer([("raw", "passthrough", [0]), ("flags", MissingIndicator(), [1])])
        // .fit_transform([[1, 10], [2, 20], [3, 30]]) = [[1], [2], [3]]
        Table full = Table.create("t", DoubleColumn.create("a", 1, 2, 3), DoubleColumn.create("b", 10, 20, 30));
        Table out = new ColumnTransformer().add("raw", List.of("a")).add("flags", List.of("b"), new MissingIndicator())
                .fitTransform(full);
        assertEquals(List.of("a"), out.columnNames());
        assertArrayEquals(new double[] {1, 2, 3}, out.doubleColumn("a").asDoubleArray());
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingItEvenWhenTheRemainderIsDropped() {
        ColumnTransformerModel model = scoreThenAge().fit(table());
        assertRejected(() -> model.transform(table().removeColumns("city")),
                "ColumnTransformerModel: the table does not match", "column 'city' is missing");
        assertRejected(() -> model.transform(table().addColumns(IntColumn.create("rank", 1, 2, 3, 4))),
                "column 'rank' was not seen at fit");
        assertRejected(() -> model.transform(table().replaceColumn("city", IntColumn.create("city", 1, 2, 3, 4))),
                "column 'city' was STRING at fit, found INTEGER");
    }

    @Test
    void groupsGiveTheirColumnsAndFittedChains() {
        ColumnTransformerModel model = scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table());
        assertEquals(List.of("scaled", "filled"), model.groups().stream().map(ColumnTransformerModel.FittedGroup::name).toList());
        assertEquals(List.of("age"), model.groups().get(1).columns());
        assertInstanceOf(SimpleImputerModel.class, model.groups().get(1).chain().get(0));
        assertEquals(Schema.of(table()), model.schema());
        assertEquals(scoreThenAge().remainder(Remainder.PASSTHROUGH), model.estimator());
    }

    @Test
    void ofRebuildsTheFittedModelFromItsChains() {
        ColumnTransformerModel model = scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table());
        List<List<TransformerModel>> chains = model.groups().stream().map(ColumnTransformerModel.FittedGroup::chain).toList();
        ColumnTransformerModel rebuilt = ColumnTransformerModel.of(model.estimator(), model.schema(), chains);
        assertTableIdentical(model.transform(row(5, NaN, "z", 30)), rebuilt.transform(row(5, NaN, "z", 30)));
        assertEquals(model.passthrough(), rebuilt.passthrough());
    }

    @Test
    void ofRejectsChainsThatDoNotMatchTheGroups() {
        ColumnTransformerModel model = scoreThenAge().fit(table());
        List<TransformerModel> scaled = model.groups().get(0).chain();
        assertRejected(() -> ColumnTransformerModel.of(scoreThenAge(), model.schema(), List.of(scaled)),
                "ColumnTransformerModel: 2 groups but 1 fitted chains");
        assertRejected(() -> ColumnTransformerModel.of(scoreThenAge(), model.schema(), List.of(scaled, List.of())),
                "group 'filled' has 1 transformers but 0 fitted ones");
        assertRejected(() -> ColumnTransformerModel.of(scoreThenAge(), Schema.of(table().removeColumns("age")),
                List.of(scaled, scaled)), "group 'filled' names column 'age', which is not among the fitted columns");
        assertRejected(() -> ColumnTransformerModel.of(scoreThenAge(), model.schema(), Arrays.asList(scaled, null)),
                "chain of group 'filled' must not be null");
    }

    @Test
    void itPrintsEachGroupWithItsChainAndThePassthrough() {
        assertEquals("ColumnTransformerModel on [id, age, city, score]"
                + "\n  scaled [score]: MinMaxScalerModel on [score]: dataMin [0], dataMax [40]"
                + "\n  filled [age]: " + new SimpleImputer().fit(table().selectColumns("age"))
                + "\n  remainder [id, city]: passthrough",
                scoreThenAge().remainder(Remainder.PASSTHROUGH).fit(table()).toString());
    }
}
