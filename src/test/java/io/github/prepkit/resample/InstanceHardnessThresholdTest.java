package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.tree.DecisionTreeClassifier;
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

class InstanceHardnessThresholdTest {

    /**
     * Two classes on a line, a (10 rows at 0..9) and b (20 rows at 20..39), with a's rows 8 and 9 moved among b's
     * (at 30.5 and 31.5), and b's rows at 20 and 21 moved among a's (at 3.5 and 4.5): the hard rows.
     */
    private static Table line() {
        double[] x = new double[30];
        String[] y = new String[30];
        for (int i = 0; i < 30; i++) {
            x[i] = i < 10 ? i : i + 10;
            y[i] = i < 10 ? "a" : "b";
        }
        x[8] = 30.5;
        x[9] = 31.5;
        x[10] = 3.5;
        x[11] = 4.5;
        return Table.create("line", DoubleColumn.create("x", x), StringColumn.create("y", y));
    }

    @Test
    void dropsTheHardestRowsOfTheShrinkingClass() {
        InstanceHardnessThreshold sampler = new InstanceHardnessThreshold()
                .estimator(new KNeighborsClassifier().nNeighbors(3)).shuffle(false);
        int[] kept = sampler.sampleIndices(line(), "y");
        List<Integer> rows = Arrays.stream(kept).boxed().toList();
        assertTrue(rows.containsAll(IntStream.range(0, 10).boxed().toList()), "the minority stays: " + rows);
        assertFalse(rows.contains(10) || rows.contains(11), "b's rows among a's go first: " + rows);
        assertTrue(kept.length >= 20, "at least the target: " + rows);
    }

    @Test
    void theSeedShufflesTheFoldsAndTheThreadsChangeNothing() {
        Table wine = ReferenceCase.of("resample/iht_wine_knn").input();
        InstanceHardnessThreshold sampler = new InstanceHardnessThreshold().estimator(new DecisionTreeClassifier())
                .nJobs(1);
        int[] one = sampler.seed(1).sampleIndices(wine, "cultivar");
        assertArrayEquals(one, sampler.seed(1).nJobs(2).sampleIndices(wine, "cultivar"));
        assertFalse(Arrays.equals(one, sampler.seed(2).sampleIndices(wine, "cultivar")));
    }

    @Test
    void theDefaultIsASeededForestOfAHundredTrees() {
        InstanceHardnessThreshold sampler = new InstanceHardnessThreshold();
        assertEquals(100, ((RandomForestClassifier) sampler.estimator()).nEstimators());
        Table cancer = ReferenceCase.of("resample/iht_cancer_logistic").input();
        assertArrayEquals(sampler.sampleIndices(cancer, "diagnosis"), sampler.sampleIndices(cancer, "diagnosis"));
    }

    @Test
    void parametersAreChecked() {
        assertEquals("InstanceHardnessThreshold: cv must be at least 2 folds, found 1",
                assertThrows(IllegalArgumentException.class, () -> new InstanceHardnessThreshold().cv(1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InstanceHardnessThreshold().estimator(null));
        assertThrows(IllegalArgumentException.class, () -> new InstanceHardnessThreshold().nJobs(0));
    }

    static Stream<ReferenceCase> cases() {
        return ReferenceCase.all("resample").stream().filter(c -> c.id().startsWith("resample/iht_"));
    }

    /**
     * imbalanced-learn 0.10.0's InstanceHardnessThreshold with the same estimator on scikit-learn's unshuffled
     * stratified folds keeps exactly these rows (generate_prototypes.py).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheRowsImbalancedLearnKeeps(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Classifier<?> estimator = params.get("estimator").equals("KNeighborsClassifier")
                ? new KNeighborsClassifier().nNeighbors(((Long) params.get("n_neighbors")).intValue())
                : new LogisticRegression().tol(1e-10).maxIter(10000);
        InstanceHardnessThreshold sampler = new InstanceHardnessThreshold().estimator(estimator)
                .cv(((Long) params.get("cv")).intValue()).shuffle((Boolean) params.get("shuffle"));
        @SuppressWarnings("unchecked")
        List<Long> expected = (List<Long>) ((Map<String, Object>) reference.expectedJson()).get("sample_indices");
        assertArrayEquals(expected.stream().mapToInt(Long::intValue).toArray(),
                sampler.sampleIndices(reference.input(), (String) params.get("target")));
    }
}
