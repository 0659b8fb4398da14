package io.github.prepkit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.impute.MissingIndicator;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.pipeline.ColumnTransformer.Remainder;
import io.github.prepkit.scale.StandardScaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ColumnTransformerTest {

    private static Table people() {
        return Table.create("people",
                DoubleColumn.create("age", 20, Double.NaN, 40, 60),
                StringColumn.create("city", "a", "", "b", "a"),
                IntColumn.create("id", 1, 2, 3, 4));
    }

    private static ColumnTransformer numericAndCategorical() {
        return new ColumnTransformer()
                .add("numeric", List.of("age"), new SimpleImputer().strategy(Strategy.MEDIAN), new StandardScaler())
                .add("categorical", List.of("city"), new SimpleImputer().strategy(Strategy.MOST_FREQUENT), new OneHotEncoder());
    }

    @Test
    void eachGroupGoesThroughItsOwnChainAndTheRemainderIsDropped() {
        // age: median 40 fills the gap, then mean 40, population std sqrt(200); city: "a" fills the gap, then dummies
        Table out = numericAndCategorical().fitTransform(people());
        assertEquals(List.of("age", "city_a", "city_b"), out.columnNames());
        double s = Math.sqrt(200);
        assertArrayEquals(new double[] {-20 / s, 0, 0, 20 / s}, out.doubleColumn("age").asDoubleArray(), 1e-12);
        assertEquals(List.of(1, 1, 0, 1), out.intColumn("city_a").asList());
        assertEquals(List.of(0, 0, 1, 0), out.intColumn("city_b").asList());
    }

    @Test
    void passthroughAppendsTheUnnamedColumnsAsTheyAre() {
        ColumnTransformerModel model = numericAndCategorical().remainder(Remainder.PASSTHROUGH).fit(people());
        assertEquals(List.of("id"), model.passthrough());
        Table out = model.transform(people());
        assertEquals(List.of("age", "city_a", "city_b", "id"), out.columnNames());
        assertEquals(List.of(1, 2, 3, 4), out.intColumn("id").asList());
        assertNotSame(people().column("id"), out.column("id"));
    }

    @Test
    void whatIsLearnedAtFitIsAppliedToNewRows() {
        ColumnTransformerModel model = numericAndCategorical().fit(people());
        Table later = Table.create("later", DoubleColumn.create("age", Double.NaN), StringColumn.create("city", ""),
                IntColumn.create("id", new int[] {9}));
        Table out = model.transform(later);
        assertEquals(0, out.doubleColumn("age").get(0), 1e-12, "the fitted median 40 is the fitted mean");
        assertEquals(1, out.intColumn("city_a").get(0), "the fitted most frequent city");
    }

    @Test
    void aGroupWithoutTransformersPassesItsColumnsAndAColumnMayServeTwoGroups() {
        Table out = new ColumnTransformer()
                .add("raw", List.of("age"))
                .add("flags", List.of("age"), new MissingIndicator())
                .fitTransform(people());
        assertEquals(List.of("age", "age_missing"), out.columnNames());
        assertTrue(out.doubleColumn("age").isMissing(1));
    }

    @Test
    void twoOutputsOfOneNameFailNamingBothGroups() {
        ColumnTransformer twice = new ColumnTransformer().add("first", List.of("age")).add("second", List.of("age", "id"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> twice.fitTransform(people()));
        assertTrue(e.getMessage().contains("column 'age' comes out of both 'first' and 'second'"), e.getMessage());
    }

    @Test
    void aTableOfAnotherSchemaFailsNamingTheColumn() {
        ColumnTransformerModel model = numericAndCategorical().fit(people());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.transform(people().removeColumns("id")));
        assertTrue(e.getMessage().contains("column 'id' is missing"), e.getMessage());
    }

    @Test
    void badGroupsFailNamingTheProblem() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new ColumnTransformer().add("g", List.of("height")).fit(people()));
        assertTrue(missing.getMessage().contains("group 'g'") && missing.getMessage().contains("'height' not found"),
                missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().fit(people()), "no group");
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().add("g", List.of()));
        IllegalArgumentException noChain = assertThrows(IllegalArgumentException.class,
                () -> new ColumnTransformer().add("g", List.of("age"), (Transformer<?>[]) null));
        assertEquals("ColumnTransformer group 'g' transformers must not be null", noChain.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ColumnTransformer().add("g", List.of("age")).add("g", List.of("id")));
        assertThrows(IllegalArgumentException.class, () -> new ColumnTransformer().remainder(null));
        assertThrows(IllegalArgumentException.class, () -> numericAndCategorical().fit(people().emptyCopy()));
    }

    @Test
    void theInputIsNotModifiedAndCopiesLeaveTheReceiverAlone() {
        Table input = people();
        String before = input.printAll();
        ColumnTransformer drop = numericAndCategorical();
        drop.remainder(Remainder.PASSTHROUGH).fitTransform(input);
        assertEquals(before, input.printAll());
        assertEquals(Remainder.DROP, drop.remainder());
        assertEquals(2, drop.groups().size());
    }
}
