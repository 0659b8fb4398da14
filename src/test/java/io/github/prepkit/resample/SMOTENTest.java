package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.ReferenceCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SMOTENTest {

    /** Rows {@code rows} of {@code table}'s {@code columns}, each as its values' strings. */
    private static List<List<String>> rows(Table table, List<String> columns, int[] rows) {
        return IntStream.of(rows).mapToObj(i -> columns.stream().map(c -> table.column(c).getString(i)).toList()).toList();
    }

    /**
     * imbalanced-learn 0.10's SMOTEN (generate_oversampling.py): its value difference metric between the first rows,
     * its class counts, the row it makes from each base where the base's neighbourhood has no tie at its edge; and
     * every new row here is what some base of its class makes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"smoten_categorical", "smoten_cancer_quartiles"})
    @SuppressWarnings("unchecked")
    void matchesImbalancedLearnsDistancesCountsAndModes(String name) {
        ReferenceCase reference = ReferenceCase.of("resample/" + name);
        Table input = reference.input();
        String target = (String) reference.params().get("target");
        int k = ((Long) reference.params().get("k_neighbors")).intValue();
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        List<String> columns = input.columnNames().stream().filter(c -> !c.equals(target)).toList();
        ClassRows classes = ClassRows.of(input, target, "test");
        Categories categories = Categories.of(input, columns, "test");
        ValueDifferenceMetric metric = categories.valueDifference(classes);
        int[] all = IntStream.range(0, input.rowCount()).toArray();
        double[][] distances = metric.pairwise(all, 2);
        List<List<Number>> vdm = (List<List<Number>>) expected.get("vdm");
        for (int i = 0; i < vdm.size(); i++) {
            for (int j = 0; j < vdm.size(); j++) {
                assertEquals(vdm.get(i).get(j).doubleValue(), distances[i][j], 1e-12, "vdm(" + i + ", " + j + ")");
            }
        }
        SMOTEN smoten = new SMOTEN().kNeighbors(k);
        Table resampled = smoten.fitResample(input, target);
        Segments.assertClassCounts(resampled, target, expected.get("class_counts_after"));
        Map<String, Map<String, Object>> modes = (Map<String, Map<String, Object>>) expected.get("modes");
        for (var entry : modes.entrySet()) {
            int c = classes.names().indexOf(entry.getKey());
            int[] members = classes.members(c);
            Neighbourhood neighbourhood = smoten.neighbourhood(metric, members);
            int[] positions = IntStream.range(0, members.length).toArray();
            int[][] sources = categories.mode(neighbourhood, new Draws(positions, members, members, new double[members.length]));
            List<List<String>> ours = new ArrayList<>();
            for (int i = 0; i < members.length; i++) {
                int row = i;
                ours.add(IntStream.range(0, columns.size())
                        .mapToObj(j -> input.column(columns.get(j)).getString(sources[j][row])).toList());
            }
            List<List<String>> theirs = (List<List<String>>) entry.getValue().get("rows");
            List<Boolean> ties = (List<Boolean>) entry.getValue().get("boundary_tie");
            for (int i = 0; i < members.length; i++) {
                if (!ties.get(i)) {
                    assertEquals(theirs.get(i), ours.get(i), entry.getKey() + " row " + i);
                }
            }
            Set<List<String>> possible = new HashSet<>(ours);
            int[] added = IntStream.of(Segments.rowsOf(resampled, target, entry.getKey()))
                    .filter(i -> i >= input.rowCount()).toArray();
            assertEquals(entry.getKey(), resampled.column(target).getString(added[0]));
            for (List<String> row : rows(resampled, columns, added)) {
                assertTrue(possible.contains(row), row.toString());
            }
        }
    }

    /** Class b's rows: the colour and size of each, and class a's, so that the distances are known by hand. */
    private static Table tiny() {
        return Table.create("tiny",
                StringColumn.create("colour", "red", "red", "blue", "green", "red", "blue", "blue", "green", "green"),
                IntColumn.create("size", 1, 1, 2, 2, 3, 1, 2, 3, 3),
                StringColumn.create("label", "b", "b", "b", "a", "a", "a", "a", "a", "a"));
    }

    @Test
    void newRowsTakeEachColumnsMostFrequentLevelTheLowestOnATie() {
        Table resampled = new SMOTEN().kNeighbors(2).seed(1).fitResample(tiny(), "label");
        assertEquals(12, resampled.rowCount());
        assertEquals(ColumnType.STRING, resampled.column("colour").type());
        assertEquals(ColumnType.INTEGER, resampled.column("size").type(), "every column keeps its type");
        // class b's three rows are each other's whole neighbourhood (k + 1 = 3): colour red 2 : blue 1, size 1 2 : 2 1
        for (int i = 9; i < 12; i++) {
            assertEquals("red", resampled.stringColumn("colour").get(i));
            assertEquals(1, resampled.intColumn("size").getInt(i));
            assertEquals("b", resampled.stringColumn("label").get(i));
        }
        Table tie = Table.create("tie", StringColumn.create("colour", "red", "blue", "x", "x", "x", "x"),
                StringColumn.create("label", "b", "b", "a", "a", "a", "a"));
        Table tied = new SMOTEN().kNeighbors(1).fitResample(tie, "label");
        // red and blue once each among b's two rows: the lower level in sorted order, blue
        assertEquals(List.of("blue", "blue"), tied.stringColumn("colour").asList().subList(6, 8));
    }

    @Test
    void valueDifferencesAreTheClassSharesOfTheLevels() {
        // colour: red is b 2/3, a 1/3; blue b 1/3, a 2/3; green a 1. |2/3-1/3| + |1/3-2/3| = 2/3 between red and blue
        Table data = tiny();
        ClassRows classes = ClassRows.of(data, "label", "t");
        ValueDifferenceMetric metric = Categories.of(data, List.of("colour"), "t").valueDifference(classes);
        assertEquals(4.0 / 9, metric.distance(0, 2), 1e-15);
        assertEquals(0, metric.distance(0, 4));
        assertEquals(16.0 / 9, metric.distance(0, 3), 1e-15);
    }

    @Test
    void theSeedDecidesAndTheThreadCountDoesNot() {
        ReferenceCase reference = ReferenceCase.of("resample/smoten_cancer_quartiles");
        Table input = reference.input();
        List<String> one = new SMOTEN().seed(3).nJobs(1).fitResample(input, "diagnosis").column("mean_radius").asList()
                .stream().map(Object::toString).toList();
        List<String> two = new SMOTEN().seed(3).nJobs(2).fitResample(input, "diagnosis").column("mean_radius").asList()
                .stream().map(Object::toString).toList();
        List<String> other = new SMOTEN().seed(4).nJobs(2).fitResample(input, "diagnosis").column("mean_radius").asList()
                .stream().map(Object::toString).toList();
        assertEquals(one, two);
        assertFalse(one.equals(other));
    }

    @Test
    void defaultsParametersAndBadInput() {
        SMOTEN smoten = new SMOTEN();
        assertEquals(SamplingStrategy.AUTO, smoten.samplingStrategy());
        assertEquals(5, smoten.kNeighbors());
        assertEquals(0, smoten.seed());
        assertEquals(-1, smoten.nJobs());
        assertEquals(new SMOTEN(SamplingStrategy.MINORITY, 7, 3, 2),
                smoten.samplingStrategy(SamplingStrategy.MINORITY).seed(7).kNeighbors(3).nJobs(2));
        assertEquals("SMOTEN: kNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new SMOTEN().kNeighbors(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTEN().fitResample(tiny(), "label"))
                .getMessage().startsWith("SMOTEN: class 'b' has 3 row(s), too few for kNeighbors = 5"));
        assertEquals("SMOTEN: needs at least one categorical column besides the target 'label'",
                assertThrows(IllegalArgumentException.class,
                        () -> new SMOTEN().kNeighbors(1).fitResample(tiny().selectColumns("label"), "label")).getMessage());
        Table gap = tiny();
        gap.stringColumn("colour").set(1, "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SMOTEN().kNeighbors(1).fitResample(gap, "label"))
                .getMessage().contains("colour"));
        Table continuous = tiny().addColumns(DoubleColumn.create("w", 0.5, 1, 2, 3, 4, 5, 6, 7, 8));
        assertThrows(IllegalArgumentException.class, () -> new SMOTEN().kNeighbors(1).fitResample(continuous, "label"));
    }
}
