package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.NumpySum;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Over-samples with SMOTE inside clusters (Douzas, Bacao and Last 2018), as imbalanced-learn's {@code KMeansSMOTE}:
 * the whole table is clustered by {@code kmeansEstimator}; for each class the strategy grows, a cluster is kept when
 * the class's share of its rows is at least {@code clusterBalanceThreshold} (auto: the class's shortfall over the sum
 * of every class's shortfall, halved; no threshold with one cluster) and it holds more than {@code kNeighbors} rows
 * of the class (as imbalanced-learn, in floating point: share x size &ge; kNeighbors + 1). Each kept cluster gets a
 * weight, its sparsity (the mean Euclidean distance between its rows of the class to the power
 * {@code densityExponent}, auto {@code 0.16 * log_1.6(m)^1.8}, over their number m) normalised over the kept clusters,
 * and {@code ceil(shortfall * weight)} new rows made by SMOTE from the class's rows of the cluster alone; so a class
 * may end a few rows above its target, exactly as in imbalanced-learn.
 *
 * <p>Differences from imbalanced-learn 0.10: its default clusterer is scikit-learn's {@code MiniBatchKMeans}; prepkit
 * has the full {@link KMeans} (default: 8 clusters, k-means++ seeded by the KMeans's own seed), so the clusters, and
 * then the rows, differ unless the same centres are given ({@link KMeans#init(double[][])}). It clusters once for all
 * classes (imbalanced-learn fits the same clusterer again per class, with the same result). A cluster with no row is
 * skipped. The mean distances are summed directly, where scikit-learn expands squares; a weight differing in its last
 * bits can move a ceil only at an exact integer. Draws come from Java's {@link SplittableRandom}. The result holds the
 * original rows first, then the new rows class by class, cluster by cluster; feature columns come out as doubles.
 *
 * @param samplingStrategy        which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed                    the seed of SMOTE's draws (default 0)
 * @param kNeighbors              the same-class neighbours within a cluster a new row may lie towards, at least 1
 *                                (default 2)
 * @param kmeansEstimator         the clusterer (default {@code new KMeans()})
 * @param clusterBalanceThreshold the least share of a cluster's rows the class must have, or empty for auto (default)
 * @param densityExponent         the power of the mean distance in a cluster's sparsity, or empty for auto (default)
 * @param nJobs                   threads for the neighbour searches, or -1 for every core (default -1)
 */
public record KMeansSMOTE(SamplingStrategy samplingStrategy, long seed, int kNeighbors, KMeans kmeansEstimator,
                          OptionalDouble clusterBalanceThreshold, OptionalDouble densityExponent, int nJobs)
        implements Sampler {

    private static final String STEP = "KMeansSMOTE";
    private static final String HINT = "KMeansSMOTE interpolates numeric columns only: encode the column first"
            + " (io.github.prepkit.encode), or use SMOTENC, which also handles categorical columns";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public KMeansSMOTE {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        Checks.notNull(kmeansEstimator, "kmeansEstimator");
        Checks.notNull(clusterBalanceThreshold, "clusterBalanceThreshold");
        Checks.notNull(densityExponent, "densityExponent");
        SmoteParameters.atLeastOne("kNeighbors", kNeighbors, STEP);
        SmoteParameters.jobs(nJobs, STEP);
        finite("clusterBalanceThreshold", clusterBalanceThreshold);
        finite("densityExponent", densityExponent);
    }

    /** imbalanced-learn's defaults but the clusterer: {@code new KMeans()}, k = 2, auto threshold and exponent. */
    public KMeansSMOTE() {
        this(SamplingStrategy.AUTO, 0, 2, new KMeans(), OptionalDouble.empty(), OptionalDouble.empty(), -1);
    }

    private static void finite(String name, OptionalDouble value) {
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException(STEP + ": " + name + " must be finite (or auto), found "
                    + value.getAsDouble());
        }
    }

    /** A copy with another strategy. */
    public KMeansSMOTE samplingStrategy(SamplingStrategy samplingStrategy) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator, clusterBalanceThreshold,
                densityExponent, nJobs);
    }

    /** A copy with another seed of the draws (the clusterer keeps its own). */
    public KMeansSMOTE seed(long seed) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator, clusterBalanceThreshold,
                densityExponent, nJobs);
    }

    /** A copy drawing partners among {@code kNeighbors} same-class neighbours in the cluster. */
    public KMeansSMOTE kNeighbors(int kNeighbors) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator, clusterBalanceThreshold,
                densityExponent, nJobs);
    }

    /** A copy clustering with {@code kmeansEstimator}. */
    public KMeansSMOTE kmeansEstimator(KMeans kmeansEstimator) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator, clusterBalanceThreshold,
                densityExponent, nJobs);
    }

    /** A copy keeping the clusters where the class has at least this share of the rows. */
    public KMeansSMOTE clusterBalanceThreshold(double clusterBalanceThreshold) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator,
                OptionalDouble.of(clusterBalanceThreshold), densityExponent, nJobs);
    }

    /** A copy weighting clusters by the mean distance to the power {@code densityExponent}. */
    public KMeansSMOTE densityExponent(double densityExponent) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator, clusterBalanceThreshold,
                OptionalDouble.of(densityExponent), nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public KMeansSMOTE nJobs(int nJobs) {
        return new KMeansSMOTE(samplingStrategy, seed, kNeighbors, kmeansEstimator, clusterBalanceThreshold,
                densityExponent, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, the clusterer cannot fit the table, or no cluster passes for
     *                                  a growing class
     */
    @Override
    public Table fitResample(Table data, String target) {
        SmoteInput input = SmoteInput.of(data, target, samplingStrategy, List.of(), STEP, HINT);
        FeatureMatrix features = input.features();
        int[] clusters = clusters(data, features);
        int[] codes = input.classes().codes();
        int[] growing = input.growing();
        int total = IntStream.of(growing).map(input::shortfall).sum();
        SyntheticRows rows = new SyntheticRows(data, features, List.of(target));
        SplittableRandom random = new SplittableRandom(seed);
        for (int c : growing) {
            List<int[]> kept = kept(clusters, codes, c, (double) input.shortfall(c) / total / 2);
            if (kept.isEmpty()) {
                throw new IllegalArgumentException(STEP + ": no cluster has enough rows of class '"
                        + input.classes().names().get(c) + "' (a share of at least the clusterBalanceThreshold and more"
                        + " than kNeighbors = " + kNeighbors + " rows): lower clusterBalanceThreshold or kNeighbors, or"
                        + " change the clusters (kmeansEstimator)");
            }
            double[] sparsities = kept.stream().mapToDouble(members -> sparsity(features, members)).toArray();
            double sum = NumpySum.of(sparsities);
            for (int k = 0; k < kept.size(); k++) {
                int[] members = kept.get(k);
                Neighbourhood neighbourhood = Neighbourhood.of(features.values(), features.columns(), members, members,
                        kNeighbors, true, nJobs);
                int count = (int) Math.ceil(input.shortfall(c) * (sparsities[k] / sum));
                Draws draws = Draws.of(neighbourhood, count, 1, random);
                rows.add(draws, draws.bases());
            }
        }
        return rows.table();
    }

    /** Each row's cluster, by the clusterer fitted on the features. */
    private int[] clusters(Table data, FeatureMatrix features) {
        try {
            return kmeansEstimator.fit(data.selectColumns(features.names().toArray(String[]::new))).labels();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STEP + ": kmeansEstimator: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of class {@code c} in each cluster that passes for it, cluster by cluster; {@code auto} is the
     * threshold when none is given.
     */
    private List<int[]> kept(int[] clusters, int[] codes, int c, double auto) {
        int count = IntStream.of(clusters).max().orElse(-1) + 1;
        double threshold = count == 1 ? Double.NEGATIVE_INFINITY : clusterBalanceThreshold.orElse(auto);
        List<int[]> kept = new ArrayList<>();
        for (int cluster = 0; cluster < count; cluster++) {
            int id = cluster;
            int[] rows = IntStream.range(0, clusters.length).filter(i -> clusters[i] == id).toArray();
            int[] members = IntStream.of(rows).filter(i -> codes[i] == c).toArray();
            double share = (double) members.length / rows.length;
            if (rows.length > 0 && share >= threshold && share * rows.length >= kNeighbors + 1) {
                kept.add(members);
            }
        }
        return kept;
    }

    /**
     * The sparsity of the rows {@code members}: their mean Euclidean distance (over the m(m - 1) ordered pairs) to the
     * power densityExponent, over m.
     */
    private double sparsity(FeatureMatrix features, int[] members) {
        int m = members.length;
        double[] values = features.values();
        int width = features.columns();
        double sum = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double squares = 0;
                for (int j = 0; j < width; j++) {
                    double d = values[members[a] * width + j] - values[members[b] * width + j];
                    squares += d * d;
                }
                sum += Math.sqrt(squares);
            }
        }
        double exponent = densityExponent.orElse(Math.pow(Math.log(m) / Math.log(1.6), 1.8) * 0.16);
        return Math.pow(sum / ((double) m * m - m), exponent) / m;
    }
}
