package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NearMissTest {

    /**
     * Minority m at 0 and 1 on a line; majority M at 0.5, 3, 10, 0.5 (a duplicate of row 1) and -4. Mean distance to
     * the nearest minority rows (k = 2): 0.5 -> 1, 3 -> 5, 10 -> 19, -4 -> 9.
     */
    private static Table line() {
        return Table.create("line", DoubleColumn.create("x", 0, 0.5, 3, 10, 1, 0.5, -4),
                StringColumn.create("y", "m", "M", "M", "M", "m", "M", "M"));
    }

    @Test
    void versionOneKeepsTheRowsNearestTheMinorityTiesByRowOrder() {
        assertArrayEquals(new int[] {0, 1, 4, 5}, new NearMiss().nNeighbors(2).sampleIndices(line(), "y"));
        NearMiss three = new NearMiss().nNeighbors(2).samplingStrategy(SamplingStrategy.counts(Map.of("M", 3)));
        assertArrayEquals(new int[] {0, 1, 2, 4, 5}, three.sampleIndices(line(), "y"));
        NearMiss one = new NearMiss().nNeighbors(2).samplingStrategy(SamplingStrategy.counts(Map.of("M", 1)));
        assertArrayEquals(new int[] {0, 1, 4}, one.sampleIndices(line(), "y"), "the first of the tied rows 1 and 5");
    }

    @Test
    void versionTwoScoresOnTheFarthestMinorityRows() {
        // k = 1 farthest minority row: 0.5 -> 0.5, 3 -> 3, 10 -> 10, -4 -> 5
        NearMiss two = new NearMiss().version(2).nNeighbors(1).samplingStrategy(SamplingStrategy.counts(Map.of("M", 3)));
        assertArrayEquals(new int[] {0, 1, 2, 4, 5}, two.sampleIndices(line(), "y"));
    }

    @Test
    void versionThreeKeepsTheFarthestAmongTheCandidatesNearTheMinority() {
        // candidates: the nearest majority row of each minority row, 0.5 (row 1) for both; one candidate only
        NearMiss three = new NearMiss().version(3).nNeighbors(2).nNeighborsVer3(1);
        assertArrayEquals(new int[] {0, 1, 4}, three.sampleIndices(line(), "y"), "fewer rows than the target");
        // candidates with 2 each: rows 1 and 5 (both at 0.5); the largest score wins, ties by row order
        assertArrayEquals(new int[] {0, 1, 4, 5}, three.nNeighborsVer3(2).sampleIndices(line(), "y"));
    }

    @Test
    void theOtherColumnsComeAlongAndTheInputIsUnchanged() {
        Table data = line();
        Table resampled = new NearMiss().nNeighbors(2).fitResample(data, "y");
        assertEquals(List.of(0.0, 0.5, 1.0, 0.5), resampled.doubleColumn("x").asList());
        assertEquals(7, data.rowCount());
    }

    @Test
    void parametersAndInputsAreChecked() {
        assertEquals("NearMiss: version must be 1, 2 or 3, found 4",
                assertThrows(IllegalArgumentException.class, () -> new NearMiss().version(4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NearMiss().nNeighborsVer3(0));
        assertEquals("NearMiss: class 'm' has 2 row(s), too few for nNeighbors = 3; lower nNeighbors to at most 2",
                assertThrows(IllegalArgumentException.class, () -> new NearMiss().sampleIndices(line(), "y"))
                        .getMessage());
        Table text = line().addColumns(StringColumn.create("s", "a", "b", "c", "d", "e", "f", "g"));
        assertThrows(IllegalArgumentException.class, () -> new NearMiss().nNeighbors(1).sampleIndices(text, "y"));
    }

    @Test
    void theThreadsDoNotChangeTheRows() {
        ReferenceCase wine = ReferenceCase.of("resample/nearmiss_wine_v3");
        assertArrayEquals(new NearMiss().version(3).nJobs(1).sampleIndices(wine.input(), "cultivar"),
                new NearMiss().version(3).nJobs(2).sampleIndices(wine.input(), "cultivar"));
    }

    static Stream<ReferenceCase> cases() {
        return ReferenceCase.all("resample").stream().filter(c -> c.id().startsWith("resample/nearmiss_"));
    }

    /** imbalanced-learn 0.10.0's NearMiss keeps exactly these rows (generate_prototypes.py). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheRowsImbalancedLearnKeeps(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        NearMiss sampler = new NearMiss().version(((Long) params.get("version")).intValue())
                .nNeighbors(((Long) params.get("n_neighbors")).intValue())
                .nNeighborsVer3(((Long) params.get("n_neighbors_ver3")).intValue());
        @SuppressWarnings("unchecked")
        List<Long> expected = (List<Long>) ((Map<String, Object>) reference.expectedJson()).get("sample_indices");
        assertArrayEquals(expected.stream().mapToInt(Long::intValue).toArray(),
                sampler.sampleIndices(reference.input(), (String) params.get("target")));
    }
}
