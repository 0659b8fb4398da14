package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TomekLinksTest {

    /** a at 0, 1, 3, 5; b at 1.4 and 5.5: the links are (1, 1.4) and (5, 5.5); 3's nearest is 1.4, not mutual. */
    private static Table links() {
        return Table.create("links", DoubleColumn.create("x", 0, 1, 1.4, 3, 5, 5.5),
                StringColumn.create("label", "a", "a", "b", "a", "a", "b"));
    }

    @Test
    void removesTheCleanedRowOfEachLink() {
        assertArrayEquals(new int[] {0, 2, 3, 5}, new TomekLinks().sampleIndices(links(), "label"));
        assertArrayEquals(new int[] {0, 3}, new TomekLinks().samplingStrategy(SamplingStrategy.ALL)
                .sampleIndices(links(), "label"));
    }

    @Test
    void keepsTheOtherColumnsAndTheInput() {
        Table data = links();
        Table resampled = new TomekLinks().fitResample(data, "label");
        assertEquals(4, resampled.rowCount());
        assertEquals(6, data.rowCount());
        assertArrayEquals(new double[] {0, 1.4, 3, 5.5}, resampled.doubleColumn("x").asDoubleArray());
    }

    @Test
    void sameRowsOnAnyThreads() {
        Table data = CleaningTables.line();
        assertArrayEquals(new TomekLinks().nJobs(1).sampleIndices(data, "label"),
                new TomekLinks().nJobs(2).sampleIndices(data, "label"));
    }

    @Test
    void refusesCountsAndText() {
        Exception counts = assertThrows(IllegalArgumentException.class, () -> new TomekLinks()
                .samplingStrategy(SamplingStrategy.counts(Map.of("a", 2))).sampleIndices(links(), "label"));
        assertTrue(counts.getMessage().contains("TomekLinks"), counts.getMessage());
        Table text = links().addColumns(StringColumn.create("colour", "r", "g", "b", "r", "g", "b"));
        Exception notNumeric = assertThrows(IllegalArgumentException.class,
                () -> new TomekLinks().sampleIndices(text, "label"));
        assertTrue(notNumeric.getMessage().contains("'colour'"), notNumeric.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TomekLinks().nJobs(0));
    }
}
