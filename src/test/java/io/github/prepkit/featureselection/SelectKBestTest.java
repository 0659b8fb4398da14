package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** SelectKBest's choice: ranking, ties, NaN scores, k at its bounds, and what passes through. */
class SelectKBestTest {

    private static final StringColumn Y = StringColumn.create("y", "a", "a", "b", "b");

    /** f_classif: constant NaN, flat 0, good and its copy tied, the label passes through. */
    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("constant", 2, 2, 2, 2),
                DoubleColumn.create("flat", 1, 2, 2, 1),
                DoubleColumn.create("good", 1, 2, 5, 6),
                StringColumn.create("label", "p", "q", "r", "s"),
                DoubleColumn.create("good_copy", 1, 2, 5, 6));
    }

    @Test
    void keepsTheBestAndOfATieTheLaterColumn() {
        SelectKBestModel model = new SelectKBest().k(1).fit(table(), Y);
        assertArrayEquals(new boolean[] {false, false, false, true}, model.support());
        assertEquals(List.of("good_copy"), model.selected());
        assertEquals(List.of("label", "good_copy"), model.transform(table()).columnNames());
    }

    @Test
    void aNanScoreRanksBelowZero() {
        SelectKBestModel model = new SelectKBest().k(3).fit(table(), Y);
        assertTrue(Double.isNaN(model.scores().scores()[0]));
        assertEquals(0, model.scores().scores()[1]);
        assertEquals(List.of("flat", "good", "good_copy"), model.selected());
    }

    @Test
    void kAllKeepsEveryColumnAndZeroNone() {
        assertEquals(table().columnNames(), new SelectKBest().kAll().fitTransform(table(), Y).columnNames());
        assertEquals(List.of("label"), new SelectKBest().k(0).fitTransform(table(), Y).columnNames());
        assertEquals(OptionalInt.empty(), new SelectKBest().kAll().k());
    }

    @Test
    void kBeyondTheColumnsFailsAsScikitLearn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SelectKBest().fit(table(),
                Y));
        assertTrue(e.getMessage().contains("k should be <= the number of scored columns, 4; got 10"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SelectKBest().k(-1)).getMessage()
                .contains("k must be"));
    }

    @Test
    void namedColumnsAreTheOnlyOnesScored() {
        SelectKBestModel model = new SelectKBest().columns("flat", "good").k(1).fit(table(), Y);
        assertEquals(List.of("flat", "good"), model.scores().columns());
        assertEquals(List.of("constant", "good", "label", "good_copy"), model.transform(table()).columnNames());
    }

    @Test
    void transformRefusesMissingValuesAsScikitLearn() {
        SelectKBestModel model = new SelectKBest().k(1).fit(table(), Y);
        Table gap = table();
        gap.doubleColumn("flat").setMissing(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.transform(gap));
        assertTrue(e.getMessage().contains("'flat'") && e.getMessage().contains("row 2"), e.getMessage());
    }

    @Test
    void theFactoryChecksTheScores() {
        Schema schema = Schema.of(table());
        SelectKBest selector = new SelectKBest().columns("good").k(1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelectKBestModel.of(selector, schema,
                new Scores(List.of("good"), new double[] {-1}, new double[] {0.5}))).getMessage().contains("'good'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SelectKBestModel.of(selector, schema,
                new Scores(List.of("flat"), new double[] {1}, new double[] {0.5}))).getMessage().contains("good"));
        SelectKBestModel model = SelectKBestModel.of(selector, schema, new Scores(List.of("good"), new double[] {3},
                new double[] {0.5}));
        assertEquals(selector, model.estimator());
        assertTrue(model.toString().startsWith("SelectKBestModel on [good]: scores [3]"), model.toString());
    }
}
