package io.github.prepkit.encode;

import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.UnderSampling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Cuts numeric columns into bins, as scikit-learn 1.2.1's {@code KBinsDiscretizer}: each column gets {@code nBins}
 * bins (fewer where some are removed), and each value the bin it falls in, either as one double column of bin codes
 * 0, 1, 2... ({@link Encode#ORDINAL}) or as 0/1 integer columns {@code <column>_0}, {@code <column>_1}... named like
 * {@link OneHotEncoder}'s dummies ({@link Encode#ONEHOT}, the default). The binned columns are replaced in place; the
 * others are copied. {@link KBinsDiscretizerModel#inverseTransform} gives each bin's centre.
 *
 * <p>The bin edges: {@link Strategy#UNIFORM} cuts [min, max] into equal widths; {@link Strategy#QUANTILE} (the default)
 * puts them at the quantiles 0, 1/n, ..., 1 (numpy's linear interpolation), so the bins hold about as many rows each;
 * {@link Strategy#KMEANS} runs one-dimensional k-means ({@link io.github.prepkit.cluster.KMeans}, scikit-learn's Lloyd
 * iterations) from the centres of the uniform bins and puts the edges midway between the sorted centres, with the
 * minimum and the maximum outside. A constant column gets one bin, (-Infinity, Infinity), and codes 0, as scikit-learn
 * (which warns). Quantile and k-means bins of width 1e-8 or less are removed, as scikit-learn does with a warning;
 * prepkit has no warnings: {@link KBinsDiscretizerModel#binEdges()} and {@link KBinsDiscretizerModel#nBins()} show the
 * bins kept. A value below the first edge or above the last at transform falls in the first or the last bin.
 *
 * <p>Missing and infinite values fail fit and transform, naming the column and the row, as scikit-learn refuses NaN and
 * infinity: impute them first. By default every numeric column is binned; {@link #columns(String...)} names them.
 *
 * @param nBins          the number of bins of each column (default 5), at least 2
 * @param nBinsPerColumn per column, its own number of bins (at least 2), overriding {@code nBins} (scikit-learn's array
 *                       {@code n_bins}); empty by default
 * @param encode         how the bins come out (default {@link Encode#ONEHOT})
 * @param strategy       how the edges are placed (default {@link Strategy#QUANTILE})
 * @param subsample      for {@link Strategy#QUANTILE} only: the number of rows, drawn at random without replacement,
 *                       that the quantiles are computed on when the table has more; empty (the default) uses every row,
 *                       as scikit-learn 1.2.1's default ({@code "warn"}, which only warns above 200,000 rows; 1.3
 *                       subsamples 200,000 rows by default)
 * @param seed           the seed of the subsample's draw (default 0; scikit-learn's {@code random_state}, whose draws
 *                       these are not)
 * @param columns        the columns to bin; empty means every numeric column
 */
public record KBinsDiscretizer(int nBins, Map<String, Integer> nBinsPerColumn, Encode encode, Strategy strategy,
        OptionalInt subsample, long seed, List<String> columns)
        implements Transformer<KBinsDiscretizerModel>, Seeded<KBinsDiscretizer> {

    private static final String STEP = "KBinsDiscretizer";

    /** How the bins come out, as scikit-learn's {@code encode}. */
    public enum Encode {
        /**
         * One 0/1 integer column per bin, {@code <column>_<bin>}: scikit-learn's {@code "onehot"} (a sparse matrix) and
         * {@code "onehot-dense"} in one, as a table's columns are dense.
         */
        ONEHOT,
        /** One double column of bin codes 0, 1, 2..., under the column's own name (scikit-learn's {@code "ordinal"}). */
        ORDINAL
    }

    /** Where the bin edges go, as scikit-learn's {@code strategy}. */
    public enum Strategy {
        /** Equal widths from the minimum to the maximum. */
        UNIFORM,
        /** At the quantiles 0, 1/n, ..., 1, so that bins hold about as many rows each. */
        QUANTILE,
        /** Midway between the centres of one-dimensional k-means clusters started from the uniform bins' centres. */
        KMEANS
    }

    /**
     * Validates the parameters and freezes the column list and the per-column bins (sorted by column name).
     *
     * @throws IllegalArgumentException naming the parameter: fewer than 2 bins (for all or for one column), a null or
     *                                  repeated column name, a null {@code encode} or {@code strategy}, a
     *                                  {@code subsample} below 1, or one with another strategy than quantile (as
     *                                  scikit-learn refuses it)
     */
    public KBinsDiscretizer {
        requireBins(nBins, "nBins");
        Checks.notNull(nBinsPerColumn, "nBinsPerColumn");
        Map<String, Integer> perColumn = new TreeMap<>();
        nBinsPerColumn.forEach((column, bins) -> {
            Checks.notNull(column, "nBinsPerColumn: a column name");
            Checks.notNull(bins, "nBinsPerColumn of column '" + column + "'");
            requireBins(bins, "nBinsPerColumn of column '" + column + "'");
            perColumn.put(column, bins);
        });
        nBinsPerColumn = Collections.unmodifiableMap(perColumn);
        Checks.notNull(encode, "encode");
        Checks.notNull(strategy, "strategy");
        Checks.notNull(subsample, "subsample");
        if (subsample.isPresent() && subsample.getAsInt() < 1) {
            throw new IllegalArgumentException(STEP + ": subsample must be at least 1, or empty for every row, found "
                    + subsample.getAsInt());
        }
        if (subsample.isPresent() && strategy != Strategy.QUANTILE) {
            throw new IllegalArgumentException(STEP + ": subsample is used with strategy QUANTILE only, found "
                    + "subsample " + subsample.getAsInt() + " with strategy " + strategy);
        }
        columns = Checks.columnNames(columns, STEP);
    }

    private static void requireBins(int bins, String parameter) {
        if (bins < 2) {
            throw new IllegalArgumentException(STEP + ": " + parameter + " must be at least 2, found " + bins);
        }
    }

    /** scikit-learn 1.2.1's defaults: 5 quantile bins per numeric column, one-hot encoded, every row used; seed 0. */
    public KBinsDiscretizer() {
        this(5, Map.of(), Encode.ONEHOT, Strategy.QUANTILE, OptionalInt.empty(), 0, List.of());
    }

    /** A copy that cuts every column, but those given their own number, into {@code nBins} bins. */
    public KBinsDiscretizer nBins(int nBins) {
        return new KBinsDiscretizer(nBins, nBinsPerColumn, encode, strategy, subsample, seed, columns);
    }

    /** A copy that cuts column {@code column} into {@code nBins} bins, whatever {@link #nBins()} says. */
    public KBinsDiscretizer nBins(String column, int nBins) {
        Checks.notNull(column, "column");
        Map<String, Integer> changed = new LinkedHashMap<>(nBinsPerColumn);
        changed.put(column, nBins);
        return new KBinsDiscretizer(this.nBins, changed, encode, strategy, subsample, seed, columns);
    }

    /** A copy whose bins come out as {@code encode} says. */
    public KBinsDiscretizer encode(Encode encode) {
        return new KBinsDiscretizer(nBins, nBinsPerColumn, encode, strategy, subsample, seed, columns);
    }

    /** A copy that places the edges by {@code strategy}; set it before {@link #subsample(int)}. */
    public KBinsDiscretizer strategy(Strategy strategy) {
        return new KBinsDiscretizer(nBins, nBinsPerColumn, encode, strategy, subsample, seed, columns);
    }

    /** A copy that computes quantiles on {@code subsample} rows drawn at random when the table has more. */
    public KBinsDiscretizer subsample(int subsample) {
        return new KBinsDiscretizer(nBins, nBinsPerColumn, encode, strategy, OptionalInt.of(subsample), seed, columns);
    }

    /** A copy whose subsample, if any, is drawn with {@code seed}. */
    @Override
    public KBinsDiscretizer seed(long seed) {
        return new KBinsDiscretizer(nBins, nBinsPerColumn, encode, strategy, subsample, seed, columns);
    }

    /** A copy that bins only the named numeric columns; with no name, every numeric column. */
    public KBinsDiscretizer columns(String... columns) {
        return new KBinsDiscretizer(nBins, nBinsPerColumn, encode, strategy, subsample, seed,
                Checks.asList("columns", columns));
    }

    /** The number of bins asked for column {@code column}: its own, else {@link #nBins()}. */
    public int nBins(String column) {
        return nBinsPerColumn.getOrDefault(Checks.notNull(column, "column"), nBins);
    }

    /**
     * Computes each binned column's edges.
     *
     * @throws IllegalArgumentException if the table is empty; a named column is missing or not numeric; a column given
     *                                  its own number of bins is not binned; a binned column has a missing or an
     *                                  infinite value (naming the row); k-means bins outnumber the rows; or a dummy
     *                                  column's name is taken
     */
    @Override
    public KBinsDiscretizerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> binned = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        for (String column : nBinsPerColumn.keySet()) {
            if (!binned.contains(column)) {
                throw new IllegalArgumentException(STEP + ": nBinsPerColumn names column '" + column + "', which is not"
                        + " binned (the binned columns are " + binned + ")");
            }
        }
        int[] rows = sampledRows(table.rowCount());
        List<double[]> edges = new ArrayList<>(binned.size());
        for (String name : binned) {
            double[] all = KBinsDiscretizerModel.finiteValues(table, name, STEP);
            double[] values = rows == null ? all : IntStream.of(rows).mapToDouble(row -> all[row]).toArray();
            edges.add(BinEdges.of(values, nBins(name), strategy, name, STEP));
        }
        return KBinsDiscretizerModel.of(this, Schema.of(table), binned, edges);
    }

    /** The rows the quantiles are computed on, in order, or null for every row. */
    private int[] sampledRows(int rowCount) {
        if (subsample.isEmpty() || rowCount <= subsample.getAsInt()) {
            return null;
        }
        int[] counts = UnderSampling.counts(new int[][] {IntStream.range(0, rowCount).toArray()},
                new int[] {subsample.getAsInt()}, false, rowCount, new SplittableRandom(seed));
        return IntStream.range(0, rowCount).filter(row -> counts[row] > 0).toArray();
    }
}
