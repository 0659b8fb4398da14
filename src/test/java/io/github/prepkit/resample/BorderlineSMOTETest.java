package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class BorderlineSMOTETest {

    /**
     * Class "a" at x = 0 .. 9; class "b" at 4.4 and 5.6 (inside a: in danger with m = 3), 30, 31, 32 and 50 (safe)
     * and -10 (noise: its 3 nearest rows are all a's).
     */
    private static Table line() {
        double[] a = IntStream.range(0, 10).asDoubleStream().toArray();
        double[] b = {4.4, 5.6, 30, 31, 32, 50, -10};
        double[] x = new double[a.length + b.length];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(b, 0, x, a.length, b.length);
        String[] labels = new String[x.length];
        Arrays.fill(labels, 0, a.length, "a");
        Arrays.fill(labels, a.length, x.length, "b");
        return Table.create("line", DoubleColumn.create("x", x), DoubleColumn.create("z", new double[x.length]),
                StringColumn.create("label", labels));
    }

    private static double[] newX(Table resampled) {
        return Arrays.copyOfRange(resampled.doubleColumn("x").asDoubleArray(), 17, resampled.rowCount());
    }

    @Test
    void borderlineOneGrowsOnlyFromDangerRowsTowardsTheirClass() {
        Table resampled = new BorderlineSMOTE().kNeighbors(1).mNeighbors(3).fitResample(line(), "label");
        assertEquals(20, resampled.rowCount());
        // the danger rows 4.4 and 5.6 are each other's nearest b: every new row is between them
        for (double x : newX(resampled)) {
            assertTrue(x >= 4.4 && x <= 5.6, "x = " + x);
        }
        assertEquals(List.of("b", "b", "b"), resampled.stringColumn("label").asList().subList(17, 20));
    }

    @Test
    void borderlineTwoAlsoStepsUpToHalfWayTowardsTheOtherClass() {
        Table resampled = new BorderlineSMOTE().kNeighbors(1).mNeighbors(3).kind(BorderlineSMOTE.Kind.BORDERLINE_2)
                .samplingStrategy(SamplingStrategy.counts(Map.of("b", 207))).fitResample(line(), "label");
        assertEquals(217, resampled.rowCount(), "the class reaches its target exactly");
        // towards b: [4.4, 5.6]; towards the nearest a (4 for 4.4, 6 for 5.6), half-way at most: (4.2, 4.4], [5.6, 5.8)
        double[] x = newX(resampled);
        for (double value : x) {
            assertTrue(value > 4.2 && value < 5.8, "x = " + value);
        }
        long across = Arrays.stream(x).filter(value -> value < 4.4 || value > 5.6).count();
        // the rows towards the a's all fall outside [4.4, 5.6]: a 1 - Beta(10, 10) share of the 200, about half
        assertTrue(across > 40 && across < 160, "across = " + across);
    }

    @Test
    void aClassWithNoRowInDangerIsLeftAsItIs() {
        Table apart = Table.create("apart", DoubleColumn.create("x", 0, 1, 2, 3, 4, 5, 100, 101, 102),
                StringColumn.create("label", "a", "a", "a", "a", "a", "a", "b", "b", "b"));
        Table resampled = new BorderlineSMOTE().kNeighbors(2).mNeighbors(2).fitResample(apart, "label");
        assertEquals(9, resampled.rowCount());
        assertArrayEquals(apart.doubleColumn("x").asDoubleArray(), resampled.doubleColumn("x").asDoubleArray());
    }

    @Test
    void aRowLeavesOnlyItselfOutOfItsNeighboursNotAnIdenticalRowOfAnotherClass() {
        // the b at 3 has an a at 3 before it: its 2 neighbours are that a and the a at 2, so it is noise, and no b
        // is in danger. imbalanced-learn drops the first of the 3 rows found: with a brute-force search, which lists
        // the a at 3 first, it keeps the b itself and calls it danger (16 rows); with its default k-d tree, 12 rows
        Table twin = Table.create("twin", DoubleColumn.create("x", 0, 1, 2, 3, 4, 5, 6, 7, 3, 20, 21, 22),
                StringColumn.create("label", "a", "a", "a", "a", "a", "a", "a", "a", "b", "b", "b", "b"));
        assertEquals(12, new BorderlineSMOTE().kNeighbors(1).mNeighbors(2).fitResample(twin, "label").rowCount());
    }

    @Test
    void breastCancerNewRowsGrowFromTheTwentyOneDangerRows() {
        Table cancer = Datasets.load("breast_cancer");
        List<String> features = cancer.columnNames().stream().filter(name -> !name.equals("diagnosis")).toList();
        double[][] all = Segments.points(cancer, features, 0, cancer.rowCount());
        int[] malignantRows = Segments.rowsOf(cancer, "diagnosis", "malignant");
        int[] benignRows = Segments.rowsOf(cancer, "diagnosis", "benign");
        boolean[] benign = new boolean[all.length];
        Arrays.stream(benignRows).forEach(i -> benign[i] = true);
        int[][] around = Segments.neighbours(Segments.pick(all, malignantRows), all, 11);
        int[] danger = IntStream.range(0, malignantRows.length).filter(i -> {
            long others = Arrays.stream(around[i], 1, 11).filter(row -> benign[row]).count();
            return others >= 5 && others < 10;
        }).toArray();
        // imbalanced-learn 0.10 with m_neighbors=10 finds 21 malignant rows in danger (and 7 noise rows)
        assertEquals(21, danger.length);
        double[][] malignant = Segments.pick(all, malignantRows);
        double[][] dangerous = Segments.pick(malignant, danger);
        int[][] malignantNeighbours = Segments.neighbours(malignant, 5);
        int[][] sameClass = Arrays.stream(danger).mapToObj(i -> malignantNeighbours[i]).toArray(int[][]::new);
        double[][] benignPoints = Segments.pick(all, benignRows);
        int[][] otherClass = Segments.neighbours(dangerous, benignPoints, 5);

        Table one = new BorderlineSMOTE().fitResample(cancer, "diagnosis");
        assertEquals(357, Segments.rowsOf(one, "diagnosis", "malignant").length);
        for (double[] row : Segments.points(one, features, 569, one.rowCount())) {
            assertTrue(Segments.onSomeSegment(row, dangerous, malignant, sameClass, 1));
        }
        Table two = new BorderlineSMOTE().kind(BorderlineSMOTE.Kind.BORDERLINE_2).seed(2).fitResample(cancer, "diagnosis");
        // imbalanced-learn 0.10 with random_state=2 stops at 356 malignant rows (both shares rounded down)
        assertEquals(357, Segments.rowsOf(two, "diagnosis", "malignant").length);
        int across = 0;
        for (double[] row : Segments.points(two, features, 569, two.rowCount())) {
            boolean towardsSame = Segments.onSomeSegment(row, dangerous, malignant, sameClass, 1);
            assertTrue(towardsSame || Segments.onSomeSegment(row, dangerous, benignPoints, otherClass, 0.5));
            across += towardsSame ? 0 : 1;
        }
        assertTrue(across > 20 && across < 125, "across = " + across);
    }

    @Test
    void theSeedDecidesAndTheThreadCountDoesNot() {
        Table cancer = Datasets.load("breast_cancer");
        BorderlineSMOTE smote = new BorderlineSMOTE().kind(BorderlineSMOTE.Kind.BORDERLINE_2).seed(5);
        double[] one = smote.nJobs(1).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        double[] two = smote.nJobs(2).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        double[] other = smote.seed(6).fitResample(cancer, "diagnosis").doubleColumn("mean_area").asDoubleArray();
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, other));
    }

    @Test
    void badInputFailsNamingTheColumnOrParameter() {
        assertEquals("BorderlineSMOTE: mNeighbors = 20 needs a table of more than 20 rows, found 17: lower mNeighbors",
                assertThrows(IllegalArgumentException.class,
                        () -> new BorderlineSMOTE().kNeighbors(1).mNeighbors(20).fitResample(line(), "label")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BorderlineSMOTE().kNeighbors(7).fitResample(line(), "label"))
                .getMessage().startsWith("BorderlineSMOTE: class 'b' has 7 row(s), too few for kNeighbors = 7"));
        Table strings = line().addColumns(StringColumn.create("colour", new String[17]));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BorderlineSMOTE().fitResample(strings, "label"))
                .getMessage().startsWith("BorderlineSMOTE: column 'colour' is STRING, not numeric;"));
        assertEquals("BorderlineSMOTE: mNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new BorderlineSMOTE().mNeighbors(0)).getMessage());
        assertEquals("BorderlineSMOTE: kNeighbors must be at least 1, found -1",
                assertThrows(IllegalArgumentException.class, () -> new BorderlineSMOTE().kNeighbors(-1)).getMessage());
        assertEquals("kind must not be null",
                assertThrows(IllegalArgumentException.class, () -> new BorderlineSMOTE().kind(null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BorderlineSMOTE().nJobs(-2))
                .getMessage().startsWith("BorderlineSMOTE: nJobs"));
    }

    @Test
    void defaultsAreImbalancedLearns() {
        assertEquals(new BorderlineSMOTE(SamplingStrategy.AUTO, 0, 5, 10, BorderlineSMOTE.Kind.BORDERLINE_1, -1),
                new BorderlineSMOTE());
        assertEquals(new BorderlineSMOTE(SamplingStrategy.ALL, 1, 2, 3, BorderlineSMOTE.Kind.BORDERLINE_2, 1),
                new BorderlineSMOTE().samplingStrategy(SamplingStrategy.ALL).seed(1).kNeighbors(2).mNeighbors(3)
                        .kind(BorderlineSMOTE.Kind.BORDERLINE_2).nJobs(1));
    }
}
