package io.github.prepkit.cluster;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.TableAssertions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Expected values from scikit-learn 1.2.1 where noted. */
class KMeansModelTest {

    private static final Table TRAIN = KMeansTest.points(
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 7}, {6, 5}, {20, 0}});

    private static KMeansModel model() {
        return new KMeans().nClusters(3).init(new double[][] {{0, 0}, {100, 100}, {200, 200}}).fit(TRAIN);
    }

    @Test
    void predictGivesTheNearestCentre() {
        // scikit-learn predict([[3, 3], [15, 1]]) = [2, 1]
        KMeansModel model = model();
        IntColumn predicted = model.predict(KMeansTest.points(new double[][] {{3, 3}, {15, 1}}));
        assertEquals(KMeansModel.CLUSTER_COLUMN, predicted.name());
        assertEquals(List.of(2, 1), predicted.asList());
        assertArrayEquals(model.labels(), model.predict(TRAIN).asIntArray(), "the training rows get their labels");
    }

    @Test
    void predictBreaksTiesTowardTheLowerIndex() {
        Table line = Table.create("line", DoubleColumn.create("x", 0, 2, 4));
        // x = 2 is as near to 0 as to 4 in the first iteration: it joins cluster 0, whose centre becomes 1
        KMeansModel model = new KMeans().nClusters(2).init(new double[][] {{0}, {4}}).fit(line);
        assertArrayEquals(new int[] {0, 0, 1}, model.labels());
        assertArrayEquals(new double[] {1}, model.clusterCenters()[0]);
        Table middle = Table.create("q", DoubleColumn.create("x", 2.5));
        assertEquals(0, model.predict(middle).get(0), "2.5 is 1.5 from both centres");
    }

    @Test
    void transformGivesTheDistanceToEveryCentre() {
        // scikit-learn transform of the first two rows
        Table distances = model().transform(KMeansTest.points(new double[][] {{0, 0}, {0, 1}}));
        Table expected = Table.create("expected",
                DoubleColumn.create("kmeans0", 0.47140452079103157, 0.7453559924999296),
                DoubleColumn.create("kmeans1", 20.0, 20.024984394500787),
                DoubleColumn.create("kmeans2", 7.781745019952502, 7.086763875156433));
        TableAssertions.assertTableClose(expected, distances, 1e-12);
        assertEquals(List.of("kmeans0", "kmeans1", "kmeans2"), distances.columnNames());
    }

    @Test
    void fitTransformIsFitThenTransform() {
        KMeans kMeans = new KMeans().nClusters(2).seed(4);
        TableAssertions.assertTableClose(kMeans.fit(TRAIN).transform(TRAIN), kMeans.fitTransform(TRAIN), 0);
    }

    @Test
    void accessorsReturnCopies() {
        KMeansModel model = model();
        model.labels()[0] = 42;
        model.clusterCenters()[0][0] = 42;
        assertEquals(0, model.labels()[0]);
        assertEquals(1.0 / 3, model.clusterCenters()[0][0], 1e-12);
        assertEquals(List.of("x0", "x1"), model.features());
        assertEquals(3, model.iterations());
        assertEquals(4.666666666666668, model.inertia(), 1e-12);
    }

    @Test
    void tablesOtherThanTheFittedOneFailNamingTheColumn() {
        KMeansModel model = model();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> model.predict(TRAIN.copy().removeColumns("x1")));
        assertTrue(missing.getMessage().contains("column 'x1' is missing"), missing.getMessage());
        Table extra = TRAIN.copy().addColumns(StringColumn.create("name", "a", "b", "c", "d", "e", "f", "g"));
        IllegalArgumentException unseen = assertThrows(IllegalArgumentException.class, () -> model.transform(extra));
        assertTrue(unseen.getMessage().contains("column 'name' was not seen at fit"), unseen.getMessage());
        Table gap = Table.create("q", DoubleColumn.create("x0", Double.NaN), DoubleColumn.create("x1", 1.0));
        assertThrows(IllegalArgumentException.class, () -> model.predict(gap));
        Table reordered = TRAIN.selectColumns("x1", "x0");
        assertArrayEquals(model.labels(), model.predict(reordered).asIntArray(), "columns are found by name");
    }

    @Test
    void scoreIsMinusTheWeightedSquaredDistancesToTheNearestCentres() {
        // centres (1/3, 1/3), (20, 0), (16/3, 17/3): (3, 3) is 113/9 from centre 2, (15, 1) 26 from centre 1
        KMeansModel model = model();
        Table rows = KMeansTest.points(new double[][] {{3, 3}, {15, 1}});
        assertEquals(-(113.0 / 9 + 26), model.score(rows), 1e-12);
        assertEquals(-(2 * 113.0 / 9 + 0.5 * 26), model.score(rows, new double[] {2, 0.5}), 1e-12);
        assertEquals(-model.inertia(), model.score(TRAIN), 1e-12, "on the training rows, minus the inertia");
        assertRejected(() -> model.score(TRAIN.copy().removeColumns("x1")), "KMeansModel.score", "'x1' is missing");
        assertRejected(() -> model.score(rows, new double[] {1, -1}), "KMeansModel.score", "sampleWeight");
    }

    @Test
    void predictLeavesTheTableUnchanged() {
        Table query = TRAIN.copy();
        model().predict(query);
        model().transform(query);
        TableAssertions.assertTableClose(TRAIN, query, 0);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table wine = Columns.without(Datasets.load("wine"), "cultivar");
        KMeansModel model = new KMeans().nClusters(3).fit(wine);
        KMeansModel rebuilt = KMeansModel.of(model.estimator(), model.schema(), model.clusterCenters(), model.labels(),
                model.inertia(), model.iterations());
        assertTableIdentical(Table.create("p", model.predict(wine)), Table.create("p", rebuilt.predict(wine)));
        assertTableIdentical(model.transform(wine), rebuilt.transform(wine));
        assertArrayEquals(model.labels(), rebuilt.labels());
        assertEquals(model.inertia(), rebuilt.inertia());
        assertEquals(model.iterations(), rebuilt.iterations());
        assertEquals(new KMeans().nClusters(3), rebuilt.estimator());
        assertEquals(new KMeans().nClusters(3).init(new double[][] {{0, 0}, {100, 100}, {200, 200}}),
                model().estimator(), "the given centroids compare by content");
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        KMeansModel model = model();
        KMeans kMeans = model.estimator();
        Schema schema = model.schema();
        double[][] centres = model.clusterCenters();
        int[] labels = model.labels();
        assertRejected(() -> KMeansModel.of(kMeans, schema, new double[][] {{0, 0}, {1, 1}}, labels, 1, 2),
                "KMeansModel: clusterCenters (nClusters x features) must have 3 rows, found 2");
        assertRejected(() -> KMeansModel.of(kMeans.nClusters(2).init(new double[][] {{0, 0}, {1, 1}}), schema, centres,
                new int[] {0, 1, 1}, 1, 2), "must have 2 rows, found 3");
        assertRejected(() -> KMeansModel.of(kMeans, schema, new double[][] {{0, 0}, {1}, {2, 2}}, labels, 1, 2),
                "KMeansModel: clusterCenters (nClusters x features) row 1 must hold 2 values, found 1");
        assertRejected(() -> KMeansModel.of(kMeans, schema, new double[][] {{0, 0}, {1, Double.NaN}, {2, 2}}, labels, 1,
                2), "row 1 must be finite, found NaN at index 1");
        assertRejected(() -> KMeansModel.of(kMeans, schema, centres, new int[] {0, 1, 2, 3}, 1, 2),
                "KMeansModel: labels must be from 0 to 2, found 3 at index 3");
        assertRejected(() -> KMeansModel.of(kMeans, schema, centres, new int[] {0, 1}, 1, 2),
                "KMeansModel: fit needs at least nClusters = 3 training rows, found 2 labels");
        assertRejected(() -> KMeansModel.of(kMeans, schema, centres, labels, -1, 2),
                "KMeansModel: inertia must be a number >= 0 (+Infinity beyond the double range), found -1.0");
        assertRejected(() -> KMeansModel.of(kMeans, schema, centres, labels, Double.NaN, 2), "found NaN");
        assertRejected(() -> KMeansModel.of(kMeans, schema, centres, labels, 1, 0),
                "KMeansModel: iterations must be from 1 to maxIter = 300, found 0");
        assertRejected(() -> KMeansModel.of(kMeans.maxIter(5), schema, centres, labels, 1, 6), "found 6");
        assertRejected(() -> KMeansModel.of(kMeans.init(new double[][] {{0}, {1}, {2}}), schema, centres, labels, 1, 2),
                "KMeansModel: the estimator's initial centroids are 3 x 1, but nClusters x features is 3 x 2");
        assertRejected(() -> KMeansModel.of(kMeans, Schema.of(List.of("x0", "x1"),
                List.of(ColumnType.DOUBLE, ColumnType.STRING)), centres, labels, 1, 2),
                "KMeansModel: column 'x1' must be numeric, found STRING");
        assertRejected(() -> KMeansModel.of(kMeans, schema, centres, null, 1, 2), "KMeansModel: labels must not be null");
    }

    @Test
    void itPrintsItsFeaturesClustersInertiaAndIterations() {
        // inertia: 4/3 around (1/3, 1/3), 0 at (20, 0), 10/3 around (16/3, 17/3)
        assertEquals("KMeansModel on [x0, x1]: 3 clusters, inertia 4.667, 3 iterations", model().toString());
    }

    @Test
    void predictShiftsValuesFarFromZeroNextToTheirSpreadInsteadOfLosingThemToCancellation() {
        // |c|² − 2 x·c at 2^40 ± 1: the squares' rounding (2^28) would hide distances of 1, as in scikit-learn
        double offset = 0x1p40;
        Table near = Table.create("t", DoubleColumn.create("x", new double[] {0, 0.25, 0.5, 3, 3.25, 3.5}),
                DoubleColumn.create("y", new double[] {1, 0, 0.5, 2, 2.5, 2.25}));
        Table far = near.copy();
        far.replaceColumn("x", DoubleColumn.create("x", Arrays.stream(near.doubleColumn("x").asDoubleArray())
                .map(v -> v + offset).toArray()));
        KMeansModel model = new KMeans().nClusters(2).seed(1).nJobs(1).fit(far);
        assertArrayEquals(new KMeans().nClusters(2).seed(1).nJobs(1).fit(near).labels(), model.labels());
        assertArrayEquals(model.labels(), model.predict(far).asIntArray());
    }
}
