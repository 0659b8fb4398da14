package io.github.prepkit.cluster;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ColumnRanges;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.SampleWeights;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link KMeans}: the cluster centres, each training row's cluster, the inertia and the number of
 * iterations, as scikit-learn's {@code cluster_centers_}, {@code labels_}, {@code inertia_} and {@code n_iter_}.
 * {@link #predict} gives the nearest centre of new rows and {@link #transform} their distances to every centre.
 * Immutable: every array it returns is a copy.
 */
public final class KMeansModel implements TransformerModel {

    /** The name of the column {@link #predict} returns. */
    public static final String CLUSTER_COLUMN = "cluster";

    private static final String STEP = "KMeansModel";

    private final KMeans estimator;
    private final Schema schema;
    private final List<String> features;
    private final double[][] centres;
    private final int[] labels;
    private final double inertia;
    private final int iterations;

    private KMeansModel(KMeans estimator, Schema schema, List<String> features, double[][] centres, int[] labels,
            double inertia, int iterations) {
        this.estimator = estimator;
        this.schema = schema;
        this.features = features;
        this.centres = centres;
        this.labels = labels;
        this.inertia = inertia;
        this.iterations = iterations;
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, every column a feature, when it ends with the
     * centres {@code clusterCenters} (one row per cluster), each training row's cluster {@code labels}, the
     * {@code inertia} and the number of {@code iterations} of the kept run; the arrays are copied.
     *
     * @param estimator      the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema         the feature columns seen at fit, every one numeric
     * @param clusterCenters one centre per cluster, one value per feature
     * @param labels         each training row's cluster
     * @param inertia        the sum of squared distances of the rows to their centres
     * @param iterations     the Lloyd iterations of the kept run
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, there are not
     *                                  nClusters centres of one finite value per feature, fewer labels than clusters
     *                                  or a label that is not a cluster, the inertia is NaN or negative,
     *                                  iterations is outside 1 to maxIter, or the estimator's initial centroids are
     *                                  not nClusters x features
     */
    public static KMeansModel of(KMeans estimator, Schema schema, double[][] clusterCenters, int[] labels,
            double inertia, int iterations) {
        Checks.notNull(estimator, STEP + ": estimator");
        List<String> features = Checks.numericFeatures(schema, STEP);
        int clusters = estimator.nClusters();
        double[][] given = estimator.initialCentroids();
        if (given.length > 0 && (given.length != clusters || given[0].length != features.size())) {
            throw new IllegalArgumentException(STEP + ": the estimator's initial centroids are " + given.length + " x "
                    + given[0].length + ", but nClusters x features is " + clusters + " x " + features.size());
        }
        Checks.finiteMatrix(clusterCenters, clusters, features.size(),
                STEP + ": clusterCenters (nClusters x features)");
        Checks.indexes(Checks.notNull(labels, STEP + ": labels"), clusters, STEP + ": labels");
        if (labels.length < clusters) {
            throw new IllegalArgumentException(STEP + ": fit needs at least nClusters = " + clusters
                    + " training rows, found " + labels.length + " labels");
        }
        if (!(inertia >= 0)) {
            throw new IllegalArgumentException(STEP + ": inertia must be a number >= 0 (+Infinity beyond the double"
                    + " range), found " + inertia);
        }
        if (iterations < 1 || iterations > estimator.maxIter()) {
            throw new IllegalArgumentException(STEP + ": iterations must be from 1 to maxIter = " + estimator.maxIter()
                    + ", found " + iterations);
        }
        double[][] centres = Arrays.stream(clusterCenters).map(double[]::clone).toArray(double[][]::new);
        return new KMeansModel(estimator, schema, features, centres, labels.clone(), inertia, iterations);
    }

    /** The estimator this model was fitted with. */
    public KMeans estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The feature columns seen at fit, in the order of the centres' coordinates. */
    public List<String> features() {
        return features;
    }

    /**
     * The cluster centres, one row per cluster in label order, one column per feature. If the last run stopped on
     * the tolerance or on {@code maxIter} rather than on unchanged labels, a centre is the mean of the rows labelled
     * with it one iteration earlier, as in scikit-learn.
     */
    public double[][] clusterCenters() {
        return Arrays.stream(centres).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * Each training row's cluster, 0 to nClusters - 1: the index of its nearest centre (scikit-learn's
     * {@code labels_}, what its {@code fit_predict} returns, with or without sample weights).
     */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * The sum of the squared Euclidean distances of the training rows to their centres, each times the row's weight
     * when fitted with {@link KMeans#fit(Table, double[])}; +Infinity when it exceeds the double range (rows spread
     * over 1e200 and more), where no finite value exists.
     */
    public double inertia() {
        return inertia;
    }

    /** The number of iterations of the kept run. */
    public int iterations() {
        return iterations;
    }

    /**
     * The index of the nearest centre of each row of {@code table}, as an int column named {@value #CLUSTER_COLUMN};
     * ties go to the lower index. On the training table it equals {@link #labels()}. O(rows x clusters x features).
     * Rows and centres are scaled by a power of two where their differences' squares would overflow or underflow,
     * and shifted by the first centre where they lie more than 2^20 of their spread away from 0.
     *
     * @param table a table with exactly the fitted columns, in any order; it is not modified
     * @return a new column of one cluster index per row
     * @throws IllegalArgumentException if the columns differ from the fitted ones, or a value is missing or infinite,
     *                                  naming the column
     */
    public IntColumn predict(Table table) {
        return IntColumn.create(CLUSTER_COLUMN, nearest(matrix(table, STEP + ".predict")).labels());
    }

    /**
     * The opposite of the inertia of {@code table}'s rows: minus the sum of their squared Euclidean distances to
     * their nearest centres ({@link #predict}), as scikit-learn's {@code score(X)}; higher is better. On the training
     * table it is {@code -inertia()}, to rounding. O(rows x clusters x features).
     *
     * @param table a table with exactly the fitted columns, in any order; it is not modified
     * @return minus the sum of squared distances, -Infinity beyond the double range
     * @throws IllegalArgumentException if the columns differ from the fitted ones, or a value is missing or infinite,
     *                                  naming the column
     */
    public double score(Table table) {
        FeatureMatrix matrix = matrix(table, STEP + ".score");
        return score(matrix, PointWeights.unit(matrix.rows()));
    }

    /**
     * As {@link #score(Table)}, each row's squared distance times its weight, as scikit-learn's
     * {@code score(X, sample_weight=...)}.
     *
     * @param table        a table with exactly the fitted columns, in any order; it is not modified
     * @param sampleWeight each row's weight: finite, at least 0, with a positive finite sum; not modified
     * @return minus the weighted sum of squared distances, -Infinity beyond the double range
     * @throws IllegalArgumentException as {@link #score(Table)}, or if the weights are not one per row, finite and at
     *                                  least 0 with a positive finite sum, naming sampleWeight
     */
    public double score(Table table, double[] sampleWeight) {
        FeatureMatrix matrix = matrix(table, STEP + ".score");
        return score(matrix, PointWeights.of(SampleWeights.checked(sampleWeight, matrix.rows(), STEP + ".score")));
    }

    private double score(FeatureMatrix matrix, PointWeights weights) {
        Nearest nearest = nearest(matrix);
        double inertia = Lloyd.inertia(nearest.points(), weights.values(), nearest.centres(), nearest.labels(),
                estimator.nJobs());
        return -weights.undo(nearest.scale().undoSquare(inertia));
    }

    /** Rows laid out for the assignment, the centres in the same units, the scale of both and each row's cluster. */
    private record Nearest(PointBlocks points, double[] centres, BinaryScale scale, int[] labels) {
    }

    /**
     * Each row's nearest centre, rows and centres scaled by a power of two where their differences' squares would
     * overflow or underflow, and shifted by the first centre where they lie more than 2^20 of their spread away from 0.
     */
    private Nearest nearest(FeatureMatrix matrix) {
        ColumnRanges ranges = ranges(matrix);
        BinaryScale scale = ranges.differenceScale(2);
        // the assignment's |c|² − 2 x·c cancels (or overflows) for values far from 0 next to their spread (a
        // feature constant at 1e308, say): those are shifted by the first centre, as fit centres them on the means
        boolean shifted = ranges.largestMagnitude() > 0x1p20 * ranges.largestSpread();
        double[] shift = shifted ? scale.apply(centres[0]) : new double[features.size()];
        PointBlocks points = PointBlocks.of(matrix, scale, shift);
        double[] flatCentres = flatCentres(scale, shift);
        int[] labels = new int[points.rows()];
        new Assignment(points, flatCentres).assign(labels, estimator.nJobs());
        return new Nearest(points, flatCentres, scale, labels);
    }

    /**
     * A new table of each row's Euclidean distance to every centre: columns {@code kmeans0}, {@code kmeans1}...
     * (scikit-learn's output feature names), one per cluster in label order; the other columns are not kept.
     * Distances are computed from the differences, not with scikit-learn's |x|² − 2 x·c + |c|² shortcut, scaled by
     * a power of two where their squares would overflow or underflow; a distance beyond the double range is
     * +Infinity.
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones, or a value is missing or infinite,
     *                                  naming the column
     */
    @Override
    public Table transform(Table table) {
        FeatureMatrix matrix = matrix(table, STEP + ".transform");
        BinaryScale scale = ranges(matrix).differenceScale(2);
        PointBlocks points = PointBlocks.of(matrix, scale, new double[features.size()]);
        Table result = Table.create(table.name());
        double[] block = new double[PointBlocks.BLOCK];
        for (int c = 0; c < centres.length; c++) {
            double[] distances = new double[points.rows()];
            double[] centre = scale.apply(centres[c]);
            for (int b = 0; b < points.blocks(); b++) {
                points.squaredDistances(b, centre, block);
                int start = PointBlocks.blockStart(b);
                for (int i = 0; i < points.blockRows(b); i++) {
                    distances[start + i] = scale.undo(Math.sqrt(block[i]));
                }
            }
            result.addColumns(DoubleColumn.create("kmeans" + c, distances));
        }
        return result;
    }

    /** {@code KMeansModel on [features]: k clusters, inertia x, n iterations}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(features) + ": " + centres.length + " clusters, inertia "
                + Summary.number(inertia) + ", " + iterations + " iterations";
    }

    private FeatureMatrix matrix(Table table, String step) {
        schema.check(table, step);
        return FeatureMatrix.of(table, features, step);
    }

    /**
     * Each feature's lowest and highest value among the rows of {@code matrix} and the centres, whose
     * {@link ColumnRanges#differenceScale} is the one power of two by which both are multiplied so that their squared
     * differences neither overflow nor underflow: the nearest centres are then those of exact arithmetic.
     */
    private ColumnRanges ranges(FeatureMatrix matrix) {
        return ColumnRanges.of(matrix.values(), features.size()).union(ColumnRanges.of(flatCentres(BinaryScale.ONE,
                new double[features.size()]), features.size()));
    }

    /** The centres, row-major, times {@code scale}, minus {@code shift}. */
    private double[] flatCentres(BinaryScale scale, double[] shift) {
        int width = features.size();
        double[] flat = new double[centres.length * width];
        for (int c = 0; c < centres.length; c++) {
            for (int j = 0; j < width; j++) {
                flat[c * width + j] = scale.apply(centres[c][j]) - shift[j];
            }
        }
        return flat;
    }
}
