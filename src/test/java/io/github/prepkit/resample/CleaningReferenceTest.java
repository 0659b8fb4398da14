package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * The cleaning under-samplers and the SMOTE combinations against imbalanced-learn 0.10.0 (cases written by
 * {@code src/test/resources/reference/generate_cleaning.py}): the cleaners keep exactly the rows of its
 * {@code sample_indices_} (on the *_ties cases, where scikit-learn's tie order decides, those of its code run with a
 * stable neighbour search, equal distances to the earlier row); SMOTEENN and SMOTETomek, whose SMOTE draws differ from NumPy's, are ENN / Tomek links on
 * prepkit's own SMOTE output, with class counts near imbalanced-learn's range over its seeds.
 */
class CleaningReferenceTest {

    static Stream<ReferenceCase> cleaningCases() {
        return ReferenceCase.all("resample").stream().filter(CleaningReferenceTest::isCleaning);
    }

    static Stream<ReferenceCase> combinedCases() {
        return ReferenceCase.all("resample").stream().filter(c -> List.of("SMOTEENN", "SMOTETomek")
                .contains(c.params().get("class")));
    }

    private static boolean isCleaning(ReferenceCase reference) {
        return List.of("TomekLinks", "EditedNearestNeighbours", "RepeatedEditedNearestNeighbours", "AllKNN",
                "NeighbourhoodCleaningRule").contains(reference.params().get("class"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expected(ReferenceCase reference) {
        return (Map<String, Object>) reference.expectedJson();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleaningCases")
    void keepsImbalancedLearnsRows(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        assertTrue(params.get("order_invariant").equals(Boolean.TRUE)
                        || ((String) params.get("neighbour_search")).startsWith("stable"),
                "a case whose rows depend on scikit-learn's tie order is written with the stable search");
        String target = (String) params.get("target");
        int[] expected = ((List<?>) expected(reference).get("sample_indices")).stream()
                .mapToInt(value -> ((Number) value).intValue()).toArray();
        SelectingSampler sampler = sampler((String) params.get("class"), parameters(params));
        assertArrayEquals(expected, sampler.sampleIndices(reference.input(), target), reference.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinedCases")
    void combinationIsTheCleanerOnSmotesOutput(ReferenceCase reference) {
        String target = (String) reference.params().get("target");
        Table input = reference.input();
        boolean enn = reference.params().get("class").equals("SMOTEENN");
        for (long seed = 0; seed < 5; seed++) {
            Table smoted = new SMOTE().seed(seed).fitResample(input, target);
            Table expected = enn ? new EditedNearestNeighbours().samplingStrategy(SamplingStrategy.ALL)
                    .fitResample(smoted, target) : new TomekLinks().samplingStrategy(SamplingStrategy.ALL)
                    .fitResample(smoted, target);
            Sampler combined = enn ? new SMOTEENN().seed(seed) : new SMOTETomek().seed(seed);
            Table resampled = combined.fitResample(input, target);
            assertEquals(expected.toString(), resampled.toString());
            assertArrayEquals(expected.doubleColumn(0).asDoubleArray(), resampled.doubleColumn(0).asDoubleArray());
            assertCountsNear(reference, resampled, target);
        }
    }

    /**
     * Each class count within imbalanced-learn's range over random_state 0..20, widened on each side by that range's
     * width or 5 rows, whichever is more: SMOTE's new rows differ, so what ENN / Tomek removes does too.
     */
    @SuppressWarnings("unchecked")
    private static void assertCountsNear(ReferenceCase reference, Table resampled, String target) {
        Map<String, Object> min = (Map<String, Object>) expected(reference).get("class_counts_min");
        Map<String, Object> max = (Map<String, Object>) expected(reference).get("class_counts_max");
        for (String name : min.keySet()) {
            long low = ((Number) min.get(name)).longValue();
            long high = ((Number) max.get(name)).longValue();
            long slack = Math.max(5, high - low);
            long count = IntStream.range(0, resampled.rowCount())
                    .filter(row -> resampled.column(target).getString(row).equals(name)).count();
            assertTrue(count >= low - slack && count <= high + slack, reference.id() + ": class " + name + " has "
                    + count + " rows; imbalanced-learn's range is " + low + ".." + high);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(Map<String, Object> params) {
        return (Map<String, Object>) params.get("params");
    }

    private static SelectingSampler sampler(String name, Map<String, Object> p) {
        SamplingStrategy strategy = strategy((String) p.getOrDefault("sampling_strategy", "auto"));
        int k = ((Number) p.getOrDefault("n_neighbors", 3L)).intValue();
        KindSel kind = KindSel.valueOf(((String) p.getOrDefault("kind_sel", "all")).toUpperCase(Locale.ROOT));
        Map<String, Function<Map<String, Object>, SelectingSampler>> samplers = Map.of(
                "TomekLinks", q -> new TomekLinks().samplingStrategy(strategy),
                "EditedNearestNeighbours", q -> new EditedNearestNeighbours(strategy, k, kind, -1),
                "RepeatedEditedNearestNeighbours", q -> new RepeatedEditedNearestNeighbours(strategy, k,
                        ((Number) q.getOrDefault("max_iter", 100L)).intValue(), kind, -1),
                "AllKNN", q -> new AllKNN(strategy, k, kind, (Boolean) q.getOrDefault("allow_minority", false), -1),
                "NeighbourhoodCleaningRule", q -> new NeighbourhoodCleaningRule(strategy, k, kind,
                        ((Number) q.getOrDefault("threshold_cleaning", 0.5)).doubleValue(), -1));
        return samplers.get(name).apply(p);
    }

    static SamplingStrategy strategy(String name) {
        return switch (name) {
            case "auto" -> SamplingStrategy.AUTO;
            case "all" -> SamplingStrategy.ALL;
            case "majority" -> SamplingStrategy.MAJORITY;
            case "minority" -> SamplingStrategy.MINORITY;
            case "not minority" -> SamplingStrategy.NOT_MINORITY;
            case "not majority" -> SamplingStrategy.NOT_MAJORITY;
            default -> throw new IllegalArgumentException("unknown sampling_strategy " + name);
        };
    }
}
