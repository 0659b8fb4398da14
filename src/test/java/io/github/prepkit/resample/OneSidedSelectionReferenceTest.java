package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OneSidedSelection} against imbalanced-learn 0.10.0 (cases written by
 * {@code src/test/resources/reference/generate_one_sided.py}): given the seeds imbalanced-learn was made to draw
 * ({@code seed_rows}), the rows kept are exactly its {@code sample_indices_}.
 */
class OneSidedSelectionReferenceTest {

    static Stream<ReferenceCase> cases() {
        return ReferenceCase.all("resample").stream().filter(c -> "OneSidedSelection".equals(c.params().get("class")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void keepsImbalancedLearnsRowsGivenItsSeeds(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Map<String, Object> p = (Map<String, Object>) params.get("params");
        OneSidedSelection sampler = new OneSidedSelection()
                .samplingStrategy(CleaningReferenceTest.strategy((String) p.getOrDefault("sampling_strategy", "auto")))
                .nNeighbors(((Number) p.getOrDefault("n_neighbors", 1L)).intValue())
                .nSeedsS(((Number) p.getOrDefault("n_seeds_S", 1L)).intValue());
        Map<String, int[]> seeds = new TreeMap<>();
        ((Map<String, List<Number>>) params.get("seed_rows")).forEach((name, rows) -> seeds.put(name,
                rows.stream().mapToInt(Number::intValue).toArray()));
        assertEquals(sampler.nSeedsS(), seeds.values().iterator().next().length);
        int[] expected = ((List<Number>) ((Map<String, Object>) reference.expectedJson()).get("sample_indices"))
                .stream().mapToInt(Number::intValue).toArray();
        assertArrayEquals(expected, sampler.sampleIndices(reference.input(), (String) params.get("target"), seeds),
                reference.id());
    }
}
