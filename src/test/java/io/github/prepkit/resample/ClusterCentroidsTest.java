package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ClusterCentroidsTest {

    /** Class b: 12 integer rows in three tight groups around (0, 0), (10, 0) and (0, 10); class a: 3 rows. */
    private static Table groups() {
        int[] x = {0, 1, 0, 1, 10, 11, 10, 11, 0, 1, 0, 1, 5, 6, 5};
        int[] z = {0, 0, 1, 1, 0, 0, 1, 1, 10, 10, 11, 11, 5, 5, 6};
        String[] y = new String[15];
        Arrays.fill(y, "b");
        y[12] = y[13] = y[14] = "a";
        return Table.create("g", IntColumn.create("x", x), IntColumn.create("z", z), StringColumn.create("y", y));
    }

    @Test
    void softVotingPutsTheKMeansCentresOfTheClassInItsPlace() {
        Table resampled = new ClusterCentroids().seed(3).fitResample(groups(), "y");
        assertEquals(List.of("a", "a", "a", "b", "b", "b"), resampled.stringColumn("y").asList(), "class order");
        Table b = groups().where(groups().stringColumn("y").isEqualTo("b")).selectColumns("x", "z");
        double[][] centres = new KMeans().nClusters(3).seed(3).fit(b).clusterCenters();
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(centres[k], new double[] {resampled.doubleColumn("x").get(3 + k),
                    resampled.doubleColumn("z").get(3 + k)}, 1e-12);
        }
        double[][] sorted = centres.clone();
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1]));
        assertArrayEquals(new double[] {0.5, 0.5}, sorted[0], 1e-12);
        assertArrayEquals(new double[] {0.5, 10.5}, sorted[1], 1e-12);
        assertArrayEquals(new double[] {10.5, 0.5}, sorted[2], 1e-12);
    }

    @Test
    void hardVotingKeepsTheRowsNearestTheCentresWithTheirTypes() {
        Table data = groups();
        Table resampled = new ClusterCentroids().voting(ClusterCentroids.Voting.HARD).seed(3).fitResample(data, "y");
        assertTrue(resampled.column("x") instanceof IntColumn, "hard voting keeps the column types");
        assertEquals(6, resampled.rowCount());
        for (int i = 3; i < 6; i++) {
            int x = resampled.intColumn("x").get(i);
            int z = resampled.intColumn("z").get(i);
            // each group's four rows tie with its centre: the earliest is kept
            assertTrue(List.of(List.of(0, 0), List.of(10, 0), List.of(0, 10)).contains(List.of(x, z)), x + ", " + z);
        }
        assertEquals(15, data.rowCount(), "the input is unchanged");
    }

    @Test
    void parametersAndInputsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterCentroids().voting(null));
        assertThrows(IllegalArgumentException.class, () -> new ClusterCentroids().estimator(null));
        Table text = groups().addColumns(StringColumn.create("s", IntStream.range(0, 15).mapToObj(i -> "s" + i)
                .toArray(String[]::new)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterCentroids().fitResample(text, "y"))
                .getMessage().startsWith("ClusterCentroids: column 's' is STRING, not numeric"));
        assertEquals(5, new ClusterCentroids().seed(5).seed());
    }

    /** The sampler of a cc_ case: the k-means from its init.csv, with the case's voting. */
    private static ClusterCentroids sampler(ReferenceCase reference) {
        Table init = reference.table("init.csv");
        double[][] centroids = IntStream.range(0, init.rowCount()).mapToObj(i -> init.columns().stream()
                .mapToDouble(column -> ((DoubleColumn) column).getDouble(i)).toArray()).toArray(double[][]::new);
        boolean hard = reference.params().get("voting").equals("hard");
        return new ClusterCentroids().estimator(new KMeans().init(centroids))
                .voting(hard ? ClusterCentroids.Voting.HARD : ClusterCentroids.Voting.SOFT);
    }

    /**
     * imbalanced-learn 0.10.0's ClusterCentroids with scikit-learn's KMeans from the same initial centroids gives the
     * same centres, to 1e-6 (generate_prototypes.py).
     */
    @Test
    void softVotingGivesImbalancedLearnsCentresFromTheSameInitialCentroids() {
        ReferenceCase soft = ReferenceCase.of("resample/cc_cancer_soft");
        TableAssertions.assertTableClose(soft.expected(), sampler(soft).fitResample(soft.input(), "diagnosis"), 1e-6);
    }

    /**
     * Hard voting keeps, for each centre, a row as near it as the row imbalanced-learn keeps: the same row, or one as
     * far from the centre to rounding (a cluster of two rows has its centre halfway, and rounding decides which row
     * scikit-learn's KD-tree finds first).
     */
    @Test
    void hardVotingKeepsRowsAsNearTheCentresAsImbalancedLearns() {
        ReferenceCase hard = ReferenceCase.of("resample/cc_cancer_hard");
        Table centres = ReferenceCase.of("resample/cc_cancer_soft").expected();
        Table expected = hard.expected();
        Table actual = sampler(hard).fitResample(hard.input(), "diagnosis");
        assertEquals(expected.stringColumn("diagnosis").asList(), actual.stringColumn("diagnosis").asList());
        List<String> features = List.of("mean_radius", "mean_texture", "mean_smoothness");
        int differ = 0;
        for (int i = 0; i < expected.rowCount(); i++) {
            double theirs = 0;
            double ours = 0;
            boolean same = true;
            for (String name : features) {
                double centre = centres.numberColumn(name).getDouble(i);
                double want = expected.numberColumn(name).getDouble(i);
                double got = actual.numberColumn(name).getDouble(i);
                theirs += (want - centre) * (want - centre);
                ours += (got - centre) * (got - centre);
                same &= want == got;
            }
            differ += same ? 0 : 1;
            assertEquals(theirs, ours, 1e-9, "row " + i);
        }
        assertTrue(differ <= 10, differ + " rows differ");
    }
}
