package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** SelectPercentile's threshold and its tie rule, on scores given directly to the model's factory. */
class SelectPercentileTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");

    private static Table table() {
        Table table = Table.create("t");
        for (String name : NAMES) {
            table.addColumns(DoubleColumn.create(name, 1, 2, 3, 4));
        }
        return table;
    }

    private static boolean[] support(double percentile, double... scores) {
        return SelectPercentileModel.of(new SelectPercentile().percentile(percentile), Schema.of(table()),
                new Scores(NAMES, scores, new double[0])).support();
    }

    @Test
    void keepsTheScoresAboveThePercentile() {
        assertArrayEquals(new boolean[] {false, true, false, true, false}, support(40, 1, 5, 2, 4, 3));
        assertArrayEquals(new boolean[] {true, true, true, true, true}, support(100, 1, 5, 2, 4, 3));
        assertArrayEquals(new boolean[] {false, false, false, false, false}, support(0, 1, 5, 2, 4, 3));
    }

    @Test
    void tiesAtTheThresholdAreKeptFirstOnesFirstUpToTheCount() {
        // threshold 2 (the 60th percentile of 1, 2, 2, 2, 3); int(5 * 0.4) = 2 columns: 3, then the first tie
        assertArrayEquals(new boolean[] {false, true, false, true, false}, support(40, 1, 2, 2, 3, 2));
    }

    @Test
    void nanScoresCountAsTheLowest() {
        assertArrayEquals(new boolean[] {false, true, false, false, false},
                support(20, Double.NaN, 7, 0, Double.NaN, 1));
    }

    @Test
    void thePercentileIsChecked() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SelectPercentile().percentile(-1))
                .getMessage().contains("percentile"));
        assertEquals(10, new SelectPercentile().percentile());
        assertEquals(ScoreFunction.CHI2, new SelectPercentile().scoreFunc(ScoreFunction.CHI2).scoreFunc());
    }

    @Test
    void fitsOnATargetAndDropsTheRest() {
        Table table = table();
        table.replaceColumn("c", DoubleColumn.create("c", 1, 2, 8, 9));
        SelectPercentileModel model = new SelectPercentile().percentile(20).columns("a", "c").fit(table,
                tech.tablesaw.api.StringColumn.create("y", "x", "x", "z", "z"));
        assertEquals(List.of("c"), model.selected());
        assertEquals(List.of("b", "c", "d", "e"), model.transform(table).columnNames());
    }
}
