package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.reference.ReferenceCase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CondensedNearestNeighbourTest {

    /** Minority m at 0 and 1; majority M at 5, 6, 7, 8, 8.5 and one at 0.6, inside the minority. */
    private static Table line() {
        return Table.create("line", DoubleColumn.create("x", 0, 5, 6, 1, 7, 0.6, 8, 8.5),
                StringColumn.create("y", "m", "M", "M", "m", "M", "M", "M", "M"));
    }

    @Test
    void keepsTheMinorityTheSeedAndTheRowsTheMinorityWouldTake() {
        for (long seed = 0; seed < 20; seed++) {
            int[] kept = new CondensedNearestNeighbour().seed(seed).sampleIndices(line(), "y");
            List<Integer> rows = Arrays.stream(kept).boxed().toList();
            assertTrue(rows.containsAll(List.of(0, 3, 5)), "minority and the row at 0.6: " + rows);
            // one row of 5..8.5 is enough for the others: the seed, or 5 if the seed is 0.6
            assertEquals(4, rows.size(), rows.toString());
        }
    }

    @Test
    void theSeedDecidesAndTheThreadsDoNot() {
        Table wine = ReferenceCase.of("resample/cnn_wine").input();
        CondensedNearestNeighbour sampler = new CondensedNearestNeighbour().nJobs(1);
        int[] one = sampler.seed(3).sampleIndices(wine, "cultivar");
        assertArrayEquals(one, sampler.seed(3).nJobs(2).sampleIndices(wine, "cultivar"));
        assertFalse(Arrays.equals(one, sampler.seed(4).sampleIndices(wine, "cultivar")));
    }

    @Test
    void parametersAndInputsAreChecked() {
        assertEquals("CondensedNearestNeighbour: nSeedsS must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new CondensedNearestNeighbour().nSeedsS(0))
                        .getMessage());
        assertEquals("CondensedNearestNeighbour: class 'M' has 6 row(s), too few for nSeedsS = 7; lower nSeedsS to"
                + " at most 6", assertThrows(IllegalArgumentException.class,
                () -> new CondensedNearestNeighbour().nSeedsS(7).sampleIndices(line(), "y")).getMessage());
        assertEquals("CondensedNearestNeighbour: the minority and the 1 seed(s) of class 'M' are 3 row(s), too few"
                + " for nNeighbors = 4; lower nNeighbors to at most 3", assertThrows(IllegalArgumentException.class,
                () -> new CondensedNearestNeighbour().nNeighbors(4).sampleIndices(line(), "y")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CondensedNearestNeighbour()
                .samplingStrategy(SamplingStrategy.ratio(0.5)).sampleIndices(line(), "y"));
    }

    static Stream<ReferenceCase> cases() {
        return ReferenceCase.all("resample").stream().filter(c -> c.id().startsWith("resample/cnn_"));
    }

    /**
     * On each case, for seeds 0..19: every minority row is kept; every removed row of a condensed class is classified
     * correctly by a 1-NN over the minority and the kept rows of its class; and the mean class counts are within 15 %
     * (or 3 rows) of imbalanced-learn 0.10.0's over its seeds 0..19 (generate_prototypes.py).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void followsTheRuleWithImbalancedLearnsCounts(ReferenceCase reference) {
        String target = (String) reference.params().get("target");
        Table data = reference.input();
        ClassRows classes = ClassRows.of(data, target, "test");
        FeatureMatrix features = NumericFeatures.of(data, target, List.of(), "test", "");
        int minority = classes.minority();
        double[] counts = new double[classes.names().size()];
        int seeds = 20;
        for (long seed = 0; seed < seeds; seed++) {
            int[] kept = new CondensedNearestNeighbour().seed(seed).sampleIndices(data, target);
            boolean[] isKept = new boolean[data.rowCount()];
            Arrays.stream(kept).forEach(i -> isKept[i] = true);
            assertTrue(Arrays.stream(classes.members(minority)).allMatch(i -> isKept[i]), "the minority stays");
            for (int c = 0; c < counts.length; c++) {
                int[] members = classes.members(c);
                counts[c] += Arrays.stream(members).filter(i -> isKept[i]).count();
                if (c != minority) {
                    assertCondensed(features, classes.members(minority), members, isKept);
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Double> expected = (Map<String, Double>) ((Map<String, Object>) reference.expectedJson())
                .get("mean_counts");
        for (int c = 0; c < counts.length; c++) {
            double mean = counts[c] / seeds;
            double theirs = expected.get(classes.names().get(c));
            assertTrue(Math.abs(mean - theirs) <= Math.max(3, 0.15 * theirs),
                    classes.names().get(c) + ": " + mean + " rows on average, imbalanced-learn " + theirs);
        }
    }

    /** Every removed row of {@code members} has as nearest among the minority and the kept members one of its own. */
    private static void assertCondensed(FeatureMatrix features, int[] minority, int[] members, boolean[] isKept) {
        int[] store = IntStream.concat(Arrays.stream(minority), Arrays.stream(members).filter(i -> isKept[i]))
                .toArray();
        int[] removed = Arrays.stream(members).filter(i -> !isKept[i]).toArray();
        int[][] nearest = Neighbourhood.search(features.values(), features.columns(), store, removed, 1, 1)
                .indices();
        for (int q = 0; q < removed.length; q++) {
            assertTrue(nearest[q][0] >= minority.length, "row " + removed[q] + " would be misclassified");
        }
    }
}
