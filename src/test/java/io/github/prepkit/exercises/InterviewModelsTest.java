package io.github.prepkit.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.Tolerance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class InterviewModelsTest {

    private static void assertRejected(String messagePart, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Nested
    class KNearestNeighbours {

        /** Points on a line: a at 0 and 1, b at 3 and 10, c at 4. */
        private final Table line = Table.create("line",
                DoubleColumn.create("x", new double[] {0, 1, 3, 10, 4}),
                StringColumn.create("label", "a", "a", "b", "b", "c"));

        @Test
        void votesAmongTheKNearest() {
            assertEquals("a", InterviewModels.kNN(1, line, new double[] {0.2}));
            assertEquals("a", InterviewModels.kNN(3, line, new double[] {1.5}), "a at 0.5 and 1.5, b at 1.5");
            assertEquals("b", InterviewModels.kNN(1, line, new double[] {9}));
        }

        @Test
        void aTiedVoteSearchesAgainWithOneNeighbourLess() {
            // from 3.6: b (3, at 0.6), c (4, at 0.4), a (1, at 2.6): k = 3 ties 1-1-1, k = 2 ties b-c, k = 1 gives c
            assertEquals("c", InterviewModels.kNN(3, line, new double[] {3.6}));
            // from 2.4: b (3, at 0.6), a (1, at 1.4), c (4, at 1.6), a (0, at 2.4): k = 4 gives a with two votes
            assertEquals("a", InterviewModels.kNN(4, line, new double[] {2.4}));
        }

        @Test
        void numericClassesComeBackAsText() {
            Table numeric = Table.create("n", DoubleColumn.create("x", new double[] {0, 1, 5}),
                    IntColumn.create("y", new int[] {7, 7, 9}));
            assertEquals("7", InterviewModels.kNN(3, numeric, new double[] {4}));
        }

        @Test
        void classifiesIrisRowsByTheirNeighbours() {
            Table iris = Datasets.load("iris");
            assertEquals("setosa", InterviewModels.kNN(5, iris, new double[] {5.0, 3.4, 1.5, 0.2}));
            assertEquals("virginica", InterviewModels.kNN(5, iris, new double[] {6.9, 3.1, 5.8, 2.2}));
        }

        @Test
        void rejectsBadInput() {
            assertRejected("k must be in 1..5 (the rows of data), found 6", () -> InterviewModels.kNN(6, line, new double[] {1}));
            assertRejected("k must be in 1..5", () -> InterviewModels.kNN(0, line, new double[] {1}));
            assertRejected("newPoint must have one value per feature column [x], found 2",
                    () -> InterviewModels.kNN(1, line, new double[] {1, 2}));
            Table text = Table.create("t", StringColumn.create("x", "u", "v"), StringColumn.create("label", "a", "b"));
            assertRejected("column 'x' must be numeric", () -> InterviewModels.kNN(1, text, new double[] {1}));
            assertRejected("at least one feature column", () -> InterviewModels.kNN(1, line.selectColumns("label"), new double[0]));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        void rejectsAPointThatIsNotFinite(double value) {
            assertRejected("newPoint must be finite, found " + value + " at index 0",
                    () -> InterviewModels.kNN(1, line, new double[] {value}));
            Table plane = Table.create("plane", DoubleColumn.create("x", new double[] {0, 1}),
                    DoubleColumn.create("y", new double[] {0, 1}), StringColumn.create("label", "a", "b"));
            assertRejected("newPoint must be finite, found " + value + " at index 1",
                    () -> InterviewModels.kNN(1, plane, new double[] {0.5, value}));
        }

        @Test
        void rejectsTrainingFeaturesThatAreMissingOrInfinite() {
            Table infinite = Table.create("t", DoubleColumn.create("x", new double[] {0, Double.NEGATIVE_INFINITY, 3}),
                    StringColumn.create("label", "a", "a", "b"));
            assertRejected("kNN: feature column 'x' has an infinite value in row 1",
                    () -> InterviewModels.kNN(1, infinite, new double[] {1}));
            Table missing = Table.create("t", DoubleColumn.create("x", new double[] {0, Double.NaN, 3}),
                    StringColumn.create("label", "a", "a", "b"));
            assertRejected("kNN: feature column 'x' has 1 missing value(s)", () -> InterviewModels.kNN(1, missing, new double[] {1}));
            Table unlabelled = Table.create("t", DoubleColumn.create("x", new double[] {0, 1}), StringColumn.create("label", "a", ""));
            assertRejected("target column 'label' has 1 missing value(s)", () -> InterviewModels.kNN(1, unlabelled, new double[] {1}));
        }

        @Test
        void rejectsAnEmptyTableAndKOutOfRangeAndNulls() {
            assertRejected("data must have at least one row, found none", () -> InterviewModels.kNN(1, line.emptyCopy(), new double[] {1}));
            assertRejected("k must be in 1..5 (the rows of data), found -2147483648",
                    () -> InterviewModels.kNN(Integer.MIN_VALUE, line, new double[] {1}));
            assertRejected("k must be in 1..5 (the rows of data), found 2147483647",
                    () -> InterviewModels.kNN(Integer.MAX_VALUE, line, new double[] {1}));
            assertRejected("data must not be null", () -> InterviewModels.kNN(1, null, new double[] {1}));
            assertRejected("newPoint must not be null", () -> InterviewModels.kNN(1, line, null));
        }

        /** Squared, differences of 1e200 overflowed to infinity, so every row tied and row 0 won. */
        @Test
        void hugeFiniteValuesDoNotOverflowTheDistances() {
            Table huge = Table.create("huge", DoubleColumn.create("x", new double[] {1e200, -1e200, 3e200}),
                    StringColumn.create("label", "a", "b", "c"));
            assertEquals("c", InterviewModels.kNN(1, huge, new double[] {2.9e200}));
            Table extreme = Table.create("extreme", DoubleColumn.create("x", new double[] {-Double.MAX_VALUE, Double.MAX_VALUE}),
                    DoubleColumn.create("y", new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}),
                    StringColumn.create("label", "a", "b"));
            assertEquals("b", InterviewModels.kNN(1, extreme, new double[] {Double.MAX_VALUE, -Double.MAX_VALUE / 2}));
            assertEquals("a", InterviewModels.kNN(1, extreme, new double[] {-Double.MAX_VALUE / 2, Double.MAX_VALUE}));
        }

        @Test
        void tinyDistancesAreStillTold() {
            Table tiny = Table.create("tiny", DoubleColumn.create("x", new double[] {1e-300, 3e-300}),
                    StringColumn.create("label", "a", "b"));
            assertEquals("b", InterviewModels.kNN(1, tiny, new double[] {2.5e-300}));
        }
    }

    @Nested
    class PermutationRandomForest {

        @Test
        void aColumnThatDecidesTheClassWinsTheVote() {
            // y = a; b is noise. Trees starting with a: pure at once. Trees starting with b = 1: rows 1 and 3, classes 0 and 1,
            // then a = 1 leaves row 3 (class 1). Every tree votes 1.
            Table df = Table.create("df",
                    IntColumn.create("a", new int[] {0, 0, 1, 1}),
                    IntColumn.create("b", new int[] {0, 1, 0, 1}),
                    IntColumn.create("y", new int[] {0, 0, 1, 1}));
            assertEquals("1", InterviewModels.randomForest(df, new int[] {1, 1}));
            assertEquals("0", InterviewModels.randomForest(df, new int[] {0, 1}));
        }

        @Test
        void agreesWithEnumeratingEveryPermutationOnRandomTables() {
            Random random = new Random(11);
            for (int trial = 0; trial < 300; trial++) {
                int columns = 1 + random.nextInt(5);
                int rows = 1 + random.nextInt(12);
                int[][] x = new int[rows][columns];
                int[] y = new int[rows];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < columns; j++) {
                        x[i][j] = random.nextInt(2);
                    }
                    y[i] = random.nextInt(2);
                }
                int[] point = random.ints(columns, 0, 2).toArray();
                assertEquals(String.valueOf(naiveForest(x, y, point)), InterviewModels.randomForest(table(x, y), point),
                        "trial " + trial);
            }
        }

        @Test
        void memoisationMakesManyColumnsTractable() {
            Random random = new Random(5);
            int rows = 3000;
            int columns = 18; // 18! = 6.4e15 trees if enumerated
            int[][] x = new int[rows][columns];
            int[] y = new int[rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    x[i][j] = random.nextInt(2);
                }
                y[i] = (x[i][0] + x[i][1] + random.nextInt(2)) >= 2 ? 1 : 0;
            }
            Table df = table(x, y);
            String vote = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> InterviewModels.randomForest(df, new int[columns]));
            assertEquals("0", vote);
        }

        @Test
        void rejectsBadInput() {
            Table df = table(new int[][] {{0, 1}, {1, 0}}, new int[] {0, 1});
            assertRejected("newPoint must have one value per feature column [x0, x1], found 3",
                    () -> InterviewModels.randomForest(df, new int[] {0, 1, 1}));
            assertRejected("newPoint must hold only 0 and 1, found 2 at index 1",
                    () -> InterviewModels.randomForest(df, new int[] {0, 2}));
            Table notBinary = table(new int[][] {{0, 3}, {1, 0}}, new int[] {0, 1});
            assertRejected("feature 'x1' must hold only 0 and 1, found 3.0 in row 0",
                    () -> InterviewModels.randomForest(notBinary, new int[] {0, 1}));
            Table threeClasses = table(new int[][] {{0}, {1}, {1}}, new int[] {0, 1, 2});
            assertRejected("must have at most two values, found 3: [0, 1, 2]",
                    () -> InterviewModels.randomForest(threeClasses, new int[] {0}));
            assertRejected("df must have at least one row, found none", () -> InterviewModels.randomForest(df.emptyCopy(), new int[] {0, 1}));
            assertRejected("df must not be null", () -> InterviewModels.randomForest(null, new int[] {0, 1}));
            assertRejected("newPoint must not be null", () -> InterviewModels.randomForest(df, null));
            Table missing = Table.create("m", DoubleColumn.create("x0", new double[] {0, Double.NaN}), IntColumn.create("y", new int[] {0, 1}));
            assertRejected("feature column 'x0' has 1 missing value(s)", () -> InterviewModels.randomForest(missing, new int[] {0}));
        }

        @Test
        void aMessageListsAtMostTenOfManyClasses() {
            int rows = 100_000;
            Table manyClasses = table(new int[rows][1], java.util.stream.IntStream.range(0, rows).toArray());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> InterviewModels.randomForest(manyClasses, new int[] {0}));
            assertTrue(e.getMessage().contains("found 100000: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ...]"), e.getMessage());
        }

        private Table table(int[][] x, int[] y) {
            Table df = Table.create("df");
            for (int j = 0; j < x[0].length; j++) {
                int column = j;
                df.addColumns(IntColumn.create("x" + j, Arrays.stream(x).mapToInt(row -> row[column]).toArray()));
            }
            return df.addColumns(IntColumn.create("y", y));
        }

        /** The question taken literally: build every permutation's tree and count the votes. */
        private int naiveForest(int[][] x, int[] y, int[] point) {
            long[] votes = new long[2];
            for (List<Integer> order : permutations(x[0].length)) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < x.length; i++) {
                    rows.add(i);
                }
                for (int column : order) {
                    if (rows.stream().map(i -> y[i]).distinct().count() == 1) {
                        break;
                    }
                    List<Integer> narrowed = rows.stream().filter(i -> x[i][column] == point[column]).toList();
                    if (narrowed.isEmpty()) {
                        break;
                    }
                    rows = narrowed;
                }
                long ones = rows.stream().filter(i -> y[i] == 1).count();
                votes[ones > rows.size() - ones ? 1 : 0]++;
            }
            return votes[1] > votes[0] ? 1 : 0;
        }

        private List<List<Integer>> permutations(int n) {
            List<List<Integer>> all = new ArrayList<>();
            permute(new ArrayList<>(), n, all);
            return all;
        }

        private void permute(List<Integer> prefix, int n, List<List<Integer>> all) {
            if (prefix.size() == n) {
                all.add(List.copyOf(prefix));
                return;
            }
            for (int j = 0; j < n; j++) {
                if (!prefix.contains(j)) {
                    prefix.add(j);
                    permute(prefix, n, all);
                    prefix.remove(prefix.size() - 1);
                }
            }
        }
    }

    @Nested
    class NewtonLogisticRegression {

        @Test
        void matchesScikitLearnsNewtonCoefficientsWithoutInterceptOrPenalty() {
            ReferenceCase reference = ReferenceCase.of("models/logistic_newton");
            Map<?, ?> expected = (Map<?, ?>) ((Map<?, ?>) reference.expectedJson()).get("coef");
            double[] beta = InterviewModels.logisticRegression(reference.input(), (String) reference.params().get("target"));
            List<String> features = Columns.without(reference.input(), "y").columnNames();
            for (int j = 0; j < beta.length; j++) {
                Tolerance.assertClose(((Number) expected.get(features.get(j))).doubleValue(), beta[j], 1e-6, features.get(j));
            }
        }

        @Test
        void separableClassesFailInsteadOfRunningOffToInfinity() {
            Table separable = Table.create("s", DoubleColumn.create("x", new double[] {-2, -1, 1, 2}),
                    IntColumn.create("y", new int[] {0, 0, 1, 1}));
            assertThrows(IllegalStateException.class, () -> InterviewModels.logisticRegression(separable, "y"));
        }

        @Test
        void rejectsNullsNamingTheParameterAndInfiniteFeatures() {
            Table data = Table.create("d", DoubleColumn.create("x", new double[] {0, 1, 2, Double.POSITIVE_INFINITY}),
                    IntColumn.create("y", new int[] {0, 1, 0, 1}));
            assertRejected("data must not be null", () -> InterviewModels.logisticRegression(null, "y"));
            assertRejected("target must not be null", () -> InterviewModels.logisticRegression(data, null));
            assertRejected("feature column 'x' has an infinite value in row 3", () -> InterviewModels.logisticRegression(data, "y"));
        }
    }

    @Nested
    class KMeansFromGivenCentroids {

        @Test
        void matchesScikitLearnsLabels() {
            ReferenceCase reference = ReferenceCase.of("models/kmeans_given_init");
            List<?> expected = (List<?>) ((Map<?, ?>) reference.expectedJson()).get("labels");
            int[] labels = InterviewModels.kMeans(rows(reference.input()), 4, rows(reference.table("init.csv")));
            assertEquals(expected.stream().map(v -> ((Number) v).intValue()).toList(), Arrays.stream(labels).boxed().toList());
        }

        @Test
        void twoObviousGroupsOnALine() {
            double[][] points = {{0}, {0.5}, {10}, {10.5}, {1}};
            assertArrayEquals(new int[] {1, 1, 0, 0, 1}, InterviewModels.kMeans(points, 2, new double[][] {{9}, {2}}));
        }

        @Test
        void rejectsRaggedPointsAndTooManyClusters() {
            assertRejected("dataPoints must all have 2 coordinates, found 1 in point 1",
                    () -> InterviewModels.kMeans(new double[][] {{0, 1}, {2}}, 1, new double[][] {{0, 0}}));
            assertThrows(IllegalArgumentException.class,
                    () -> InterviewModels.kMeans(new double[][] {{0}, {1}}, 3, new double[][] {{0}, {1}, {2}}));
            assertThrows(IllegalArgumentException.class,
                    () -> InterviewModels.kMeans(new double[][] {{0}, {1}, {2}}, 2, new double[][] {{0}, {1}, {2}}));
        }

        @Test
        void rejectsNullAndEmptyPointsNamingThem() {
            double[][] centroid = {{0}};
            assertRejected("dataPoints must not be null", () -> InterviewModels.kMeans(null, 1, centroid));
            assertRejected("dataPoints must hold at least one point, found none", () -> InterviewModels.kMeans(new double[0][], 1, centroid));
            assertRejected("dataPoints[0] must not be null", () -> InterviewModels.kMeans(new double[][] {null, {0}}, 1, centroid));
            assertRejected("dataPoints[1] must not be null", () -> InterviewModels.kMeans(new double[][] {{0}, null}, 1, centroid));
            assertRejected("dataPoints must have at least one coordinate, found 0",
                    () -> InterviewModels.kMeans(new double[][] {{}, {}}, 1, new double[][] {{}}));
            assertRejected("initialCentroids must not be null", () -> InterviewModels.kMeans(new double[][] {{0}}, 1, null));
            assertRejected("initialCentroids row 0 must not be null",
                    () -> InterviewModels.kMeans(new double[][] {{0}}, 1, new double[][] {null}));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        void rejectsPointsOrCentroidsThatAreNotFinite(double value) {
            assertRejected("dataPoints[1] must be finite, found " + value + " at index 1",
                    () -> InterviewModels.kMeans(new double[][] {{0, 0}, {1, value}}, 1, new double[][] {{0, 0}}));
            assertRejected("initialCentroids row 1 must be finite, found " + value + " at index 0",
                    () -> InterviewModels.kMeans(new double[][] {{0}, {1}}, 2, new double[][] {{0}, {value}}));
        }

        @Test
        void rejectsKOutOfRangeOrNotMatchingTheCentroids() {
            double[][] points = {{0}, {1}, {2}};
            assertRejected("k must be in 1..3 (the number of points), found 0", () -> InterviewModels.kMeans(points, 0, new double[0][]));
            assertRejected("k must be in 1..3 (the number of points), found 4",
                    () -> InterviewModels.kMeans(points, 4, new double[][] {{0}, {1}, {2}, {3}}));
            assertRejected("initialCentroids must have 2 rows, found 3", () -> InterviewModels.kMeans(points, 2, points));
            assertRejected("initialCentroids row 0 must hold 1 values, found 2",
                    () -> InterviewModels.kMeans(points, 1, new double[][] {{0, 1}}));
        }

        private double[][] rows(Table table) {
            double[][] rows = new double[table.rowCount()][table.columnCount()];
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < rows[i].length; j++) {
                    rows[i][j] = table.numberColumn(j).getDouble(i);
                }
            }
            return rows;
        }
    }
}
