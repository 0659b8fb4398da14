package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SMOTENCTest {

    /**
     * Class "b" (6 rows): A (0, 0) red, B (0.5, 0.8) blue, C (1.1, 0) red, G (0.5, 1.3) blue, D (0, -12) red,
     * E (0, -10) red; class "a": 12 rows far away. By x and z alone A's nearest b is B (0.89 squared apart, C 1.21);
     * with the colours one-hot encoded at median / 2 = 1.47 (the stds of x and z within b are 0.40 and 5.48), B is
     * 0.89 + 2 x 1.47^2 = 5.22 squared away, and C is nearest.
     */
    private static Table colours() {
        double[] x = {0, 0.5, 1.1, 0.5, 0, 0, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111};
        double[] z = new double[x.length];
        z[1] = 0.8;
        z[3] = 1.3;
        z[4] = -12;
        z[5] = -10;
        String[] colour = new String[x.length];
        Arrays.fill(colour, "green");
        System.arraycopy(new String[] {"red", "blue", "red", "blue", "red", "red"}, 0, colour, 0, 6);
        String[] label = new String[x.length];
        Arrays.fill(label, "a");
        Arrays.fill(label, 0, 6, "b");
        return Table.create("colours", DoubleColumn.create("x", x), StringColumn.create("colour", colour),
                DoubleColumn.create("z", z), StringColumn.create("label", label));
    }

    @Test
    void theCategoriesDecideWhoIsNearestAndTheNeighbourGivesTheLevel() {
        Table data = colours();
        SamplingStrategy twoHundred = SamplingStrategy.counts(Map.of("b", 200));
        Table resampled = new SMOTENC().kNeighbors(1).samplingStrategy(twoHundred).fitResample(data, "label");
        assertEquals(List.of("x", "colour", "z", "label"), resampled.columnNames());
        assertEquals(212, resampled.rowCount());
        // k = 1: A and C pair (red), B and G (blue), D and E (red)
        for (int i = 18; i < resampled.rowCount(); i++) {
            double x = resampled.doubleColumn("x").getDouble(i);
            double z = resampled.doubleColumn("z").getDouble(i);
            String colour = resampled.stringColumn("colour").get(i);
            boolean blue = x == 0.5 && z >= 0.8 && z <= 1.3;
            boolean red = (z == 0 && x >= 0 && x <= 1.1) || (x == 0 && z >= -12 && z <= -10);
            assertTrue(blue && colour.equals("blue") || red && colour.equals("red"), x + ", " + z + ", " + colour);
        }
        Table numericOnly = data.copy().removeColumns("colour");
        Table smote = new SMOTE().kNeighbors(1).samplingStrategy(twoHundred).fitResample(numericOnly, "label");
        long betweenAAndB = IntStream.range(18, smote.rowCount()).filter(i -> smote.doubleColumn("z").getDouble(i) > 0
                && smote.doubleColumn("z").getDouble(i) < 0.8).count();
        assertTrue(betweenAAndB > 0, "without the colours A pairs with B");
    }

    @Test
    void breastCancerWithAGradeFollowsImbalancedLearnsDistanceAndVote() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        String[] grades = IntStream.range(0, cancer.rowCount()).mapToObj(i -> "g" + i % 3).toArray(String[]::new);
        cancer.addColumns(StringColumn.create("grade", grades));
        int k = 5;
        Table resampled = new SMOTENC().kNeighbors(k).fitResample(cancer, "diagnosis");
        assertEquals(357, Segments.rowsOf(resampled, "diagnosis", "malignant").length);

        List<String> numeric = List.of("mean_radius", "mean_texture");
        int[] malignantRows = Segments.rowsOf(cancer, "diagnosis", "malignant");
        double[][] malignant = Segments.pick(Segments.points(cancer, numeric, 0, cancer.rowCount()), malignantRows);
        double medianStd = medianOfPopulationStds(malignant);
        assertEquals(3.4834755866133404, medianStd, 1e-12, "imbalanced-learn 0.10's median_std_ on this table");
        String[] level = Arrays.stream(malignantRows).mapToObj(i -> grades[i]).toArray(String[]::new);
        double[][] encoded = new double[malignant.length][];
        for (int i = 0; i < malignant.length; i++) {
            encoded[i] = Arrays.copyOf(malignant[i], 5);
            encoded[i][2 + Integer.parseInt(level[i].substring(1))] = medianStd / 2;
        }
        int[][] neighbours = Segments.neighbours(encoded, k);
        for (int row = cancer.rowCount(); row < resampled.rowCount(); row++) {
            double[] point = Segments.points(resampled, numeric, row, row + 1)[0];
            String grade = resampled.stringColumn("grade").get(row);
            boolean found = false;
            for (int i = 0; i < malignant.length && !found; i++) {
                for (int j : neighbours[i]) {
                    found |= Segments.onSegment(point, malignant[i], malignant[j], 1)
                            && mostFrequent(neighbours[i], level).contains(grade);
                }
            }
            assertTrue(found, "row " + row + ": " + Arrays.toString(point) + " " + grade);
        }
    }

    private static double medianOfPopulationStds(double[][] points) {
        double[] std = new double[points[0].length];
        for (int j = 0; j < std.length; j++) {
            int column = j;
            double mean = Arrays.stream(points).mapToDouble(p -> p[column]).average().orElseThrow();
            std[j] = Math.sqrt(Arrays.stream(points).mapToDouble(p -> (p[column] - mean) * (p[column] - mean)).sum()
                    / points.length);
        }
        Arrays.sort(std);
        return std.length % 2 == 1 ? std[std.length / 2] : (std[std.length / 2 - 1] + std[std.length / 2]) / 2;
    }

    private static Set<String> mostFrequent(int[] rows, String[] level) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row : rows) {
            counts.merge(level[row], 1, Integer::sum);
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return Set.copyOf(counts.keySet().stream().filter(key -> counts.get(key) == best).toList());
    }

    @Test
    void tiedLevelsAreDrawnNotTakenInOrder() {
        // with k = 2 each b row's two neighbours have two other levels, one each: every new row's level is a tie
        Table data = Table.create("ties", DoubleColumn.create("x", 0, 1, 2, 10, 11, 12, 13, 14, 15),
                StringColumn.create("level", "u", "v", "w", "u", "u", "u", "u", "u", "u"),
                StringColumn.create("label", "b", "b", "b", "a", "a", "a", "a", "a", "a"));
        Table resampled = new SMOTENC().kNeighbors(2).samplingStrategy(SamplingStrategy.counts(Map.of("b", 60)))
                .fitResample(data, "label");
        Set<String> levels = Set.copyOf(resampled.stringColumn("level").asList().subList(9, 66));
        // taking the nearest (or the smallest) of the tied levels would never give w: 0 -> v, 1 -> u, 2 -> v
        assertEquals(Set.of("u", "v", "w"), levels);
    }

    @Test
    void withoutCategoricalColumnsItIsSMOTE() {
        Table wine = Datasets.load("wine");
        Table smote = new SMOTE().seed(9).fitResample(wine, "cultivar");
        Table smotenc = new SMOTENC().seed(9).fitResample(wine, "cultivar");
        for (String column : wine.columnNames()) {
            assertEquals(smote.column(column).asList(), smotenc.column(column).asList(), column);
        }
    }

    @Test
    void namedCategoricalColumnsKeepTheirTypeAndOnlyTheirLevels() {
        Table data = colours().addColumns(IntColumn.create("zone", 7, 7, 8, 8, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        Table resampled = new SMOTENC().categoricalColumns("colour", "zone").kNeighbors(2).fitResample(data, "label");
        assertEquals(ColumnType.INTEGER, resampled.column("zone").type());
        assertEquals(Set.of(7, 8), Set.copyOf(resampled.intColumn("zone").asList().subList(18, 24)));
        assertEquals(Set.of("red", "blue"), Set.copyOf(resampled.stringColumn("colour").asList().subList(18, 24)));
        assertEquals(ColumnType.INTEGER, data.column("zone").type(), "the input is not modified");
        assertEquals(18, data.rowCount());
    }

    @Test
    void theSeedDecidesAndTheThreadCountDoesNot() {
        Table data = colours();
        SMOTENC smote = new SMOTENC().kNeighbors(2).samplingStrategy(SamplingStrategy.counts(Map.of("b", 100))).seed(1);
        Table one = smote.nJobs(1).fitResample(data, "label");
        Table two = smote.nJobs(2).fitResample(data, "label");
        assertArrayEquals(one.doubleColumn("x").asDoubleArray(), two.doubleColumn("x").asDoubleArray());
        assertEquals(one.stringColumn("colour").asList(), two.stringColumn("colour").asList());
        assertFalse(Arrays.equals(one.doubleColumn("x").asDoubleArray(),
                smote.seed(2).fitResample(data, "label").doubleColumn("x").asDoubleArray()));
    }

    @Test
    void valuesNearTheEndsOfTheRangeResampleAsTheSameDataAtAnOrdinaryScale() {
        // Multiplying every number by a power of two multiplies the stds, the categories' encoding and every distance
        // by it: the same neighbours, levels and gaps, so the synthetic numbers are the ordinary ones times it.
        SMOTENC smote = new SMOTENC().kNeighbors(2).samplingStrategy(SamplingStrategy.counts(Map.of("b", 100))).seed(1);
        Table ordinary = smote.fitResample(colours(), "label");
        for (int exponent : new int[] {990, -1000}) {
            Table moved = colours();
            for (String name : List.of("x", "z")) {
                moved.replaceColumn(name, moved.doubleColumn(name).map(v -> Math.scalb(v, exponent)));
            }
            Table resampled = smote.fitResample(moved, "label");
            assertEquals(ordinary.stringColumn("colour").asList(), resampled.stringColumn("colour").asList());
            for (String name : List.of("x", "z")) {
                assertArrayEquals(ordinary.doubleColumn(name).map(v -> Math.scalb(v, exponent)).asDoubleArray(),
                        resampled.doubleColumn(name).asDoubleArray(), name + " at 2^" + exponent);
            }
        }
    }

    @Test
    void badInputFailsNamingTheColumnOrParameter() {
        Table gap = colours();
        gap.stringColumn("colour").set(2, "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTENC().kNeighbors(2).fitResample(gap, "label"))
                .getMessage().startsWith("SMOTENC: categorical column 'colour' has 1 missing value(s); impute them first"));
        assertEquals("SMOTENC: the target 'label' cannot be one of the categoricalColumns [colour, label]",
                assertThrows(IllegalArgumentException.class, () -> new SMOTENC().categoricalColumns("colour", "label")
                        .fitResample(colours(), "label")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTENC().categoricalColumns("shade")
                .fitResample(colours(), "label")).getMessage().startsWith("SMOTENC: categorical column 'shade' not found"));
        Table flags = colours().addColumns(BooleanColumn.create("flag", new boolean[18]));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTENC().kNeighbors(2).fitResample(flags, "label"))
                .getMessage().startsWith("SMOTENC: column 'flag' is BOOLEAN, not numeric; SMOTENC interpolates numeric"
                        + " columns and votes on categorical ones: name it in categoricalColumns"));
        Table allCategorical = colours().selectColumns("colour", "label");
        assertEquals("SMOTENC: needs at least one numeric column besides the target 'label' and the categorical columns"
                + " [colour]", assertThrows(IllegalArgumentException.class,
                () -> new SMOTENC().fitResample(allCategorical, "label")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTENC().kNeighbors(6).fitResample(colours(), "label"))
                .getMessage().startsWith("SMOTENC: class 'b' has 6 row(s), too few for kNeighbors = 6"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTENC().categoricalColumns("colour", "colour"))
                .getMessage().contains("listed twice"));
        assertEquals("SMOTENC: kNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new SMOTENC().kNeighbors(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTENC().nJobs(0)).getMessage().startsWith("SMOTENC: nJobs"));
    }

    @Test
    void defaultsAreImbalancedLearnsWithStringColumnsCategorical() {
        assertEquals(new SMOTENC(List.of(), SamplingStrategy.AUTO, 0, 5, -1), new SMOTENC());
        assertEquals(new SMOTENC(List.of("c"), SamplingStrategy.MINORITY, 3, 4, 1), new SMOTENC().categoricalColumns("c")
                .samplingStrategy(SamplingStrategy.MINORITY).seed(3).kNeighbors(4).nJobs(1));
    }
}
