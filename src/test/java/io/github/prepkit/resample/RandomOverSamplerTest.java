package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RandomOverSamplerTest {

    /** 6 rows of class "a" and 2 of class "b"; the id tells the rows apart. */
    private static Table data() {
        return Table.create("d", IntColumn.create("id", IntStream.range(0, 8).toArray()),
                StringColumn.create("label", "a", "a", "b", "a", "a", "a", "b", "a"));
    }

    @Test
    void copiesMinorityRowsAfterTheOriginals() {
        Table resampled = new RandomOverSampler().fitResample(data(), "label");
        assertEquals(12, resampled.rowCount());
        assertEquals(data().intColumn("id").asList(), resampled.intColumn("id").asList().subList(0, 8), "originals first");
        for (int row = 8; row < 12; row++) {
            assertEquals("b", resampled.stringColumn("label").get(row));
            assertTrue(List.of(2, 6).contains(resampled.intColumn("id").getInt(row)), "a copy of a b row");
        }
    }

    @Test
    void theSeedDecidesWhichRowsAreCopied() {
        Table data = Table.create("d", IntColumn.create("id", IntStream.range(0, 40).toArray()),
                IntColumn.create("y", IntStream.range(0, 40).map(i -> i < 30 ? 0 : 1).toArray()));
        List<Integer> one = new RandomOverSampler().seed(1).fitResample(data, "y").intColumn("id").asList();
        assertEquals(one, new RandomOverSampler().seed(1).fitResample(data, "y").intColumn("id").asList());
        assertTrue(!one.equals(new RandomOverSampler().seed(2).fitResample(data, "y").intColumn("id").asList()));
    }

    @Test
    void countsStrategyAndUntouchedInput() {
        Table data = data();
        Table resampled = new RandomOverSampler().samplingStrategy(SamplingStrategy.counts(Map.of("b", 3))).fitResample(data, "label");
        assertEquals(9, resampled.rowCount());
        assertEquals(8, data.rowCount());
    }

    @Test
    void badTargetFailsClearly() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().fitResample(data(), "class"))
                .getMessage().contains("column 'class' not found"));
        Table gap = Table.create("d", StringColumn.create("label", "a", "", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().fitResample(gap, "label"))
                .getMessage().startsWith("RandomOverSampler: target column 'label' has 1 missing value(s)"));
        assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().samplingStrategy(null));
    }

    @Test
    void aSingleClassOrAContinuousTargetIsRefusedAsImbalancedLearnRefusesIt() {
        Table one = Table.create("d", IntColumn.create("x", 1, 2, 3), StringColumn.create("label", "a", "a", "a"));
        assertEquals("RandomOverSampler: the target 'label' has a single class ('a'): there is nothing to balance"
                + " (imbalanced-learn fails too)", assertThrows(IllegalArgumentException.class,
                () -> new RandomOverSampler().fitResample(one, "label")).getMessage());
        Table continuous = Table.create("d", IntColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 0.5, 1, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().fitResample(continuous, "y"))
                .getMessage().startsWith("RandomOverSampler: target column 'y' holds continuous values (0.5 at row 0)"));
    }
}
