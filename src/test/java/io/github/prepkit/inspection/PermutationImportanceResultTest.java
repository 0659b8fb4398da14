package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PermutationImportanceResultTest {

    private final PermutationImportanceResult result = new PermutationImportanceResult(List.of("a", "b"), 0.9,
            new double[][] {{1, 3}, {2, 2}});

    @Test
    void meanAndPopulationStdAsNumpy() {
        assertArrayEquals(new double[] {2, 2}, result.importancesMean());
        assertArrayEquals(new double[] {1, 0}, result.importancesStd());
        assertEquals(0.9, result.baselineScore());
    }

    @Test
    void copiesItsArraysInAndOut() {
        double[][] importances = {{1, 3}, {2, 2}};
        PermutationImportanceResult made = new PermutationImportanceResult(List.of("a", "b"), 0.9, importances);
        importances[0][0] = 100;
        made.importances()[0][0] = 100;
        assertEquals(result, made);
        assertEquals(result.hashCode(), made.hashCode());
    }

    @Test
    void tableOrdersByMeanImportanceTiesInTableOrder() {
        Table table = new PermutationImportanceResult(List.of("a", "b", "c"), 1, new double[][] {{1}, {5}, {1}})
                .table();
        assertEquals(List.of("b", "a", "c"), table.stringColumn("feature").asList());
        assertEquals(List.of("feature", "importance_mean", "importance_std"), table.columnNames());
        assertTrue(result.toString().contains("a 2.0000"));
    }

    @Test
    void rejectsMismatchedParts() {
        assertThrows(IllegalArgumentException.class,
                () -> new PermutationImportanceResult(List.of("a"), 1, new double[][] {{1}, {2}}));
        assertThrows(IllegalArgumentException.class,
                () -> new PermutationImportanceResult(List.of("a", "b"), 1, new double[][] {{1}, {2, 3}}));
        assertThrows(IllegalArgumentException.class,
                () -> new PermutationImportanceResult(List.of("a"), 1, new double[][] {null}));
        assertThrows(IllegalArgumentException.class, () -> new PermutationImportanceResult(null, 1, new double[0][]));
    }
}
