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
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SMOTETest {

    /** Class "a": 6 rows; class "b": 3 rows on the x axis at 0, 1 and 3. */
    private static Table tiny() {
        return Table.create("tiny",
                IntColumn.create("x", 10, 11, 12, 0, 13, 1, 14, 3, 15),
                DoubleColumn.create("y", 5, 5, 5, 0, 5, 0, 5, 0, 5),
                StringColumn.create("label", "a", "a", "a", "b", "a", "b", "a", "b", "a"));
    }

    @Test
    void newRowsLieBetweenARowAndItsNearestSameClassNeighbour() {
        Table data = tiny();
        Table resampled = new SMOTE().kNeighbors(1).fitResample(data, "label");
        assertEquals(12, resampled.rowCount());
        assertEquals(List.of("x", "y", "label"), resampled.columnNames());
        assertEquals(ColumnType.DOUBLE, resampled.column("x").type(), "features come out as doubles");
        assertEquals(ColumnType.STRING, resampled.column("label").type(), "the target keeps its type");
        for (int i = 0; i < 9; i++) {
            assertEquals(data.intColumn("x").getInt(i), resampled.doubleColumn("x").getDouble(i), "originals first");
            assertEquals(data.stringColumn("label").get(i), resampled.stringColumn("label").get(i));
        }
        // with k = 1 the neighbours are 0 -> 1, 1 -> 0, 3 -> 1: every new row is on [0, 1] or [1, 3] of the x axis
        for (int i = 9; i < 12; i++) {
            double x = resampled.doubleColumn("x").getDouble(i);
            assertEquals("b", resampled.stringColumn("label").get(i));
            assertEquals(0.0, resampled.doubleColumn("y").getDouble(i));
            assertTrue(x >= 0 && x <= 3, "x = " + x);
        }
        assertEquals(ColumnType.INTEGER, data.column("x").type(), "the input is not modified");
        assertEquals(9, data.rowCount());
    }

    @Test
    void matchesImbalancedLearnsClassCountsAndEveryRowLiesOnASegment() {
        ReferenceCase reference = ReferenceCase.of("resample/smote_counts");
        Table input = reference.input();
        String target = (String) reference.params().get("target");
        int k = ((Long) reference.params().get("k_neighbors")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> after = (Map<String, Map<String, Long>>)
                ((Map<String, Object>) reference.expectedJson()).get("class_counts_after");
        Table auto = new SMOTE().kNeighbors(k).fitResample(input, target);
        Table half = new SMOTE().kNeighbors(k).samplingStrategy(SamplingStrategy.ratio(0.5)).fitResample(input, target);
        for (var expected : Map.of(auto, after.get("auto"), half, after.get("ratio_0.5")).entrySet()) {
            for (var count : expected.getValue().entrySet()) {
                assertEquals(count.getValue().intValue(), Segments.rowsOf(expected.getKey(), target, count.getKey()).length);
            }
        }
        List<String> features = List.of("f0", "f1", "f2", "f3");
        double[][] minority = Segments.pick(Segments.points(input, features, 0, input.rowCount()),
                Segments.rowsOf(input, target, "1"));
        int[][] neighbours = Segments.neighbours(minority, k);
        double[][] synthetic = Segments.points(auto, features, input.rowCount(), auto.rowCount());
        assertEquals(210, synthetic.length);
        for (double[] row : synthetic) {
            assertTrue(Segments.onSomeSegment(row, minority, minority, neighbours, 1), Arrays.toString(row));
        }
    }

    @Test
    void everyClassButTheMajorityGrows() {
        Table wine = Datasets.load("wine");
        Table resampled = new SMOTE().fitResample(wine, "cultivar");
        // imbalanced-learn 0.10, SMOTE(random_state=0): {class_0: 71, class_1: 71, class_2: 71} from 59 / 71 / 48
        for (String cultivar : List.of("class_0", "class_1", "class_2")) {
            assertEquals(71, Segments.rowsOf(resampled, "cultivar", cultivar).length);
        }
        assertEquals(wine.rowCount() + 12, Segments.rowsOf(resampled, "cultivar", "class_0")[70] + 1,
                "class_0's new rows come first");
    }

    @Test
    void breastCancerSyntheticRowsStayAmongTheMalignantOnes() {
        Table cancer = Datasets.load("breast_cancer");
        Table resampled = new SMOTE().fitResample(cancer, "diagnosis");
        assertEquals(357, Segments.rowsOf(resampled, "diagnosis", "malignant").length);
        assertEquals(357, Segments.rowsOf(resampled, "diagnosis", "benign").length);
        double mean = resampled.doubleColumn("mean_radius").inRange(569, 714).mean();
        // the malignant mean_radius averages 17.46; imbalanced-learn's new rows average 17.10 .. 17.56 (seeds 0 to 4)
        assertEquals(17.46, mean, 0.5);
    }

    @Test
    void theSeedDecidesAndTheThreadCountDoesNot() {
        Table cancer = Datasets.load("breast_cancer");
        double[] one = new SMOTE().seed(3).nJobs(1).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        double[] two = new SMOTE().seed(3).nJobs(2).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        double[] other = new SMOTE().seed(4).nJobs(2).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, other));
    }

    @Test
    void aCountsStrategyGrowsOnlyTheNamedClass() {
        Table resampled = new SMOTE().kNeighbors(2).samplingStrategy(SamplingStrategy.counts(Map.of("b", 4)))
                .fitResample(tiny(), "label");
        assertEquals(10, resampled.rowCount());
        assertEquals("b", resampled.stringColumn("label").get(9));
    }

    @Test
    void aClassTooSmallForItsNeighboursSaysWhatToChange() {
        String message = assertThrows(IllegalArgumentException.class, () -> new SMOTE().fitResample(tiny(), "label"))
                .getMessage();
        assertEquals("SMOTE: class 'b' has 3 row(s), too few for kNeighbors = 5 (each row needs 5 neighbours of its"
                + " own class besides itself): lower kNeighbors to at most 2, or use RandomOverSampler, which copies"
                + " rows instead", message);
        Table single = Table.create("s", DoubleColumn.create("x", 1, 2, 3), StringColumn.create("label", "a", "a", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTE().kNeighbors(1).fitResample(single, "label"))
                .getMessage().endsWith("row(s), too few for kNeighbors = 1 (each row needs 1 neighbours of its own class"
                        + " besides itself): use RandomOverSampler, which copies rows instead"));
    }

    @Test
    void badInputFailsNamingTheColumnOrParameter() {
        Table strings = tiny().addColumns(StringColumn.create("colour", "r", "g", "b", "r", "g", "b", "r", "g", "b"));
        String message = assertThrows(IllegalArgumentException.class, () -> new SMOTE().kNeighbors(1).fitResample(strings, "label"))
                .getMessage();
        assertTrue(message.startsWith("SMOTE: column 'colour' is STRING, not numeric; SMOTE interpolates numeric columns"
                + " only: use SMOTENC"), message);
        Table gap = tiny();
        gap.doubleColumn("y").setMissing(3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTE().kNeighbors(1).fitResample(gap, "label"))
                .getMessage().startsWith("SMOTE: feature column 'y' has 1 missing value(s)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTE().fitResample(tiny(), "class"))
                .getMessage().contains("column 'class' not found"));
        Table oneClass = Table.create("o", DoubleColumn.create("x", 1, 2), StringColumn.create("label", "a", "a"));
        assertEquals("SMOTE: the target 'label' has a single class ('a'): there is nothing to balance (imbalanced-learn"
                + " fails too)", assertThrows(IllegalArgumentException.class,
                () -> new SMOTE().fitResample(oneClass, "label")).getMessage());
        Table onlyTarget = tiny().selectColumns("label");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTE().kNeighbors(1).fitResample(onlyTarget, "label"))
                .getMessage().startsWith("SMOTE: needs at least one numeric column besides the target 'label'"));
        assertEquals("SMOTE: kNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new SMOTE().kNeighbors(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTE().nJobs(0)).getMessage().startsWith("SMOTE: nJobs"));
        assertEquals("samplingStrategy must not be null",
                assertThrows(IllegalArgumentException.class, () -> new SMOTE().samplingStrategy(null)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SMOTE().kNeighbors(1).samplingStrategy(SamplingStrategy.counts(Map.of("b", 2))).fitResample(tiny(), "label"));
    }

    @Test
    void defaultsAreImbalancedLearns() {
        SMOTE smote = new SMOTE();
        assertEquals(SamplingStrategy.AUTO, smote.samplingStrategy());
        assertEquals(5, smote.kNeighbors());
        assertEquals(0, smote.seed());
        assertEquals(-1, smote.nJobs());
        assertEquals(new SMOTE(SamplingStrategy.MINORITY, 7, 3, 2),
                smote.samplingStrategy(SamplingStrategy.MINORITY).seed(7).kNeighbors(3).nJobs(2));
    }

    @Test
    void newRowsBetweenMinusAndPlus1e308StayFinite() {
        // partner - base is 2e308 there: imbalanced-learn's new rows come out infinite or NaN
        Table wide = Table.create("wide", DoubleColumn.create("x", -1e308, 1e308, -1e308, 0, 1, 2, 3, 4, 5),
                StringColumn.create("label", "b", "b", "b", "a", "a", "a", "a", "a", "a"));
        Table resampled = new SMOTE().kNeighbors(2).seed(3).fitResample(wide, "label");
        for (double x : resampled.doubleColumn("x").asDoubleArray()) {
            assertTrue(x >= -1e308 && x <= 1e308, "" + x);
        }
        assertEquals(12, resampled.rowCount());
    }
}
