package io.github.prepkit.neighbors;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NearestNeighborsModelTest {

    private static final Table IRIS = Columns.without(Datasets.load("iris"), "species");

    private static NearestNeighborsModel irisModel() {
        return new NearestNeighbors().nNeighbors(3).fit(IRIS);
    }

    /** Two flowers not in iris, the columns in the fitted order. */
    private static Table unseen() {
        return Table.create("q", DoubleColumn.create("sepal_length_cm", new double[] {5.0, 7.0}),
                DoubleColumn.create("sepal_width_cm", new double[] {3.3, 3.1}),
                DoubleColumn.create("petal_length_cm", new double[] {1.6, 6.0}),
                DoubleColumn.create("petal_width_cm", new double[] {0.3, 2.1}));
    }

    /** The points (0, 0), (3, 0), (0, 1), (1, 1), (5, 5). */
    private static Table points() {
        return Table.create("p", DoubleColumn.create("u", new double[] {0, 3, 0, 1, 5}),
                DoubleColumn.create("v", new double[] {0, 0, 1, 1, 5}));
    }

    @Test
    void kNeighborsOfUnseenRowsAreScikitLearns() {
        // sklearn 1.2.1 NearestNeighbors(n_neighbors=3, algorithm='brute').fit(iris).kneighbors(queries): indices
        // [[26, 7, 39], [102, 143, 125]], distances sqrt of the squared sums 0.02 0.03 0.04 and 0.03 0.1 0.14
        NearestNeighborsModel.Result found = irisModel().kNeighbors(unseen());
        assertEquals(2, found.indices().length);
        assertArrayEquals(new int[] {26, 7, 39}, found.indices()[0]);
        assertArrayEquals(new int[] {102, 143, 125}, found.indices()[1]);
        assertArrayEquals(new double[] {Math.sqrt(0.02), Math.sqrt(0.03), 0.2}, found.distances()[0], 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(0.03), Math.sqrt(0.1), Math.sqrt(0.14)}, found.distances()[1], 1e-12);
    }

    @Test
    void theFittedRowsOwnNeighboursAreThoseOfAQueryForEach() {
        // wine: 13 features, so no tree, 178 rows in one block; doubled with its rows repeated so that blocks differ,
        // identical rows tie and a row's k-th and next neighbours tie (each row's copy lies at distance 0)
        Table wine = Columns.without(Datasets.load("wine"), "cultivar");
        Table twice = wine.copy().append(wine).append(wine.first(60));
        for (int threads : new int[] {1, 2}) {
            for (int k : new int[] {1, 2, 4}) {
                NearestNeighborsModel model = new NearestNeighbors().nNeighbors(k).nJobs(threads).fit(twice);
                NearestNeighborsModel.Result own = model.kNeighborsOfFittedRows();
                NearestNeighborsModel.Result queried = model.kNeighbors(twice);
                assertArrayEquals(queried.indices(), own.indices(), "k " + k + ", threads " + threads);
                assertArrayEquals(queried.distances(), own.distances(), "k " + k + ", threads " + threads);
            }
        }
    }

    @Test
    void theColumnOrderOfTheQueriesDoesNotMatter() {
        Table reordered = unseen().reorderColumns("petal_width_cm", "sepal_width_cm", "sepal_length_cm",
                "petal_length_cm");
        NearestNeighborsModel.Result found = irisModel().kNeighbors(reordered);
        assertArrayEquals(new int[] {26, 7, 39}, found.indices()[0]);
        assertArrayEquals(new int[] {102, 143, 125}, found.indices()[1]);
    }

    @Test
    void anIdenticalEarlierRowComesBeforeTheRowItself() {
        // iris rows 101 and 142 are both (5.8, 2.7, 5.1, 1.9): querying with either finds 101, 142, then 113 at
        // sqrt(0.07) (sklearn 1.2.1 brute: [[101, 142, 113], [101, 142, 113]], distances [0, 0, 0.2645751])
        NearestNeighborsModel.Result found = irisModel().kNeighbors(IRIS.rows(142, 101));
        for (int q = 0; q < 2; q++) {
            assertArrayEquals(new int[] {101, 142, 113}, found.indices()[q]);
            assertArrayEquals(new double[] {0, 0, Math.sqrt(0.07)}, found.distances()[q], 1e-12);
        }
    }

    @Test
    void askingForEveryRowSortsThemAllByDistance() {
        // from (1, 0): (0, 0) and (1, 1) at 1 (the lower index first), (0, 1) at sqrt 2, (3, 0) at 2, (5, 5) at sqrt 41
        // (sklearn 1.2.1 brute kneighbors([[1, 0]]): [[0, 3, 2, 1, 4]])
        NearestNeighborsModel model = new NearestNeighbors().nNeighbors(5).fit(points());
        NearestNeighborsModel.Result found = model.kNeighbors(Table.create("q",
                DoubleColumn.create("u", new double[] {1}), DoubleColumn.create("v", new double[] {0})));
        assertArrayEquals(new int[] {0, 3, 2, 1, 4}, found.indices()[0]);
        assertArrayEquals(new double[] {1, 1, Math.sqrt(2), 2, Math.sqrt(41)}, found.distances()[0], 1e-15);
    }

    @Test
    void eachCallReturnsArraysOfItsOwn() {
        NearestNeighborsModel model = irisModel();
        NearestNeighborsModel.Result first = model.kNeighbors(unseen());
        first.indices()[0][0] = -1;
        first.distances()[0][0] = -1;
        NearestNeighborsModel.Result second = model.kNeighbors(unseen());
        assertArrayEquals(new int[] {26, 7, 39}, second.indices()[0]);
        assertEquals(Math.sqrt(0.02), second.distances()[0][0], 1e-12);
    }

    @Test
    void noQueriesFindNothing() {
        NearestNeighborsModel.Result found = irisModel().kNeighbors(unseen().emptyCopy());
        assertEquals(0, found.indices().length);
        assertEquals(0, found.distances().length);
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        NearestNeighborsModel model = new NearestNeighbors().nNeighbors(2).fit(points());
        String step = "NearestNeighborsModel.kNeighbors: ";
        assertRejected(() -> model.kNeighbors(points().selectColumns("u")), step, "column 'v' is missing");
        assertRejected(() -> model.kNeighbors(points().addColumns(DoubleColumn.create("w", new double[5]))), step,
                "column 'w' was not seen at fit");
        assertRejected(() -> model.kNeighbors(Table.create("q", StringColumn.create("u", "1"),
                DoubleColumn.create("v", new double[] {1}))), step, "column 'u' was DOUBLE at fit, found STRING");
        assertRejected(() -> model.kNeighbors(Table.create("q", DoubleColumn.create("u", new double[] {1}),
                DoubleColumn.create("v", new double[] {Double.NaN}))), step,
                "feature column 'v' has 1 missing value(s)");
        assertRejected(() -> model.kNeighbors(Table.create("q",
                DoubleColumn.create("u", new double[] {Double.NEGATIVE_INFINITY}),
                DoubleColumn.create("v", new double[] {1}))), step,
                "feature column 'u' has an infinite value in row 0");
    }

    @Test
    void searchingLeavesTheQueriesAlone() {
        assertInputUnchanged(points(), new NearestNeighbors().nNeighbors(2).fit(points())::kNeighbors);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        NearestNeighborsModel model = irisModel();
        NearestNeighborsModel rebuilt = NearestNeighborsModel.of(model.estimator(), model.schema(), model.trainingRows());
        for (Table queries : List.of(IRIS, unseen())) {
            NearestNeighborsModel.Result expected = model.kNeighbors(queries);
            NearestNeighborsModel.Result actual = rebuilt.kNeighbors(queries);
            assertArrayEquals(expected.indices(), actual.indices());
            for (int q = 0; q < expected.distances().length; q++) {
                assertArrayEquals(expected.distances()[q], actual.distances()[q]);
            }
        }
        assertEquals(new NearestNeighbors().nNeighbors(3), rebuilt.estimator());
        assertEquals(model.schema(), rebuilt.schema());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        NearestNeighbors nn = new NearestNeighbors().nNeighbors(2);
        Schema schema = Schema.of(List.of("a", "b"), List.of(ColumnType.DOUBLE, ColumnType.INTEGER));
        assertRejected(() -> NearestNeighborsModel.of(nn, schema, new double[] {1, 2, 3, 4, 5}),
                "NearestNeighborsModel: trainingRows must hold whole rows of 2 values, at least nNeighbors = 2 of them;"
                        + " found 5 values");
        assertRejected(() -> NearestNeighborsModel.of(nn, schema, new double[] {1, 2}), "found 2 values");
        assertRejected(() -> NearestNeighborsModel.of(nn, schema, new double[] {1, 2, 3, Double.POSITIVE_INFINITY}),
                "NearestNeighborsModel: trainingRows must be finite, found Infinity at index 3");
        assertRejected(() -> NearestNeighborsModel.of(nn, Schema.of(List.of("a", "b"),
                List.of(ColumnType.DOUBLE, ColumnType.BOOLEAN)), new double[4]),
                "NearestNeighborsModel: column 'b' must be numeric, found BOOLEAN");
        assertRejected(() -> NearestNeighborsModel.of(nn, null, new double[4]), "NearestNeighborsModel: schema");
    }

    @Test
    void itPrintsItsFeaturesRowsAndK() {
        assertEquals("NearestNeighborsModel on [sepal_length_cm, sepal_width_cm, petal_length_cm, petal_width_cm]:"
                + " 150 training rows, k 3", irisModel().toString());
    }
}
