package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.reference.ReferenceCase;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class OneSidedSelectionTest {

    /** Class {@code majority} at 0, 1, 2, 3, 4, 5 (rows 0 to 5), class {@code minority} at 4.6 and 10 (rows 6, 7). */
    private static Table line(String majority, String minority) {
        return Table.create("line", DoubleColumn.create("x", 0, 1, 2, 3, 4, 5, 4.6, 10), StringColumn.create("label",
                majority, majority, majority, majority, majority, majority, minority, minority));
    }

    @Test
    void keepsTheSeedsAndTheMisclassifiedThenRemovesTomekLinks() {
        // C = {4.6, 10, 0}: 1 and 2 are nearer 0, so removed; 3, 4, 5 nearer 4.6, so kept; then 5 and 4.6 are linked
        assertArrayEquals(new int[] {0, 3, 4, 6, 7}, new OneSidedSelection()
                .sampleIndices(line("a", "b"), "label", Map.of("a", new int[] {0})));
    }

    @Test
    void votesAmongMoreNeighboursWithEqualDistancesToTheMinorityFirst() {
        // C = {4.6, 10, 0, 1}, 3 neighbours: 5's are 4.6, 1 and, of 10 and 0 (both at 5), 10: two votes for b
        assertArrayEquals(new int[] {0, 1, 6, 7}, new OneSidedSelection().nNeighbors(3)
                .sampleIndices(line("a", "b"), "label", Map.of("a", new int[] {0, 1})));
    }

    @Test
    void aTiedVoteGoesToTheFirstClass() {
        // 2 neighbours: 3, 4 and 5 have one of each class; the first class wins, the majority a or the minority a
        Map<String, int[]> seeds = Map.of("a", new int[] {0, 1}, "b", new int[] {0, 1});
        assertArrayEquals(new int[] {0, 1, 6, 7}, new OneSidedSelection().nNeighbors(2)
                .sampleIndices(line("a", "b"), "label", seeds));
        assertArrayEquals(new int[] {0, 1, 3, 4, 6, 7}, new OneSidedSelection().nNeighbors(2)
                .sampleIndices(line("b", "a"), "label", seeds));
    }

    @Test
    void aCleanedMinorityKeepsOnlyItsSeeds() {
        // the minority's other rows find themselves in C, so are classified correctly and removed
        assertArrayEquals(new int[] {0, 3, 4, 5, 7}, new OneSidedSelection().samplingStrategy(SamplingStrategy.ALL)
                .sampleIndices(line("a", "b"), "label", Map.of("a", new int[] {0}, "b", new int[] {7})));
    }

    @Test
    void aClassWithNoMoreRowsThanSeedsIsKeptBeforeTheTomekStep() {
        Table data = line("a", "b");
        int[] kept = new OneSidedSelection().nSeedsS(6).sampleIndices(data, "label");
        assertArrayEquals(new TomekLinks().sampleIndices(data, "label"), kept);
    }

    /**
     * On two classes with the default strategy, for seeds 0 to 4: the minority is kept entirely; every removed row is
     * nearer a kept row of its class than any minority row (a 1-NN on what is kept calls it right: true where its
     * seed survives the Tomek step, which these seeds do), or it and its nearest row among the kept ones and itself,
     * of the minority, are each other's nearest (a Tomek link). The seed decides; the threads do not.
     */
    @Test
    void lawOnBreastCancer() {
        Table data = ReferenceCase.of("resample/oss_cancer_std_defaults").input();
        FeatureMatrix x = FeatureMatrix.of(data.copy().removeColumns("diagnosis"), "test");
        boolean[] malignant = new boolean[data.rowCount()];
        IntStream.range(0, malignant.length).forEach(i -> malignant[i] = data.stringColumn("diagnosis").get(i)
                .equals("malignant"));
        Set<List<Integer>> results = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            int[] kept = new OneSidedSelection().seed(seed).nJobs(1).sampleIndices(data, "diagnosis");
            assertArrayEquals(kept, new OneSidedSelection().seed(seed).nJobs(2).sampleIndices(data, "diagnosis"));
            results.add(Arrays.stream(kept).boxed().toList());
            boolean[] in = new boolean[malignant.length];
            IntStream.of(kept).forEach(i -> in[i] = true);
            for (int r = 0; r < malignant.length; r++) {
                assertTrue(in[r] || !malignant[r], "minority row " + r + " removed");
                if (!in[r]) {
                    int nearest = nearest(x, r, in);
                    boolean classified = !malignant[nearest];
                    boolean linked = malignant[nearest] && nearestOrSelf(x, nearest, in, r) == r;
                    assertTrue(classified || linked, "seed " + seed + ": row " + r + " removed for no reason");
                }
            }
        }
        assertTrue(results.size() > 1, "the seed decides which rows are kept");
    }

    /** The nearest kept row to row {@code r}. */
    private static int nearest(FeatureMatrix x, int r, boolean[] kept) {
        return nearestOrSelf(x, r, kept, -1);
    }

    /** The nearest to row {@code r} of the kept rows and row {@code extra}, {@code r} itself left out. */
    private static int nearestOrSelf(FeatureMatrix x, int r, boolean[] kept, int extra) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.rows(); i++) {
            if (i != r && (kept[i] || i == extra)) {
                double d = 0;
                for (int j = 0; j < x.columns(); j++) {
                    d += (x.get(r, j) - x.get(i, j)) * (x.get(r, j) - x.get(i, j));
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best;
    }

    @Test
    void keepsTheOtherColumnsAndTheInput() {
        Table data = line("a", "b");
        Table resampled = new OneSidedSelection().fitResample(data, "label");
        assertEquals(8, data.rowCount());
        assertEquals(List.of("x", "label"), resampled.columnNames());
        assertEquals(2, resampled.stringColumn("label").countOccurrences("b"));
    }

    @Test
    void refusesBadParametersAndInput() {
        assertThrows(IllegalArgumentException.class, () -> new OneSidedSelection().nNeighbors(0));
        assertThrows(IllegalArgumentException.class, () -> new OneSidedSelection().nSeedsS(0));
        assertThrows(IllegalArgumentException.class, () -> new OneSidedSelection().nJobs(0));
        assertThrows(IllegalArgumentException.class, () -> new OneSidedSelection().samplingStrategy(null));
        Exception counts = assertThrows(IllegalArgumentException.class, () -> new OneSidedSelection()
                .samplingStrategy(SamplingStrategy.counts(Map.of("a", 2))).sampleIndices(line("a", "b"), "label"));
        assertTrue(counts.getMessage().contains("OneSidedSelection"), counts.getMessage());
        Exception tooFew = assertThrows(IllegalArgumentException.class,
                () -> new OneSidedSelection().nNeighbors(4).sampleIndices(line("a", "b"), "label"));
        assertTrue(tooFew.getMessage().contains("at most 3"), tooFew.getMessage());
        Table text = line("a", "b").addColumns(StringColumn.create("colour", "r", "g", "b", "r", "g", "b", "r", "g"));
        Exception notNumeric = assertThrows(IllegalArgumentException.class,
                () -> new OneSidedSelection().sampleIndices(text, "label"));
        assertTrue(notNumeric.getMessage().contains("'colour'"), notNumeric.getMessage());
        Exception noSeeds = assertThrows(IllegalArgumentException.class,
                () -> new OneSidedSelection().sampleIndices(line("a", "b"), "label", Map.of()));
        assertTrue(noSeeds.getMessage().contains("'a'"), noSeeds.getMessage());
    }
}
