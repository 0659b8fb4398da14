package io.github.prepkit.exercises;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.linear.LogisticRegression;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The from-scratch model questions of a Python machine-learning interview, answered in Java on Tablesaw
 * tables. Each method states the question and the approach; where the toolkit has the model, the answer is
 * a few lines on top of it.
 */
public final class InterviewModels {

    /** Beyond this many feature columns the permutation forest's vote counts (p!) would overflow a long. */
    private static final int MAX_FOREST_COLUMNS = 20;

    private InterviewModels() {
    }

    /**
     * Question: classify {@code newPoint} by its {@code k} nearest neighbours in {@code data}, whose last column is
     * the class; if the neighbours' vote ties, search again with k - 1. Approach: Euclidean distances to every row,
     * sorted once (equal distances keep row order); count the votes of the first k, and while the top count is
     * shared, drop to k - 1 (k = 1 never ties). O(n log n). Returns the class as text. The distances are computed
     * on halved differences with {@link Math#hypot}, so that no difference overflows for values near
     * {@link Double#MAX_VALUE} and no square overflows or underflows to zero (differences near 1e-300 are still told
     * apart); halving every distance does not change which rows are nearest.
     *
     * @param k        the neighbours that vote
     * @param data     the labelled rows: numeric features, the class last
     * @param newPoint one value per feature column
     * @return the predicted class, as text
     * @throws IllegalArgumentException if {@code data} has no row, k is not in 1..rows, {@code newPoint} does not have
     *                                  one finite value per feature column, or a feature is not numeric, is missing
     *                                  or is infinite
     */
    public static String kNN(int k, Table data, double[] newPoint) {
        Column<?> target = classColumn(data, "data");
        Checks.notNull(newPoint, "newPoint");
        FeatureMatrix features = FeatureMatrix.of(Columns.without(data, target.name()), "kNN");
        if (k < 1 || k > features.rows()) {
            throw new IllegalArgumentException("k must be in 1.." + features.rows() + " (the rows of data), found " + k);
        }
        requireLength(newPoint.length, features);
        Checks.finite(newPoint, false, "newPoint");
        ClassLabels labels = ClassLabels.of(target, "kNN");
        int[] classes = labels.codes();
        double[] distance = new double[features.rows()];
        for (int i = 0; i < distance.length; i++) {
            for (int j = 0; j < newPoint.length; j++) {
                distance[i] = Math.hypot(distance[i], features.get(i, j) / 2 - newPoint[j] / 2);
            }
        }
        int[] nearest = IntStream.range(0, distance.length).boxed()
                .sorted(Comparator.comparingDouble(i -> distance[i])).mapToInt(Integer::intValue).toArray();
        for (int neighbours = k; ; neighbours--) {
            int[] votes = new int[labels.count()];
            for (int i = 0; i < neighbours; i++) {
                votes[classes[nearest[i]]]++;
            }
            int best = argmax(votes);
            int top = votes[best];
            if (neighbours == 1 || Arrays.stream(votes).filter(v -> v == top).count() == 1) {
                return labels.names().get(best);
            }
        }
    }

    /**
     * Question: with every value 0 or 1 and the last column the class (two classes), build one decision tree per
     * permutation of the feature columns, each narrowing the rows to those that agree with {@code newPoint} column
     * by column in its order, and return the majority vote of the trees. A tree stops as soon as its rows are pure
     * (one class), or when the next column would leave no row (it then decides on the rows it has), or when the
     * columns run out; it votes for the majority class of its rows, a tie going to the smaller class, and the
     * forest's tie too.
     * <p>
     * Approach: the rows a tree holds after some columns depend only on the SET of columns used, not their order,
     * so the vote counts are memoised per set (a bit mask): from a set, each unused column leads to a larger set,
     * and the (p - |set| - 1)! orders of the rest share its count. That visits at most 2^p sets instead of p! trees
     * (10 columns: at most 1,024 sets instead of 3,628,800 trees), each narrowing a row bit set in O(n / 64).
     * {@code newPoint} holds one value per feature column.
     *
     * @param df       the labelled rows: 0/1 features, the class last
     * @param newPoint one 0 or 1 per feature column
     * @return the forest's class, as text
     * @throws IllegalArgumentException if {@code df} has no row, a value is not 0 or 1, the class has more than two
     *                                  values, there are more than 20 feature columns, or {@code newPoint} has the
     *                                  wrong length
     */
    public static String randomForest(Table df, int[] newPoint) {
        Column<?> target = classColumn(df, "df");
        Checks.notNull(newPoint, "newPoint");
        FeatureMatrix features = FeatureMatrix.of(Columns.without(df, target.name()), "randomForest");
        requireLength(newPoint.length, features);
        if (features.columns() > MAX_FOREST_COLUMNS) {
            throw new IllegalArgumentException("randomForest: at most " + MAX_FOREST_COLUMNS
                    + " feature columns (p! trees), found " + features.columns());
        }
        ClassLabels labels = ClassLabels.of(target, "randomForest");
        if (labels.count() > 2) {
            throw new IllegalArgumentException("randomForest: the class column '" + target.name()
                    + "' must have at most two values, found " + labels.count() + ": " + first(labels.names(), 10));
        }
        long[] votes = new PermutationForest(features, labels.codes(), newPoint).votes();
        return labels.names().get(votes[1] > votes[0] ? 1 : 0);
    }

    /**
     * Question: fit a logistic regression by Newton's method on the log-likelihood, with no intercept and no
     * penalty, and return the coefficients in column order. Approach: {@link LogisticRegression} with exactly those
     * settings: each Newton step solves (X^T W X) d = X^T (y - p) with W = diag(p (1 - p)), until the gradient
     * vanishes. The target must have two classes; the coefficients are those of the greater class (as scikit-learn).
     *
     * @param data   numeric features and the target
     * @param target the exact name of the two-class target column
     * @return one coefficient per feature column, in column order
     * @throws IllegalArgumentException if {@code data} or {@code target} is null, the target column is missing, or a
     *                                  feature is not numeric or has a missing or infinite value
     * @throws IllegalStateException    if the classes are perfectly separable, so the likelihood has no maximum
     */
    public static double[] logisticRegression(Table data, String target) {
        Checks.notNull(data, "data");
        Checks.notNull(target, "target");
        return new LogisticRegression().fitIntercept(false).penalty(LogisticRegression.Penalty.NONE).
                solver(LogisticRegression.Solver.NEWTON).fit(data, target).coefficients();
    }

    /**
     * Question: cluster {@code dataPoints} into {@code k} clusters by k-means, starting from {@code initialCentroids},
     * and return the cluster index of every point in input order. Approach: {@link KMeans} (Lloyd's algorithm) from
     * exactly those centroids, one run: assign each point to its nearest centroid, move each centroid to the mean of
     * its points, and repeat until the assignment no longer changes. Cluster indexes follow the initial centroids'
     * order.
     *
     * @param dataPoints       the points, one array each, all of one dimension
     * @param k                the number of clusters
     * @param initialCentroids k starting centres, of the points' dimension
     * @return each point's cluster index, in input order
     * @throws IllegalArgumentException if a point or centroid is null, NaN or infinite, the points or centroids are
     *                                  ragged or differ in dimension, or k is not in 1..points or does not match the
     *                                  number of centroids; each message names the parameter
     */
    public static int[] kMeans(double[][] dataPoints, int k, double[][] initialCentroids) {
        Checks.notNull(dataPoints, "dataPoints");
        if (dataPoints.length == 0) {
            throw new IllegalArgumentException("dataPoints must hold at least one point, found none");
        }
        int dimension = Checks.notNull(dataPoints[0], "dataPoints[0]").length;
        if (dimension == 0) {
            throw new IllegalArgumentException("dataPoints must have at least one coordinate, found 0 in point 0");
        }
        for (int i = 0; i < dataPoints.length; i++) {
            Checks.notNull(dataPoints[i], "dataPoints[" + i + "]");
            if (dataPoints[i].length != dimension) {
                throw new IllegalArgumentException("dataPoints must all have " + dimension + " coordinates, found "
                        + dataPoints[i].length + " in point " + i);
            }
            Checks.finite(dataPoints[i], false, "dataPoints[" + i + "]");
        }
        if (k < 1 || k > dataPoints.length) {
            throw new IllegalArgumentException("k must be in 1.." + dataPoints.length + " (the number of points),"
                    + " found " + k);
        }
        Checks.finiteMatrix(initialCentroids, k, dimension, "initialCentroids");
        Table points = Table.create("points");
        for (int j = 0; j < dimension; j++) {
            double[] coordinate = new double[dataPoints.length];
            for (int i = 0; i < dataPoints.length; i++) {
                coordinate[i] = dataPoints[i][j];
            }
            points.addColumns(DoubleColumn.create("x" + j, coordinate));
        }
        return new KMeans().nClusters(k).init(initialCentroids).nInit(1).fit(points).labels();
    }

    /** The last column of {@code table}, its class, once the table is known to have rows and a feature column. */
    private static Column<?> classColumn(Table table, String parameter) {
        Checks.notNull(table, parameter);
        if (table.columnCount() < 2) {
            throw new IllegalArgumentException(parameter + " must have at least one feature column and the class column"
                    + " last, found " + table.columnCount() + " column(s)");
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(parameter + " must have at least one row, found none");
        }
        return table.column(table.columnCount() - 1);
    }

    /** At most the first {@code count} items, for an error message. */
    private static String first(List<String> items, int count) {
        return items.size() <= count ? items.toString() : "[" + String.join(", ", items.subList(0, count)) + ", ...]";
    }

    private static void requireLength(int length, FeatureMatrix features) {
        if (length != features.columns()) {
            throw new IllegalArgumentException("newPoint must have one value per feature column " + features.names()
                    + ", found " + length);
        }
    }

    private static int argmax(int[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The vote counts of the permutation forest, memoised on the set of columns used. */
    private static final class PermutationForest {
        private final int columns;
        private final long[][] agrees;
        private final long[][] ofClass;
        private final long[] factorial;
        private final Map<Long, long[]> memo = new HashMap<>();

        PermutationForest(FeatureMatrix features, int[] classes, int[] newPoint) {
            columns = features.columns();
            for (int j = 0; j < columns; j++) {
                if (newPoint[j] != 0 && newPoint[j] != 1) {
                    throw new IllegalArgumentException("newPoint must hold only 0 and 1, found " + newPoint[j]
                            + " at index " + j);
                }
            }
            int words = (features.rows() + 63) / 64;
            agrees = new long[columns][words];
            ofClass = new long[2][words];
            for (int i = 0; i < features.rows(); i++) {
                ofClass[classes[i]][i >>> 6] |= 1L << i;
                for (int j = 0; j < columns; j++) {
                    double value = features.get(i, j);
                    if (value != 0 && value != 1) {
                        throw new IllegalArgumentException("randomForest: feature '" + features.names().get(j)
                                + "' must hold only 0 and 1, found " + value + " in row " + i);
                    }
                    if (value == newPoint[j]) {
                        agrees[j][i >>> 6] |= 1L << i;
                    }
                }
            }
            factorial = new long[columns + 1];
            factorial[0] = 1;
            for (int m = 1; m <= columns; m++) {
                factorial[m] = factorial[m - 1] * m;
            }
        }

        /** Votes of all p! trees: {votes for class 0, votes for class 1}. */
        long[] votes() {
            long[] all = new long[ofClass[0].length];
            for (int w = 0; w < all.length; w++) {
                all[w] = ofClass[0][w] | ofClass[1][w];
            }
            return votes(0L, all);
        }

        /** The votes of every order of the unused columns, from the rows agreeing on the columns in {@code used}. */
        private long[] votes(long used, long[] rows) {
            long[] known = memo.get(used);
            if (known != null) {
                return known;
            }
            int remaining = columns - Long.bitCount(used);
            long[] votes = new long[2];
            long[] counts = classCounts(rows);
            if (counts[0] == 0 || counts[1] == 0 || remaining == 0) {
                votes[majority(counts)] = factorial[remaining];
            } else {
                for (int j = 0; j < columns; j++) {
                    if ((used & (1L << j)) != 0) {
                        continue;
                    }
                    long[] narrowed = new long[rows.length];
                    boolean empty = true;
                    for (int w = 0; w < rows.length; w++) {
                        narrowed[w] = rows[w] & agrees[j][w];
                        empty &= narrowed[w] == 0;
                    }
                    if (empty) {
                        votes[majority(counts)] += factorial[remaining - 1];
                    } else {
                        long[] below = votes(used | (1L << j), narrowed);
                        votes[0] += below[0];
                        votes[1] += below[1];
                    }
                }
            }
            memo.put(used, votes);
            return votes;
        }

        private long[] classCounts(long[] rows) {
            long[] counts = new long[2];
            for (int w = 0; w < rows.length; w++) {
                counts[0] += Long.bitCount(rows[w] & ofClass[0][w]);
                counts[1] += Long.bitCount(rows[w] & ofClass[1][w]);
            }
            return counts;
        }

        private static int majority(long[] counts) {
            return counts[1] > counts[0] ? 1 : 0;
        }
    }
}
