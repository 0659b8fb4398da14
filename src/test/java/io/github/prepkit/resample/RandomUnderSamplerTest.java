package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class RandomUnderSamplerTest {

    /** 30 rows of class 0 and 10 of class 1, ids 0..39. */
    private static Table data() {
        return Table.create("d", IntColumn.create("id", IntStream.range(0, 40).toArray()),
                IntColumn.create("y", IntStream.range(0, 40).map(i -> i % 4 == 0 ? 1 : 0).toArray()));
    }

    @Test
    void keepsAsManyMajorityRowsAsTheMinorityHasInOriginalOrder() {
        Table resampled = new RandomUnderSampler().fitResample(data(), "y");
        assertEquals(20, resampled.rowCount());
        assertEquals(10, resampled.intColumn("y").asList().stream().filter(y -> y == 0).count());
        List<Integer> ids = resampled.intColumn("id").asList();
        assertEquals(ids.stream().sorted().toList(), ids, "kept rows keep their order");
        assertEquals(10, ids.stream().filter(id -> id % 4 == 0).count(), "every minority row is kept");
    }

    @Test
    void theSampleIndicesAreTheKeptRowsAscending() {
        int[] indices = new RandomUnderSampler().seed(4).sampleIndices(data(), "y");
        assertEquals(new RandomUnderSampler().seed(4).fitResample(data(), "y").intColumn("id").asList(),
                IntStream.of(indices).boxed().toList(), "row i has id i");
    }

    @Test
    void theSeedDecidesWhichRowsStay() {
        List<Integer> one = new RandomUnderSampler().seed(1).fitResample(data(), "y").intColumn("id").asList();
        assertEquals(one, new RandomUnderSampler().seed(1).fitResample(data(), "y").intColumn("id").asList());
        assertNotEquals(one, new RandomUnderSampler().seed(2).fitResample(data(), "y").intColumn("id").asList());
    }

    @Test
    void aRatioKeepsMinorityOverRatioMajorityRows() {
        Table resampled = new RandomUnderSampler().samplingStrategy(SamplingStrategy.ratio(0.5)).fitResample(data(), "y");
        assertEquals(30, resampled.rowCount(), "10 minority + 10 / 0.5 majority");
    }

    @Test
    void anUnderSamplerCannotAddRows() {
        assertThrows(IllegalArgumentException.class, () -> new RandomUnderSampler()
                .samplingStrategy(SamplingStrategy.counts(Map.of("1", 20))).fitResample(data(), "y"));
    }

    @Test
    void aSingleClassOrAContinuousTargetIsRefusedAsImbalancedLearnRefusesIt() {
        Table one = Table.create("d", IntColumn.create("x", 1, 2, 3), StringColumn.create("label", "a", "a", "a"));
        assertEquals("RandomUnderSampler: the target 'label' has a single class ('a'): there is nothing to balance"
                + " (imbalanced-learn fails too)", assertThrows(IllegalArgumentException.class,
                () -> new RandomUnderSampler().fitResample(one, "label")).getMessage());
        Table continuous = Table.create("d", IntColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 0.5, 1, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomUnderSampler().fitResample(continuous, "y"))
                .getMessage().startsWith("RandomUnderSampler: target column 'y' holds continuous values (0.5 at row 0)"));
    }
}
