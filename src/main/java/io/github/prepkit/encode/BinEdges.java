package io.github.prepkit.encode;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.stats.Quantiles;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The bin edges of one column, as scikit-learn 1.2.1's {@code KBinsDiscretizer.fit} computes them, and the bin of a
 * value between them.
 */
final class BinEdges {

    /** scikit-learn's width at or below which a quantile or k-means bin is removed. */
    static final double NARROW = 1e-8;

    private BinEdges() {
    }

    /**
     * The edges of {@code nBins} bins of {@code values} (present, finite, at least one) by {@code strategy}: a constant
     * column gets the one bin (-Infinity, Infinity); quantile and k-means bins of width at most {@link #NARROW} are then
     * removed, as scikit-learn does, except that a column left with no bin keeps one, from its first edge to its last
     * (scikit-learn keeps the first edge only, and its transform then fails or gives codes of a bin it has not).
     *
     * @param column names the column in messages
     * @throws IllegalArgumentException for k-means bins of a column with fewer rows than bins
     */
    static double[] of(double[] values, int nBins, KBinsDiscretizer.Strategy strategy, String column, String step) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (min == max) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        return switch (strategy) {
            case UNIFORM -> uniform(min, max, nBins);
            case QUANTILE -> withoutNarrowBins(Quantiles.quantiles(values, percentiles(nBins)));
            case KMEANS -> withoutNarrowBins(kMeans(values, min, max, nBins, column, step));
        };
    }

    /**
     * numpy's {@code linspace(low, high, n + 1)}: low + i (high - low) / n, the last exactly {@code high}; when
     * high - low overflows (a column from -1e308 to 1e308), taken on halves, where numpy's first edge is NaN.
     */
    static double[] uniform(double low, double high, int n) {
        double[] edges = new double[n + 1];
        double delta = high - low;
        double step = delta / n;
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(delta)) {
                edges[i] = 2 * (low / 2 + i * ((high / 2 - low / 2) / n));
            } else {
                edges[i] = step == 0 ? (double) i / n * delta + low : i * step + low;
            }
        }
        edges[n] = high;
        return edges;
    }

    /** The probabilities scikit-learn asks {@code np.percentile} for: {@code linspace(0, 100, n + 1) / 100}. */
    private static double[] percentiles(int n) {
        double[] percents = uniform(0, 100, n);
        for (int i = 0; i <= n; i++) {
            percents[i] /= 100;
        }
        return percents;
    }

    /**
     * scikit-learn's one-dimensional k-means: {@code KMeans(nBins, init=centres, n_init=1)} from the centres of
     * {@code nBins} uniform bins, the centres found sorted, the edges at their midpoints between the minimum and the
     * maximum.
     */
    private static double[] kMeans(double[] values, double min, double max, int nBins, String column, String step) {
        if (values.length < nBins) {
            throw new IllegalArgumentException(step + ": column '" + column + "' has " + values.length + " rows for "
                    + nBins + " k-means bins; k-means needs at least as many rows as bins (use fewer bins)");
        }
        double[] uniform = uniform(min, max, nBins);
        double[][] init = new double[nBins][];
        for (int k = 0; k < nBins; k++) {
            init[k] = new double[] {BinaryScale.midpoint(uniform[k], uniform[k + 1])};
        }
        double[][] found = new KMeans().nClusters(nBins).init(init).nInit(1).nJobs(1)
                .fit(Table.create(column, DoubleColumn.create(column, values))).clusterCenters();
        double[] centres = Arrays.stream(found).mapToDouble(centre -> centre[0]).sorted().toArray();
        double[] edges = new double[nBins + 1];
        edges[0] = min;
        for (int k = 1; k < nBins; k++) {
            edges[k] = BinaryScale.midpoint(centres[k - 1], centres[k]);
        }
        edges[nBins] = max;
        return edges;
    }

    /**
     * The edges without those less than {@link #NARROW} above the edge before them (scikit-learn compares each with the
     * one before it among all the edges, removed or not); the first is kept, and so is the last when no other is.
     */
    static double[] withoutNarrowBins(double[] edges) {
        double[] kept = new double[edges.length];
        int count = 0;
        kept[count++] = edges[0];
        for (int i = 1; i < edges.length; i++) {
            if (edges[i] - edges[i - 1] > NARROW) {
                kept[count++] = edges[i];
            }
        }
        if (count == 1) {
            kept[count++] = edges[edges.length - 1];
        }
        return Arrays.copyOf(kept, count);
    }

    /**
     * The bin of {@code value}: how many of the inner edges (all but the first and the last) are at most it, as
     * scikit-learn's {@code np.searchsorted(edges[1:-1], value, side="right")}; a value below the first edge is in
     * the first bin, one above the last in the last.
     */
    static int bin(double[] edges, double value) {
        int low = 1;
        int high = edges.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (edges[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }
}
