package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.metrics.ClusteringMetrics;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.WeightCases;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Expected values from scikit-learn 1.2.1's {@code KMeans(algorithm="lloyd")} where noted. */
class KMeansTest {

    static Table points(double[][] rows) {
        Table table = Table.create("points");
        for (int j = 0; j < rows[0].length; j++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][j];
            }
            table.addColumns(DoubleColumn.create("x" + j, column));
        }
        return table;
    }

    /** {@code rows} points around {@code clusters} random centres in {@code features} dimensions. */
    static Table blobs(int rows, int features, int clusters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[clusters][features];
        for (double[] centre : centres) {
            for (int j = 0; j < features; j++) {
                centre[j] = random.nextDouble(-10, 10);
            }
        }
        double[][] data = new double[rows][features];
        for (int i = 0; i < rows; i++) {
            double[] centre = centres[random.nextInt(clusters)];
            for (int j = 0; j < features; j++) {
                data[i][j] = centre[j] + random.nextDouble(-2, 2);
            }
        }
        return points(data);
    }

    private static void assertCentres(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "clusters");
        for (int c = 0; c < expected.length; c++) {
            assertArrayEquals(expected[c], actual[c], 1e-12, "centre " + c);
        }
    }

    @Test
    void twoObviousClustersByHand() {
        // scikit-learn's docstring points: centres (1, 2) and (10, 2), inertia 2 x (0 + 4 + 4) = 16, 2 iterations
        Table table = points(new double[][] {{1, 2}, {1, 4}, {1, 0}, {10, 2}, {10, 4}, {10, 0}});
        KMeansModel model = new KMeans().nClusters(2).init(new double[][] {{1, 1}, {10, 1}}).fit(table);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, model.labels());
        assertCentres(new double[][] {{1, 2}, {10, 2}}, model.clusterCenters());
        assertEquals(16.0, model.inertia(), 1e-12);
        assertEquals(2, model.iterations());
    }

    @Test
    void emptyClustersTakeTheFarthestPoints() {
        // two far-away initial centres get no point: the farthest point (20, 0) goes to cluster 1, the next
        // farthest (5, 7) to cluster 2. scikit-learn: after one iteration centres (2.4, 2.2), (20, 0), (5, 7),
        // inertia 33.6; at convergence (3 iterations) inertia 4.666666666666668
        Table table = points(new double[][] {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 7}, {6, 5}, {20, 0}});
        KMeans kMeans = new KMeans().nClusters(3).init(new double[][] {{0, 0}, {100, 100}, {200, 200}});
        KMeansModel once = kMeans.maxIter(1).fit(table);
        assertCentres(new double[][] {{2.4, 2.2}, {20, 0}, {5, 7}}, once.clusterCenters());
        assertArrayEquals(new int[] {0, 0, 0, 2, 2, 2, 1}, once.labels());
        assertEquals(33.6, once.inertia(), 1e-12);
        assertEquals(1, once.iterations());

        KMeansModel converged = kMeans.fit(table);
        assertCentres(new double[][] {{1.0 / 3, 1.0 / 3}, {20, 0}, {16.0 / 3, 17.0 / 3}}, converged.clusterCenters());
        assertArrayEquals(new int[] {0, 0, 0, 2, 2, 2, 1}, converged.labels());
        assertEquals(4.666666666666668, converged.inertia(), 1e-12);
        assertEquals(3, converged.iterations());
    }

    @Test
    void severalEmptyClustersTakeThePointsInScikitLearnsOrder() {
        // three empty clusters: numpy's argpartition hands them rows 5, 3, 9 (not 3, 5, 9, farthest first).
        // scikit-learn after one iteration: labels [0, 0, 0, 2, 3, 1, 3, 3, 0, 3], inertia 55.275306122448974;
        // converged in 4 iterations: labels [3, 0, 0, 2, 3, 1, 3, 3, 0, 3], inertia 25.138666666666666
        Table table = points(new double[][] {{6.9, 7.7}, {1.9, 4.6}, {3.6, 1.7}, {2.2, 9.6}, {8.8, 3.8}, {7.4, 0.4},
            {9.2, 5.4}, {8.2, 2.8}, {3.8, 3.5}, {9.7, 4.3}});
        KMeans kMeans = new KMeans().nClusters(4).init(new double[][] {{5, 5}, {100, 100}, {200, 200}, {300, 300}});
        KMeansModel once = kMeans.maxIter(1).fit(table);
        assertArrayEquals(new int[] {0, 0, 0, 2, 3, 1, 3, 3, 0, 3}, once.labels());
        assertCentres(new double[][] {{6.057142857143, 4.214285714286}, {7.4, 0.4}, {2.2, 9.6}, {9.7, 4.3}},
                roundedTo12(once.clusterCenters()));
        assertEquals(55.275306122448974, once.inertia(), 1e-10);
        KMeansModel converged = kMeans.fit(table);
        assertArrayEquals(new int[] {3, 0, 0, 2, 3, 1, 3, 3, 0, 3}, converged.labels());
        assertEquals(25.138666666666666, converged.inertia(), 1e-10);
        assertEquals(4, converged.iterations());
    }

    private static double[][] roundedTo12(double[][] values) {
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.round(row[j] * 1e12) / 1e12;
            }
        }
        return values;
    }

    @Test
    void toleranceStopsEarlyAndRelabelsWithTheFinalCentres() {
        // scikit-learn: tol 1e-4 -> 2 iterations, tol 10 -> 1; both centres (1.1, 1.1), (13/3, 13/3), inertia 11.7333
        Table table = points(new double[][] {{0, 0}, {1, 0}, {0, 1}, {4, 4}, {4, 5}, {5, 4}, {2, 2}, {2.5, 2.5}});
        KMeans kMeans = new KMeans().nClusters(2).init(new double[][] {{0, 0}, {5, 5}});
        for (double tol : new double[] {1e-4, 10}) {
            KMeansModel model = kMeans.tol(tol).fit(table);
            assertEquals(tol == 10 ? 1 : 2, model.iterations(), "tol " + tol);
            assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 0, 0}, model.labels());
            assertCentres(new double[][] {{1.1, 1.1}, {13.0 / 3, 13.0 / 3}}, model.clusterCenters());
            assertEquals(11.733333333333334, model.inertia(), 1e-12);
        }
    }

    @Test
    void reachesScikitLearnsInertiaOnTheBundledData() {
        // scikit-learn KMeans(3, n_init=10, random_state=0): iris 78.851441426146 (k-means++ and random),
        // wine 2370689.686782969. Our random draws differ, the optimum reached is the same.
        Table iris = Columns.without(Datasets.load("iris"), "species");
        KMeansModel model = new KMeans().nClusters(3).fit(iris);
        assertEquals(78.851441426146, model.inertia(), 1e-9);
        // the same clustering: scikit-learn's silhouette_score of its labels is 0.5528190123564102
        assertEquals(0.5528190123564102, ClusteringMetrics.silhouette(iris, model.predict(iris)), 1e-12);
        assertEquals(model.inertia(), ClusteringMetrics.inertia(iris, model.predict(iris)), 1e-9);
        assertEquals(78.851441426146, new KMeans().nClusters(3).init(KMeans.Init.RANDOM).fit(iris).inertia(), 1e-9);
        Table wine = Columns.without(Datasets.load("wine"), "cultivar");
        assertEquals(2370689.686782969, new KMeans().nClusters(3).fit(wine).inertia(), 1e-3);
    }

    @Test
    void sameSeedSameResultForAnyNJobs() {
        Table table = blobs(9000, 3, 5, 11); // three parallel tasks of 4096 rows
        for (KMeans.Init init : new KMeans.Init[] {KMeans.Init.K_MEANS_PLUS_PLUS, KMeans.Init.RANDOM}) {
            KMeans kMeans = new KMeans().nClusters(5).init(init).nInit(2).seed(7);
            KMeansModel one = kMeans.nJobs(1).fit(table);
            KMeansModel two = kMeans.nJobs(2).fit(table);
            KMeansModel again = kMeans.nJobs(1).fit(table);
            assertArrayEquals(one.labels(), two.labels(), init.name());
            assertArrayEquals(one.clusterCenters(), two.clusterCenters(), init.name());
            assertEquals(one.inertia(), two.inertia(), init.name());
            assertEquals(one.iterations(), two.iterations(), init.name());
            assertArrayEquals(one.clusterCenters(), again.clusterCenters(), "fitting twice");
        }
    }

    @Test
    void moreRunsNeverDoWorse() {
        // run 0 of every fit with the same seed starts from the same centres, so ten runs keep one at least as good
        Table table = blobs(600, 2, 6, 3);
        for (long seed = 0; seed < 5; seed++) {
            double single = new KMeans().nClusters(6).init(KMeans.Init.RANDOM).nInit(1).seed(seed).fit(table).inertia();
            double best = new KMeans().nClusters(6).init(KMeans.Init.RANDOM).nInit(10).seed(seed).fit(table).inertia();
            assertTrue(best <= single, "seed " + seed + ": " + best + " > " + single);
        }
    }

    @Test
    void givenCentroidsMakeOneRunWhateverNInit() {
        Table table = blobs(300, 2, 3, 5);
        double[][] start = {{0, 0}, {1, 1}, {2, 2}};
        KMeansModel one = new KMeans().nClusters(3).init(start).nInit(1).fit(table);
        KMeansModel ten = new KMeans().nClusters(3).init(start).nInit(10).seed(99).fit(table);
        assertArrayEquals(one.labels(), ten.labels());
        assertArrayEquals(one.clusterCenters(), ten.clusterCenters());
    }

    @Test
    void fitLeavesTheTableUnchanged() {
        Table table = blobs(50, 2, 2, 1);
        Table copy = table.copy();
        new KMeans().nClusters(2).fit(table);
        TableAssertions.assertTableClose(copy, table, 0);
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        KMeans defaults = new KMeans();
        assertEquals(8, defaults.nClusters());
        assertEquals(KMeans.Init.K_MEANS_PLUS_PLUS, defaults.init());
        assertEquals(10, defaults.nInit());
        assertEquals(300, defaults.maxIter());
        assertEquals(1e-4, defaults.tol());
        assertEquals(0, defaults.seed());
        assertEquals(-1, defaults.nJobs());
        assertEquals(0, defaults.initialCentroids().length);

        double[][] centroids = {{1, 2}, {3, 4}};
        KMeans given = defaults.nClusters(2).init(centroids).maxIter(5).tol(0).seed(3).nJobs(2);
        centroids[0][0] = 99;
        assertEquals(1, given.initialCentroids()[0][0], "the centroids were copied");
        given.initialCentroids()[0][0] = 99;
        assertEquals(1, given.initialCentroids()[0][0], "the accessor returns a copy");
        assertEquals(KMeans.Init.GIVEN, given.init());
        assertEquals(8, defaults.nClusters(), "the receiver is unchanged");
        assertEquals(new KMeans().nClusters(2).init(new double[][] {{1, 2}, {3, 4}}).maxIter(5).tol(0).seed(3).nJobs(2), given);
        assertEquals(given.hashCode(), given.nJobs(2).hashCode());
        assertNotEquals(given, given.init(new double[][] {{1, 2}, {3, 5}}));
        assertTrue(given.toString().contains("GIVEN [[1.0, 2.0], [3.0, 4.0]]"), given.toString());
        KMeans back = given.init(KMeans.Init.RANDOM);
        assertEquals(0, back.initialCentroids().length);
        assertFalse(back.toString().contains("[["), back.toString());
    }

    @Test
    void invalidParametersFailNamingThem() {
        KMeans k = new KMeans();
        assertEquals("nClusters must be at least 1, found 0", assertThrows(IllegalArgumentException.class, () -> k.nClusters(0)).getMessage());
        assertEquals("nInit must be at least 1, found 0", assertThrows(IllegalArgumentException.class, () -> k.nInit(0)).getMessage());
        assertEquals("maxIter must be at least 1, found -3", assertThrows(IllegalArgumentException.class, () -> k.maxIter(-3)).getMessage());
        assertEquals("tol must be a finite number >= 0, found -1.0", assertThrows(IllegalArgumentException.class, () -> k.tol(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> k.tol(Double.NaN));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> k.nJobs(0)).getMessage().startsWith("nJobs"));
        assertEquals("init GIVEN needs the centroids: call init(double[][])",
                assertThrows(IllegalArgumentException.class, () -> k.init(KMeans.Init.GIVEN)).getMessage());
        assertEquals("init centroids must have at least one row",
                assertThrows(IllegalArgumentException.class, () -> k.init(new double[0][])).getMessage());
        assertEquals("init centroids must be rows of equal, non-zero length",
                assertThrows(IllegalArgumentException.class, () -> k.init(new double[][] {{1, 2}, {3}})).getMessage());
        assertEquals("init centroids must be finite numbers, found NaN",
                assertThrows(IllegalArgumentException.class, () -> k.init(new double[][] {{1, Double.NaN}})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> k.init((KMeans.Init) null));
        assertThrows(IllegalArgumentException.class, () -> k.init((double[][]) null));
        assertThrows(IllegalArgumentException.class, () -> k.init(new double[][] {null}));
        assertThrows(IllegalArgumentException.class,
                () -> new KMeans(2, KMeans.Init.RANDOM, new double[][] {{1}}, 1, 1, 0, 0, 1));
    }

    @Test
    void badTablesFailNamingTheProblem() {
        Table five = points(new double[][] {{1}, {2}, {3}, {4}, {5}});
        assertEquals("KMeans: nClusters=6 is larger than the number of rows (5)",
                assertThrows(IllegalArgumentException.class, () -> new KMeans().nClusters(6).fit(five)).getMessage());
        assertEquals("KMeans: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new KMeans().fit(five.emptyCopy())).getMessage());
        Table gap = Table.create("t", DoubleColumn.create("x", 1, Double.NaN, 3));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeans().nClusters(2).fit(gap))
                .getMessage().contains("feature column 'x' has 1 missing value(s)"));
        Table infinite = Table.create("t", DoubleColumn.create("x", 1, Double.POSITIVE_INFINITY, 3));
        assertEquals("KMeans: feature column 'x' has an infinite value in row 1",
                assertThrows(IllegalArgumentException.class, () -> new KMeans().nClusters(2).fit(infinite)).getMessage());
        Table text = five.copy().addColumns(StringColumn.create("name", "a", "b", "c", "d", "e"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KMeans().nClusters(2).fit(text))
                .getMessage().contains("'name' must be numeric"));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> new KMeans().nClusters(2).init(new double[][] {{1, 1}, {2, 2}}).fit(five));
        assertEquals("KMeans: init centroids must be 2 x 1 (nClusters x features [x0]), found 2 x 2", shape.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KMeans().nClusters(3).init(new double[][] {{1}, {2}}).fit(five));
    }

    @Test
    void identicalRowsGiveOneClusterAsScikitLearn() {
        // scikit-learn KMeans(3) on five copies of (1, 2), both inits: labels all 0, every centre (1, 2), inertia 0,
        // 1 iteration (it warns of fewer distinct clusters; so do we, through System.Logger)
        Table same = points(new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}, {1, 2}});
        for (KMeans.Init init : new KMeans.Init[] {KMeans.Init.K_MEANS_PLUS_PLUS, KMeans.Init.RANDOM}) {
            KMeansModel model = new KMeans().nClusters(3).init(init).fit(same);
            assertArrayEquals(new int[5], model.labels());
            assertCentres(new double[][] {{1, 2}, {1, 2}, {1, 2}}, model.clusterCenters());
            assertEquals(0, model.inertia());
            assertEquals(1, model.iterations());
        }
    }

    @Test
    void integerColumnsAreFeaturesToo() {
        Table ints = Table.create("t", IntColumn.create("a", 0, 0, 10, 10), DoubleColumn.create("b", 0, 1, 0, 1));
        KMeansModel model = new KMeans().nClusters(2).init(new double[][] {{0, 0}, {10, 0}}).fit(ints);
        assertArrayEquals(new int[] {0, 0, 1, 1}, model.labels());
        assertCentres(new double[][] {{0, 0.5}, {10, 0.5}}, model.clusterCenters());
    }

    @Test
    void sameClusteringIgnoresTheNumbering() {
        assertTrue(KMeans.sameClustering(new int[] {0, 0, 1, 2}, new int[] {2, 2, 0, 1}, 3));
        assertFalse(KMeans.sameClustering(new int[] {0, 0, 1, 2}, new int[] {2, 1, 0, 1}, 3));
    }

    /** Two blobs, around (1, 1) and (-1, -1), of coordinates with few significant bits. */
    private static Table blobs() {
        return points(new double[][] {{1, 1.25}, {1.25, 1}, {0.75, 1.125}, {1.125, 0.875}, {1, 0.75}, {-1, -1.25},
                {-1.25, -0.75}, {-0.875, -1}, {-1.125, -1.125}, {-0.75, -0.875}, {0.25, -0.125}});
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryCentresScaled() {
        // scikit-learn's squared distances overflow at 1e300 (NaN centres) and underflow at 1e-200 (every row ties)
        Table ordinary = blobs();
        for (KMeans kMeans : new KMeans[] {new KMeans().nClusters(3).seed(4).nJobs(1),
                new KMeans().nClusters(2).init(KMeans.Init.RANDOM).seed(2).nJobs(1)}) {
            KMeansModel base = kMeans.fit(ordinary);
            for (int exponent : Extremes.EXPONENTS) {
                Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
                KMeansModel model = kMeans.fit(moved);
                String where = "at 2^" + exponent;
                assertArrayEquals(base.labels(), model.labels(), where);
                for (int c = 0; c < base.clusterCenters().length; c++) {
                    Extremes.assertScaled(base.clusterCenters()[c], exponent, model.clusterCenters()[c],
                            "centre " + where);
                }
                assertEquals(Math.scalb(base.inertia(), 2 * exponent), model.inertia(),
                        where + ": +Infinity beyond the range");
                assertArrayEquals(base.labels(), model.predict(moved).asIntArray(), where);
                if (exponent > -1000) { // subnormal centres keep fewer bits, and so do the distances to them
                    TableAssertions.assertTableIdentical(Extremes.timesPowerOfTwo(base.transform(ordinary), exponent),
                            model.transform(moved));
                }
            }
        }
    }

    @Test
    void at1e300TheCentresAreTheOrdinaryOnesTimes1e300() {
        KMeans kMeans = new KMeans().nClusters(2).seed(1).nJobs(1);
        KMeansModel base = kMeans.fit(blobs());
        for (double factor : new double[] {1e300, -1e300, 1e-200}) {
            KMeansModel model = kMeans.fit(Extremes.times(blobs(), factor));
            assertArrayEquals(base.labels(), model.labels());
            for (int c = 0; c < 2; c++) {
                for (int j = 0; j < 2; j++) {
                    assertEquals(base.clusterCenters()[c][j] * factor, model.clusterCenters()[c][j],
                            1e-14 * Math.abs(factor));
                }
            }
        }
    }

    @Test
    void aFeatureConstantAt1e308ChangesNoLabel() {
        double[] constant = new double[blobs().rowCount()];
        Arrays.fill(constant, 1e308);
        Table withConstant = blobs().addColumns(DoubleColumn.create("c", constant));
        KMeans kMeans = new KMeans().nClusters(2).seed(3).nJobs(1);
        KMeansModel base = kMeans.fit(blobs());
        KMeansModel model = kMeans.fit(withConstant);
        assertArrayEquals(base.labels(), model.labels());
        assertEquals(base.inertia(), model.inertia());
        for (int c = 0; c < 2; c++) {
            assertArrayEquals(new double[] {base.clusterCenters()[c][0], base.clusterCenters()[c][1], 1e308},
                    model.clusterCenters()[c]);
        }
        assertArrayEquals(base.labels(), model.predict(withConstant).asIntArray());
        TableAssertions.assertTableIdentical(base.transform(blobs()), model.transform(withConstant));
    }

    /** The first {@code count} rows of {@code table} as centroids. */
    private static double[][] firstRows(Table table, int count) {
        double[][] rows = new double[count][table.columnCount()];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = table.doubleColumn(j).getDouble(i);
            }
        }
        return rows;
    }

    /** Weights drawn uniformly from [0, 3) for {@code rows} rows. */
    private static double[] randomWeights(int rows, long seed) {
        return new SplittableRandom(seed).doubles(rows, 0, 3).toArray();
    }

    private static void assertSameModel(KMeansModel expected, KMeansModel actual, String what) {
        assertArrayEquals(expected.labels(), actual.labels(), what + ": labels");
        assertArrayEquals(expected.clusterCenters(), actual.clusterCenters(), what + ": centres, bit for bit");
        assertEquals(expected.inertia(), actual.inertia(), what + ": inertia, bit for bit");
        assertEquals(expected.iterations(), actual.iterations(), what + ": iterations");
    }

    @Test
    void unitWeightsGiveTheUnweightedModelBitForBit() {
        Table table = blobs(1200, 3, 4, 8);
        double[] ones = new double[table.rowCount()];
        Arrays.fill(ones, 1);
        for (KMeans kMeans : new KMeans[] {new KMeans().nClusters(4).nInit(3).seed(2),
                new KMeans().nClusters(4).init(KMeans.Init.RANDOM).nInit(3).seed(2),
                new KMeans().nClusters(3).init(new double[][] {{0, 0, 0}, {1, 1, 1}, {2, 2, 2}}).tol(0)}) {
            assertSameModel(kMeans.fit(table), kMeans.fit(table, ones), kMeans.toString());
        }
        // the empty-cluster case above: relocations move weight 1, as the unweighted fit moves one row
        Table empty = points(new double[][] {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 7}, {6, 5}, {20, 0}});
        KMeans far = new KMeans().nClusters(3).init(new double[][] {{0, 0}, {100, 100}, {200, 200}});
        double[] seven = {1, 1, 1, 1, 1, 1, 1};
        assertSameModel(far.fit(empty), far.fit(empty, seven), "relocation");
        assertEquals(far.fit(empty).inertia(), -far.fit(empty).score(empty, seven), 1e-12);
    }

    @Test
    void weightsGiveWeightedMeansAndInertia() {
        // by hand: cluster {0, 1} with weights 3 and 1 -> 0.25; cluster {10, 12} with weights 1 and 3 -> 11.5;
        // inertia 3 x 0.0625 + 0.5625 + 2.25 + 3 x 0.25 = 3.75
        Table line = Table.create("line", DoubleColumn.create("x", 0, 1, 10, 12));
        KMeansModel model = new KMeans().nClusters(2).init(new double[][] {{0}, {10}}).fit(line, new double[] {3, 1, 1, 3});
        assertArrayEquals(new int[] {0, 0, 1, 1}, model.labels());
        assertCentres(new double[][] {{0.25}, {11.5}}, model.clusterCenters());
        assertEquals(3.75, model.inertia(), 1e-12);
        assertEquals(-3.75, model.score(line, new double[] {3, 1, 1, 3}), 1e-12);
        assertEquals(-(0.0625 + 0.5625 + 2.25 + 0.25), model.score(line), 1e-12, "score without weights");
    }

    @Test
    void integerWeightsAreRepeatedRows() {
        Table table = blobs(300, 2, 3, 9);
        int[] counts = new SplittableRandom(4).ints(table.rowCount(), 0, 4).toArray();
        counts[0] = 1; // the rows the run starts from keep a weight: no cluster starts empty
        counts[1] = 2;
        counts[2] = 1;
        double[] weights = Arrays.stream(counts).asDoubleStream().toArray();
        // tol 0 stops on unchanged labels only: the tolerance, from the variances of the rows as given, cannot
        // stop one fit before the other
        KMeans kMeans = new KMeans().nClusters(3).init(firstRows(table, 3)).tol(0);
        KMeansModel weighted = kMeans.fit(table, weights);
        KMeansModel repeated = kMeans.fit(WeightCases.duplicated(table, counts));
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(repeated.clusterCenters()[c], weighted.clusterCenters()[c], 1e-12, "centre " + c);
        }
        assertEquals(repeated.inertia(), weighted.inertia(), 1e-9 * repeated.inertia());
        int copy = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                assertEquals(repeated.labels()[copy], weighted.labels()[i], "row " + i);
            }
            copy += counts[i];
        }
    }

    @Test
    void rowsOfWeightZeroAreLabelledButPullNoCentre() {
        // the rows at 100 weigh 0: the centres are those of the other rows; they still get the nearer centre's label
        Table table = Table.create("line", DoubleColumn.create("x", 0, 1, 100, 10, 11, 100));
        KMeansModel model = new KMeans().nClusters(2).init(new double[][] {{0}, {10}})
                .fit(table, new double[] {1, 1, 0, 1, 1, 0});
        assertCentres(new double[][] {{0.5}, {10.5}}, model.clusterCenters());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 1}, model.labels());
        assertEquals(1.0, model.inertia(), 1e-12);
    }

    @Test
    void scalingTheWeightsChangesOnlyTheInertia() {
        // scikit-learn's test_scaled_weights: weights times 0.5 give the same clusters; times 2^±600 too (the weights
        // are scaled back into range by a power of two, exactly), the inertia times the same factor
        Table table = blobs(500, 2, 4, 12);
        double[] weights = randomWeights(table.rowCount(), 13);
        KMeans kMeans = new KMeans().nClusters(4).nInit(2).seed(5);
        KMeansModel base = kMeans.fit(table, weights);
        for (int exponent : new int[] {-1, 600, -600}) {
            double[] scaled = Arrays.stream(weights).map(w -> Math.scalb(w, exponent)).toArray();
            KMeansModel model = kMeans.fit(table, scaled);
            assertArrayEquals(base.labels(), model.labels(), "2^" + exponent);
            assertArrayEquals(base.clusterCenters(), model.clusterCenters(), "2^" + exponent);
            assertEquals(Math.scalb(base.inertia(), exponent), model.inertia(), "2^" + exponent);
        }
    }

    @Test
    void weightedFitsAreTheSameForAnyNJobs() {
        Table table = blobs(9000, 3, 5, 14); // three parallel tasks
        double[] weights = randomWeights(table.rowCount(), 15);
        KMeans kMeans = new KMeans().nClusters(5).nInit(2).seed(3);
        assertSameModel(kMeans.nJobs(1).fit(table, weights), kMeans.nJobs(2).fit(table, weights), "nJobs 1 and 2");
        KMeansModel model = kMeans.nJobs(1).fit(table, weights);
        assertEquals(model.score(table, weights), kMeans.nJobs(2).fit(table, weights).score(table, weights));
    }

    @Test
    void moreWeightedRunsNeverDoWorse() {
        Table table = blobs(600, 2, 6, 16);
        double[] weights = randomWeights(table.rowCount(), 17);
        for (long seed = 0; seed < 5; seed++) {
            KMeans kMeans = new KMeans().nClusters(6).init(KMeans.Init.RANDOM).seed(seed);
            double single = kMeans.nInit(1).fit(table, weights).inertia();
            double best = kMeans.nInit(10).fit(table, weights).inertia();
            assertTrue(best <= single, "seed " + seed + ": " + best + " > " + single);
        }
    }

    @Test
    void badWeightsFailNamingSampleWeight() {
        Table three = points(new double[][] {{1}, {2}, {3}});
        KMeans kMeans = new KMeans().nClusters(2);
        assertEquals("KMeans: sampleWeight must hold one weight per row (3), found 2 weights",
                assertThrows(IllegalArgumentException.class, () -> kMeans.fit(three, new double[] {1, 1})).getMessage());
        assertEquals("KMeans: sampleWeight must hold one weight per row (3), found null",
                assertThrows(IllegalArgumentException.class, () -> kMeans.fit(three, null)).getMessage());
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("KMeans: sampleWeight must be finite and at least 0, found " + bad + " at row 1",
                    assertThrows(IllegalArgumentException.class, () -> kMeans.fit(three, new double[] {1, bad, 1}))
                            .getMessage());
        }
        assertEquals("KMeans: sampleWeight must sum to a positive finite number, found a sum of 0.0",
                assertThrows(IllegalArgumentException.class, () -> kMeans.fit(three, new double[3])).getMessage());
        assertEquals("KMeans: nClusters=4 is larger than the number of rows (3)", assertThrows(
                IllegalArgumentException.class, () -> kMeans.nClusters(4).fit(three, new double[] {1, 1, 1})).getMessage());
        KMeansModel model = kMeans.fit(three);
        assertEquals("KMeansModel.score: sampleWeight must hold one weight per row (3), found 1 weights",
                assertThrows(IllegalArgumentException.class, () -> model.score(three, new double[] {1})).getMessage());
    }

    @Test
    void weightedFitLeavesTableAndWeightsUnchanged() {
        Table table = blobs(50, 2, 2, 1);
        Table copy = table.copy();
        double[] weights = randomWeights(50, 2);
        double[] before = weights.clone();
        new KMeans().nClusters(2).fit(table, weights).score(table, weights);
        TableAssertions.assertTableClose(copy, table, 0);
        assertArrayEquals(before, weights);
    }
}
