package io.github.prepkit.cluster;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ColumnRanges;
import io.github.prepkit.internal.data.FeatureColumns;
import io.github.prepkit.internal.data.NumpySum;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.Tables;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;

/**
 * K-means clustering by Lloyd's algorithm, as scikit-learn 1.2's {@code KMeans(algorithm="lloyd")}: {@link #fit}
 * clusters the rows of a table of numeric columns and returns a {@link KMeansModel} with the labels, the centres
 * and the inertia (the sum of squared distances of the rows to their centres); {@link #fit(Table, double[])} weighs the
 * rows, as scikit-learn's {@code sample_weight}.
 *
 * <p>Each of {@code nInit} runs starts from centres chosen by {@code init}, then alternates assigning every row to
 * its nearest centre and moving every centre to the mean of its rows, until the labels stop changing, the centres
 * move less than the tolerance, or {@code maxIter} iterations; the run of least inertia is kept (a later run
 * replaces an earlier one only if its inertia is smaller and its clustering is not the same up to a renumbering,
 * as scikit-learn). As scikit-learn, the data are centred on the feature means while fitting, for accurate
 * distances (a single feature's mean and variance summed pairwise, as numpy sums one column, so that exact ties, such
 * as the two ends of {@code KBinsDiscretizer}'s uniform start, break as in scikit-learn); ties between centres go to the lower index; an empty cluster takes the row farthest from its centre
 * (several empty clusters take the farthest rows, handed out in scikit-learn's order).
 * The tolerance is relative: {@code tol} times the mean of the features' population variances, compared with the
 * sum over the clusters of the squared distance each centre moved.
 *
 * <p>Data whose squared distances would overflow or underflow (values near 1e300 or 1e-200, subnormal numbers) are
 * clustered multiplied by one power of two, chosen from the features' spreads (see {@link ColumnRanges}), and the
 * centres divided by it again: the labels and centres are, bit for bit, those of the same data at an ordinary
 * magnitude, scaled back, where scikit-learn's distances would be infinite or 0. A feature constant far from 0 is
 * centred on its own value, exactly, so that one constant at 1e308 changes nothing. The inertia is scaled back too,
 * and is +Infinity when it exceeds the double range.
 *
 * <p>Cost: O(nInit x iterations x rows x nClusters x features), one pass over the rows per iteration, parallel over
 * blocks of rows on {@code nJobs} threads. Results depend on {@code seed} only, never on {@code nJobs}: the random
 * draws of run {@code r} come from {@code Parallel.seed(seed, r)}, and the parallel sums are merged in a fixed
 * order. They are not scikit-learn's random draws, so with random or k-means++ initialisation the centres differ
 * from scikit-learn's for the same seed (and the default seed is 0, where scikit-learn's {@code random_state=None}
 * draws a fresh one each time); with given centroids the results are scikit-learn's, to rounding.
 *
 * @param nClusters        the number of clusters (default 8), at least 1 and at most the number of rows
 * @param init             how the first centres are chosen (default {@link Init#K_MEANS_PLUS_PLUS})
 * @param initialCentroids the centres given with {@link #init(double[][])}, one row per cluster; empty otherwise
 * @param nInit            the number of runs with different initial centres (default 10); a single run with given
 *                         centroids, whatever its value, as scikit-learn 1.2 does (with a warning)
 * @param maxIter          the maximum number of iterations of a run (default 300)
 * @param tol              the relative tolerance on the centre shift (default 1e-4); 0 stops only when the labels
 *                         stop changing or after {@code maxIter} iterations
 * @param seed             the seed of the random initialisations (default 0)
 * @param nJobs            the number of threads, or -1 for every core (default -1)
 */
public record KMeans(int nClusters, Init init, double[][] initialCentroids, int nInit, int maxIter, double tol,
                     long seed, int nJobs) implements Transformer<KMeansModel> {

    /** How the initial centres are chosen. */
    public enum Init {
        /** scikit-learn's greedy k-means++: spread-out rows, each the best of 2 + ⌊ln k⌋ sampled candidates. */
        K_MEANS_PLUS_PLUS,
        /** {@code nClusters} distinct rows drawn uniformly at random. */
        RANDOM,
        /** The centroids given to {@link KMeans#init(double[][])}. */
        GIVEN
    }

    private static final String STEP = "KMeans";
    private static final System.Logger LOGGER = System.getLogger(KMeans.class.getName());

    /**
     * Validates every parameter and copies the centroids.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public KMeans {
        require(nClusters >= 1, "nClusters must be at least 1, found " + nClusters);
        Checks.notNull(init, "init");
        Checks.notNull(initialCentroids, "initialCentroids");
        require((init == Init.GIVEN) == (initialCentroids.length > 0), init == Init.GIVEN
                ? "init GIVEN needs the centroids: call init(double[][])"
                : "initialCentroids must be empty unless init is GIVEN, found " + initialCentroids.length + " rows");
        initialCentroids = checkedCopy(initialCentroids);
        require(nInit >= 1, "nInit must be at least 1, found " + nInit);
        require(maxIter >= 1, "maxIter must be at least 1, found " + maxIter);
        require(tol >= 0 && Double.isFinite(tol), "tol must be a finite number >= 0, found " + tol);
        Parallel.threads(nJobs);
    }

    /** scikit-learn's defaults: 8 clusters, k-means++, 10 runs, 300 iterations, tolerance 1e-4; seed 0, every core. */
    public KMeans() {
        this(8, Init.K_MEANS_PLUS_PLUS, new double[0][], 10, 300, 1e-4, 0, -1);
    }

    /** A copy with {@code nClusters} clusters. */
    public KMeans nClusters(int nClusters) {
        return new KMeans(nClusters, init, initialCentroids, nInit, maxIter, tol, seed, nJobs);
    }

    /**
     * A copy that chooses the initial centres by {@code init}, {@link Init#K_MEANS_PLUS_PLUS} or {@link Init#RANDOM};
     * give centroids with {@link #init(double[][])}.
     *
     * @throws IllegalArgumentException for {@link Init#GIVEN}, which needs the centroids
     */
    public KMeans init(Init init) {
        return new KMeans(nClusters, init, new double[0][], nInit, maxIter, tol, seed, nJobs);
    }

    /**
     * A copy that starts from {@code centroids} (copied), one row per cluster and one column per feature in the
     * order of the table's columns; {@code fit} checks that there are {@code nClusters} rows of the table's width.
     * They are used as given, so one run is made whatever {@code nInit} says.
     *
     * @throws IllegalArgumentException if there is no row, the rows differ in length or a value is not finite
     */
    public KMeans init(double[][] centroids) {
        Checks.notNull(centroids, "centroids");
        require(centroids.length > 0, "init centroids must have at least one row");
        return new KMeans(nClusters, Init.GIVEN, centroids, nInit, maxIter, tol, seed, nJobs);
    }

    /** A copy that keeps the best of {@code nInit} runs from different initial centres. */
    public KMeans nInit(int nInit) {
        return new KMeans(nClusters, init, initialCentroids, nInit, maxIter, tol, seed, nJobs);
    }

    /** A copy that stops a run after at most {@code maxIter} iterations. */
    public KMeans maxIter(int maxIter) {
        return new KMeans(nClusters, init, initialCentroids, nInit, maxIter, tol, seed, nJobs);
    }

    /** A copy with relative tolerance {@code tol}. */
    public KMeans tol(double tol) {
        return new KMeans(nClusters, init, initialCentroids, nInit, maxIter, tol, seed, nJobs);
    }

    /** A copy whose random initialisations come from {@code seed}. */
    public KMeans seed(long seed) {
        return new KMeans(nClusters, init, initialCentroids, nInit, maxIter, tol, seed, nJobs);
    }

    /** A copy that runs on {@code nJobs} threads (-1: every core); the results are the same for any value. */
    public KMeans nJobs(int nJobs) {
        return new KMeans(nClusters, init, initialCentroids, nInit, maxIter, tol, seed, nJobs);
    }

    /** The given centroids (a copy), or an empty array unless {@link #init()} is {@link Init#GIVEN}. */
    @Override
    public double[][] initialCentroids() {
        return copy(initialCentroids);
    }

    /**
     * Clusters the rows of {@code table}, every column a feature; the table is not modified.
     *
     * @throws IllegalArgumentException if the table is empty, a column is not numeric or has a missing or infinite
     *                                  value, {@code nClusters} exceeds the number of rows, or the given centroids
     *                                  do not have {@code nClusters} rows of the table's width; the message names
     *                                  the column or parameter
     */
    @Override
    public KMeansModel fit(Table table) {
        FeatureColumns features = features(table);
        return fit(table, features, PointWeights.unit(features.rows()));
    }

    /**
     * Clusters the rows of {@code table}, every column a feature, each row counting as much as its weight, as
     * scikit-learn 1.2.1's {@code fit(X, sample_weight)}: the centres are weighted means (the sum of weight x row
     * over the sum of the weights), the inertia is the weighted sum of squared distances, by which the best of the
     * {@code nInit} runs is chosen, and a cluster whose rows weigh 0 in all is relocated to a far row, which brings its
     * weight along. Weights all 1 give {@link #fit(Table)}'s model bit for bit; integer weights give the clustering
     * of the rows repeated that many times.
     *
     * <p>As in scikit-learn 1.2.1, some steps do not see the weights: the data are centred on their unweighted means,
     * the tolerance is {@code tol} times the mean of the unweighted variances, k-means++ and random initialisation
     * draw rows as if every weight were 1 (scikit-learn 1.3 draws k-means++ candidates by weight; prepkit follows
     * 1.2.1), and the row relocated to an empty cluster is the farthest by unweighted distance. So a row of weight 0
     * pulls no centre and adds nothing to the inertia, yet it gets a label, can be drawn as an initial centre and
     * counts in {@code nClusters <= rows}; repeated rows and integer weights differ when the tolerance or the
     * initialisation decides. scikit-learn 1.2.1 accepts negative weights and weights all 0 (and returns centres that
     * mean nothing); prepkit refuses both.
     *
     * @param table        the training rows, every column a feature; not modified
     * @param sampleWeight each row's weight: finite, at least 0, with a positive finite sum; not modified
     * @return the fitted model, immutable
     * @throws IllegalArgumentException as {@link #fit(Table)}, or if the weights are not one per row, finite and at
     *                                  least 0 with a positive finite sum, naming sampleWeight
     */
    public KMeansModel fit(Table table, double[] sampleWeight) {
        FeatureColumns features = features(table);
        return fit(table, features, PointWeights.of(SampleWeights.checked(sampleWeight, features.rows(), STEP)));
    }

    private FeatureColumns features(Table table) {
        Tables.requireRows(table, STEP);
        FeatureColumns features = FeatureColumns.of(table, STEP);
        require(nClusters <= features.rows(), STEP + ": nClusters=" + nClusters + " is larger than the number of rows ("
                + features.rows() + ")");
        return features;
    }

    private KMeansModel fit(Table table, FeatureColumns features, PointWeights weights) {
        ColumnRanges ranges = ranges(features);
        BinaryScale scale = ranges.differenceScale(2);
        double[] mean = columnMeans(features, scale, ranges);
        PointBlocks points = PointBlocks.of(features, scale, mean);
        double absoluteTol = tol * meanVariance(points);
        Lloyd.Run best = null;
        int runs = init == Init.GIVEN ? 1 : nInit;
        for (int r = 0; r < runs; r++) {
            double[] start = initialCentres(points, features, mean, scale, new SplittableRandom(Parallel.seed(seed, r)));
            Lloyd.Run run = Lloyd.run(points, weights.values(), start, maxIter, absoluteTol, nJobs);
            if (best == null || (run.inertia() < best.inertia()
                    && !sameClustering(run.labels(), best.labels(), nClusters))) {
                best = run;
            }
        }
        warnIfFewerClusters(best.labels());
        return KMeansModel.of(this, Schema.of(table), uncentred(best.centres(), mean, nClusters, scale), best.labels(),
                weights.undo(scale.undoSquare(best.inertia())), best.iterations());
    }

    private double[] initialCentres(PointBlocks points, FeatureColumns features, double[] mean, BinaryScale scale,
            SplittableRandom random) {
        return switch (init) {
            case K_MEANS_PLUS_PLUS -> Seeding.kMeansPlusPlus(points, nClusters, random, nJobs);
            case RANDOM -> Seeding.randomPoints(points, nClusters, random);
            case GIVEN -> centredGivenCentroids(features, mean, scale);
        };
    }

    private double[] centredGivenCentroids(FeatureColumns table, double[] mean, BinaryScale scale) {
        int features = table.columns();
        require(initialCentroids.length == nClusters && initialCentroids[0].length == features, STEP
                + ": init centroids must be " + nClusters + " x " + features + " (nClusters x features "
                + table.names() + "), found " + initialCentroids.length + " x " + initialCentroids[0].length);
        double[] centres = new double[nClusters * features];
        for (int c = 0; c < nClusters; c++) {
            for (int j = 0; j < features; j++) {
                centres[c * features + j] = scale.apply(initialCentroids[c][j]) - mean[j];
            }
        }
        return centres;
    }

    /** Logs a warning, as scikit-learn does, when some clusters ended up with no row (duplicate rows, say). */
    private void warnIfFewerClusters(int[] labels) {
        boolean[] used = new boolean[nClusters];
        for (int label : labels) {
            used[label] = true;
        }
        int distinct = 0;
        for (boolean u : used) {
            distinct += u ? 1 : 0;
        }
        if (distinct < nClusters) {
            LOGGER.log(System.Logger.Level.WARNING, "KMeans: {0} distinct clusters found, fewer than nClusters={1};"
                    + " the data may hold duplicate rows", distinct, nClusters);
        }
    }

    /**
     * Whether {@code a} and {@code b} put the rows in the same clusters, up to a renumbering (scikit-learn's
     * {@code _is_same_clustering}).
     */
    static boolean sameClustering(int[] a, int[] b, int clusters) {
        int[] mapping = new int[clusters];
        Arrays.fill(mapping, -1);
        for (int i = 0; i < a.length; i++) {
            if (mapping[a[i]] == -1) {
                mapping[a[i]] = b[i];
            } else if (mapping[a[i]] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Each feature's lowest and highest value, among the rows and the given centroids (if they fit the rows). */
    private ColumnRanges ranges(FeatureColumns features) {
        ColumnRanges ranges = features.ranges();
        if (init == Init.GIVEN && initialCentroids[0].length == features.columns()) {
            for (double[] centroid : initialCentroids) {
                ranges = ranges.union(ColumnRanges.of(centroid, centroid.length));
            }
        }
        return ranges;
    }

    /**
     * Each feature's mean, in scaled units; a feature constant far from 0 (at 1e308, say) has its value as its mean,
     * so that it centres to exactly 0 (see {@link ColumnRanges#isFarConstant}). Each column is summed in row order,
     * four columns at a time so that the four sums proceed side by side.
     */
    private static double[] columnMeans(FeatureColumns features, BinaryScale scale, ColumnRanges ranges) {
        int width = features.columns();
        double[] mean = new double[width];
        if (width == 1) {
            mean[0] = NumpySum.of(scale.apply(features.column(0)));
        } else {
            int j = 0;
            for (; j + 3 < width; j += 4) {
                double[] x0 = features.column(j);
                double[] x1 = features.column(j + 1);
                double[] x2 = features.column(j + 2);
                double[] x3 = features.column(j + 3);
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int i = 0; i < x0.length; i++) {
                    s0 += scale.apply(x0[i]);
                    s1 += scale.apply(x1[i]);
                    s2 += scale.apply(x2[i]);
                    s3 += scale.apply(x3[i]);
                }
                mean[j] = s0;
                mean[j + 1] = s1;
                mean[j + 2] = s2;
                mean[j + 3] = s3;
            }
            for (; j < width; j++) {
                double sum = 0;
                for (double v : features.column(j)) {
                    sum += scale.apply(v);
                }
                mean[j] = sum;
            }
        }
        for (int j = 0; j < width; j++) {
            mean[j] = ranges.isFarConstant(j, scale) ? scale.apply(ranges.low(j)) : mean[j] / features.rows();
        }
        return mean;
    }

    /**
     * The mean over the features of their population variance, from the centred points, summed as numpy sums (one
     * column: pairwise; several: row by row, as numpy's sum over the first axis of a row-major array).
     */
    private static double meanVariance(PointBlocks points) {
        int width = points.features();
        if (width == 1) {
            double[] squares = new double[points.rows()];
            for (int b = 0; b < points.blocks(); b++) {
                double[] column = points.column(b, 0);
                for (int i = 0; i < column.length; i++) {
                    squares[PointBlocks.blockStart(b) + i] = column[i] * column[i];
                }
            }
            return NumpySum.of(squares) / points.rows();
        }
        double[] sums = new double[width];
        for (int b = 0; b < points.blocks(); b++) {
            int j = 0;
            for (; j + 3 < width; j += 4) {
                // four columns side by side, so that four sums proceed at once, each in row order
                double[] x0 = points.column(b, j);
                double[] x1 = points.column(b, j + 1);
                double[] x2 = points.column(b, j + 2);
                double[] x3 = points.column(b, j + 3);
                double s0 = sums[j];
                double s1 = sums[j + 1];
                double s2 = sums[j + 2];
                double s3 = sums[j + 3];
                for (int i = 0; i < x0.length; i++) {
                    s0 += x0[i] * x0[i];
                    s1 += x1[i] * x1[i];
                    s2 += x2[i] * x2[i];
                    s3 += x3[i] * x3[i];
                }
                sums[j] = s0;
                sums[j + 1] = s1;
                sums[j + 2] = s2;
                sums[j + 3] = s3;
            }
            for (; j < width; j++) {
                double sum = sums[j];
                for (double v : points.column(b, j)) {
                    sum += v * v;
                }
                sums[j] = sum;
            }
        }
        double total = 0;
        for (double sum : sums) {
            total += sum / points.rows();
        }
        return total / width;
    }

    /** The centres in the features' own units: plus the mean, divided by the scale. */
    private static double[][] uncentred(double[] centres, double[] mean, int clusters, BinaryScale scale) {
        int features = mean.length;
        double[][] result = new double[clusters][features];
        for (int c = 0; c < clusters; c++) {
            for (int j = 0; j < features; j++) {
                result[c][j] = scale.undo(centres[c * features + j] + mean[j]);
            }
        }
        return result;
    }

    private static double[][] checkedCopy(double[][] centroids) {
        double[][] copy = copy(centroids);
        for (double[] row : copy) {
            require(row.length == copy[0].length && row.length > 0,
                    "init centroids must be rows of equal, non-zero length");
            for (double v : row) {
                require(Double.isFinite(v), "init centroids must be finite numbers, found " + v);
            }
        }
        return copy;
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = Checks.notNull(rows[i], "init centroids row " + i).clone();
        }
        return copy;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Equal when every parameter is, comparing the centroids by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KMeans k && nClusters == k.nClusters && init == k.init
                && Arrays.deepEquals(initialCentroids, k.initialCentroids) && nInit == k.nInit
                && maxIter == k.maxIter && Double.compare(tol, k.tol) == 0 && seed == k.seed && nJobs == k.nJobs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nClusters, init, Arrays.deepHashCode(initialCentroids), nInit, maxIter, tol,
                seed, nJobs);
    }

    @Override
    public String toString() {
        return "KMeans[nClusters=" + nClusters + ", init=" + init
                + (init == Init.GIVEN ? " " + Arrays.deepToString(initialCentroids) : "") + ", nInit=" + nInit
                + ", maxIter=" + maxIter + ", tol=" + tol + ", seed=" + seed + ", nJobs=" + nJobs + "]";
    }
}
