package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateTest {

    private static final Axis<Integer> K = Axis.of("k", 1, 3);
    private static final Axis<String> WEIGHTS = Axis.of("weights", "uniform", "distance");

    @Test
    void valuesAreReadTypedByAxisAndListedByName() {
        Candidate candidate = new Candidate(List.of(K, WEIGHTS), List.of(3, "distance"));
        int k = candidate.get(K);
        assertEquals(3, k);
        assertEquals("distance", candidate.get(WEIGHTS));
        assertEquals(List.of("k", "weights"), List.copyOf(candidate.values().keySet()));
        assertEquals(Map.of("k", 3, "weights", "distance"), candidate.values());
        assertEquals("{k=3, weights=distance}", candidate.toString());
        assertEquals(candidate, new Candidate(List.of(K, WEIGHTS), List.of(3, "distance")));
        assertEquals(candidate.hashCode(), new Candidate(List.of(K, WEIGHTS), List.of(3, "distance")).hashCode());
    }

    @Test
    void anAxisOfAnotherSearchFailsNamingIt() {
        Candidate candidate = new Candidate(List.of(K), List.of(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> candidate.get(WEIGHTS));
        assertTrue(e.getMessage().contains("axis 'weights' is not an axis of this search; its axes are [k]"), e.getMessage());
    }
}
