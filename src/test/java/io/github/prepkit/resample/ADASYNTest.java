package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.ReferenceCase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ADASYNTest {

    /**
     * imbalanced-learn 0.10's ADASYN (generate_oversampling.py): the same class counts, the same number of new rows
     * from each row, and each new row on a segment from its base row towards one of the base's nNeighbors nearest
     * rows of its class (our new rows come base row by base row, as imbalanced-learn's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"adasyn_wine", "adasyn_breast_cancer", "adasyn_grid"})
    void matchesImbalancedLearnsCountsPerClassAndPerRow(String name) {
        ReferenceCase reference = ReferenceCase.of("resample/" + name);
        Table input = reference.input();
        String target = (String) reference.params().get("target");
        int k = ((Long) reference.params().get("n_neighbors")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        Table resampled = new ADASYN().nNeighbors(k).fitResample(input, target);
        Segments.assertClassCounts(resampled, target, expected.get("class_counts_after"));
        List<String> features = input.columnNames().stream().filter(c -> !c.equals(target)).toList();
        double[][] all = Segments.points(input, features, 0, input.rowCount());
        double[][] synthetic = Segments.points(resampled, features, input.rowCount(), resampled.rowCount());
        int next = 0;
        @SuppressWarnings("unchecked")
        Map<String, List<Long>> perRow = (Map<String, List<Long>>) expected.get("per_row_counts");
        for (String label : perRow.keySet().stream().sorted().toList()) {
            double[][] members = Segments.pick(all, Segments.rowsOf(input, target, label));
            int[][] neighbours = Segments.neighbours(members, k);
            List<Long> counts = perRow.get(label);
            for (int row = 0; row < members.length; row++) {
                for (int n = 0; n < counts.get(row); n++, next++) {
                    double[] point = synthetic[next];
                    assertEquals(label, resampled.column(target).getString(input.rowCount() + next));
                    assertTrue(Segments.onSomeSegment(point, new double[][] {members[row]}, members,
                            new int[][] {neighbours[row]}, 1), label + " row " + row + ": " + Arrays.toString(point));
                }
            }
        }
        assertEquals(synthetic.length, next);
    }

    @Test
    void countsRoundEachRowHalfToEvenAsImbalancedLearn() {
        // ratios 1/2, 1/2, 0, 1 normalise to 1/4, 1/4, 0, 1/2; times 2 rows: 0.5 -> 0, 0.5 -> 0, 0, 1 -> 1
        assertArrayEquals(new int[] {0, 0, 0, 1}, ADASYN.counts(new int[] {1, 1, 0, 2}, 2, 2, "b"));
        assertArrayEquals(new int[] {2, 2, 0, 4}, ADASYN.counts(new int[] {1, 1, 0, 2}, 2, 7, "b"));
        assertArrayEquals(new int[] {3, 1}, ADASYN.counts(new int[] {3, 1}, 5, 4, "b"));
        assertEquals("ADASYN: class 'b' would gain no row: its shortfall of 1 rounds to 0 for every row (imbalanced-learn"
                + " fails too): ask for more rows with the sampling strategy, or use SMOTE",
                assertThrows(IllegalArgumentException.class, () -> ADASYN.counts(new int[] {1, 1, 1, 1}, 3, 1, "b"))
                        .getMessage());
    }

    @Test
    void newRowsComeFromTheRowsAmongOtherClasses() {
        // class b: 0, 1, 2 far from class a, and 20 inside it; only 20 has neighbours of class a (and makes every row)
        Table data = Table.create("t", DoubleColumn.create("x", 0, 1, 2, 20, 19, 21, 22, 23, 24, 25, 26),
                StringColumn.create("label", "b", "b", "b", "b", "a", "a", "a", "a", "a", "a", "a"));
        Table resampled = new ADASYN().nNeighbors(2).seed(5).fitResample(data, "label");
        assertEquals(14, resampled.rowCount());
        for (int i = 11; i < 14; i++) {
            double x = resampled.doubleColumn("x").getDouble(i);
            assertEquals("b", resampled.stringColumn("label").get(i));
            assertTrue(x >= 1 && x <= 20, "between 20 and its same-class neighbours 2 and 1: " + x);
        }
    }

    @Test
    void aClassWithoutOtherClassNeighboursFailsAsInImbalancedLearn() {
        Table apart = Table.create("t", DoubleColumn.create("x", 0, 1, 2, 100, 101, 102, 103, 104),
                StringColumn.create("label", "b", "b", "b", "a", "a", "a", "a", "a"));
        assertEquals("ADASYN: no row of class 'b' has a neighbour of another class among its 2 nearest rows, so ADASYN"
                + " has no row to weight (imbalanced-learn fails too): use SMOTE, or raise nNeighbors",
                assertThrows(IllegalArgumentException.class,
                        () -> new ADASYN().nNeighbors(2).fitResample(apart, "label")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ADASYN().fitResample(apart, "label"))
                .getMessage().startsWith("ADASYN: class 'b' has 3 row(s), too few for nNeighbors = 5"));
    }

    @Test
    void theSeedDecidesAndTheThreadCountDoesNot() {
        Table cancer = Datasets.load("breast_cancer");
        double[] one = new ADASYN().seed(3).nJobs(1).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        double[] two = new ADASYN().seed(3).nJobs(2).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        double[] other = new ADASYN().seed(4).nJobs(2).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, other));
    }

    @Test
    void defaultsAndParametersAreImbalancedLearns() {
        ADASYN adasyn = new ADASYN();
        assertEquals(SamplingStrategy.AUTO, adasyn.samplingStrategy());
        assertEquals(5, adasyn.nNeighbors());
        assertEquals(0, adasyn.seed());
        assertEquals(-1, adasyn.nJobs());
        assertEquals(new ADASYN(SamplingStrategy.MINORITY, 7, 3, 2),
                adasyn.samplingStrategy(SamplingStrategy.MINORITY).seed(7).nNeighbors(3).nJobs(2));
        assertEquals("ADASYN: nNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new ADASYN().nNeighbors(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ADASYN().nJobs(0)).getMessage()
                .startsWith("ADASYN: nJobs"));
        Table strings = Table.create("s", StringColumn.create("c", "x", "y", "z"), StringColumn.create("label", "a", "a", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ADASYN().nNeighbors(1).fitResample(strings, "label"))
                .getMessage().startsWith("ADASYN: column 'c' is STRING, not numeric"));
    }
}
