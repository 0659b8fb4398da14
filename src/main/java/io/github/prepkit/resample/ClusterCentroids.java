package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.neighbors.NearestNeighbors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Under-samples by replacing each shrinking class with the centres of a k-means of its rows, as imbalanced-learn's
 * {@code ClusterCentroids}: the class is clustered by {@code estimator} with as many clusters as its target size;
 * {@link Voting#SOFT} puts the cluster centres in its place, {@link Voting#HARD} the class's row nearest each centre
 * (Euclidean, the earlier row on a tie; two centres may share a row, which then appears twice, as in
 * imbalanced-learn). {@link Voting#AUTO} is soft here (imbalanced-learn chooses hard for sparse input only).
 *
 * <p>The result holds the classes one after the other in class order, each either its own rows in their order or its
 * new rows in the order of the clusters, as imbalanced-learn. Every column but the target must be numeric; with soft
 * voting the feature columns come out as double columns, with hard voting every column keeps its type. The k-means
 * is {@link KMeans}, seeded by its own seed (set with {@link #seed(long)}): its random starts are not NumPy's, so the
 * centres equal imbalanced-learn's only from the same given initial centroids ({@link KMeans#init(double[][])}).
 *
 * @param samplingStrategy which classes shrink, and to what size (default {@link SamplingStrategy#AUTO})
 * @param voting           what replaces a class: the centres (SOFT), their nearest rows (HARD), or AUTO (soft)
 * @param estimator        the k-means, whose {@code nClusters} is set to each class's target (default
 *                         {@code new KMeans()}: k-means++, 10 runs, seed 0, as imbalanced-learn's default)
 */
public record ClusterCentroids(SamplingStrategy samplingStrategy, Voting voting, KMeans estimator) implements Sampler {

    /** What replaces a shrinking class, as imbalanced-learn's {@code voting}. */
    public enum Voting {
        /** The rows nearest the cluster centres. */
        HARD,
        /** The cluster centres. */
        SOFT,
        /** Hard for sparse data, else soft: here always soft, since tables are dense. */
        AUTO
    }

    private static final String STEP = "ClusterCentroids";
    private static final String HINT = "ClusterCentroids averages numeric columns: encode the column first"
            + " (io.github.prepkit.encode), or use RandomUnderSampler, which works on any column";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null
     */
    public ClusterCentroids {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        Checks.notNull(voting, "voting");
        Checks.notNull(estimator, "estimator");
    }

    /** imbalanced-learn's defaults: every class but the minority shrinks, soft voting, k-means++ seeded 0. */
    public ClusterCentroids() {
        this(SamplingStrategy.AUTO, Voting.AUTO, new KMeans());
    }

    /** A copy with another strategy. */
    public ClusterCentroids samplingStrategy(SamplingStrategy samplingStrategy) {
        return new ClusterCentroids(samplingStrategy, voting, estimator);
    }

    /** A copy with another voting. */
    public ClusterCentroids voting(Voting voting) {
        return new ClusterCentroids(samplingStrategy, voting, estimator);
    }

    /** A copy clustering with another k-means (its nClusters is replaced by each class's target). */
    public ClusterCentroids estimator(KMeans estimator) {
        return new ClusterCentroids(samplingStrategy, voting, estimator);
    }

    /** A copy whose k-means is seeded with {@code seed}. */
    public ClusterCentroids seed(long seed) {
        return new ClusterCentroids(samplingStrategy, voting, estimator.seed(seed));
    }

    /** The k-means's seed. */
    public long seed() {
        return estimator.seed();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, or as the k-means's fit (given centroids that do not have as
     *                                  many rows as a class's target)
     */
    @Override
    public Table fitResample(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        int[] targets = samplingStrategy.targets(classes.sizes(), classes.names(), false, STEP);
        FeatureMatrix features = NumericFeatures.of(data, target, List.of(), STEP, HINT);
        Table featureTable = data.selectColumns(features.names().toArray(String[]::new));
        List<Integer> sources = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int c = 0; c < targets.length; c++) {
            int[] members = classes.members(c);
            if (targets[c] == members.length) {
                for (int row : members) {
                    sources.add(row);
                    values.add(null);
                }
                continue;
            }
            Table rows = Tables.rows(featureTable, members);
            double[][] centres = estimator.nClusters(targets[c]).fit(rows).clusterCenters();
            int[] nearest = voting == Voting.HARD ? nearest(rows, centres) : null;
            for (int k = 0; k < centres.length; k++) {
                sources.add(nearest == null ? members[0] : members[nearest[k]]);
                values.add(nearest == null ? centres[k] : null);
            }
        }
        Table copied = Tables.rows(data, sources.stream().mapToInt(Integer::intValue).toArray());
        return voting == Voting.HARD ? copied : withCentres(copied, features, values);
    }

    /** The position among {@code rows} of the row nearest each centre. */
    private static int[] nearest(Table rows, double[][] centres) {
        Table queries = Table.create("centres");
        for (int j = 0; j < rows.columnCount(); j++) {
            int feature = j;
            queries.addColumns(DoubleColumn.create(rows.column(j).name(),
                    Arrays.stream(centres).mapToDouble(centre -> centre[feature]).toArray()));
        }
        int[][] found = new NearestNeighbors().nNeighbors(1).fit(rows).kNeighbors(queries).indices();
        return Arrays.stream(found).mapToInt(neighbours -> neighbours[0]).toArray();
    }

    /** {@code copied} with its feature columns as doubles, a row's values replaced by its centre where it has one. */
    private static Table withCentres(Table copied, FeatureMatrix features, List<double[]> centres) {
        Table table = Table.create(copied.name());
        for (Column<?> column : copied.columns()) {
            int j = features.names().indexOf(column.name());
            if (j < 0) {
                table.addColumns(column);
                continue;
            }
            double[] values = new double[copied.rowCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = centres.get(i) == null ? ((NumericColumn<?>) column).getDouble(i)
                        : centres.get(i)[j];
            }
            table.addColumns(DoubleColumn.create(column.name(), values));
        }
        return table;
    }
}
