package io.github.prepkit.transform;

import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.UnderSampling;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Maps numeric columns through their own estimated distribution function to a uniform or a normal distribution, as
 * scikit-learn's {@code QuantileTransformer}: each column's quantiles at {@code nQuantiles} evenly spaced probabilities
 * (capped at the number of rows, as scikit-learn does) are learnt at fit; a value is mapped by linear interpolation
 * between them, averaged over both directions so that a run of repeated quantiles maps to its middle, then, for the
 * normal output, through the normal quantile function, clipped so that the extremes stay finite. Values outside the
 * fitted range map to the bounds. Missing values are ignored at fit and stay missing. By default every numeric column
 * is transformed; {@link #columns(String...)} narrows it and other columns pass through unchanged.
 *
 * <p>When the table has more rows than {@code subsample}, each column's quantiles are taken on a uniform subset of
 * that many rows drawn from {@code seed} with prepkit's own generator ({@link SplittableRandom}, one stream for the
 * columns in turn), which cannot repeat numpy's draws: the quantiles then differ from scikit-learn's by the sampling,
 * and equal them exactly only on tables of at most {@code subsample} rows (which is how the reference cases are
 * made). Only dense tables exist here, so scikit-learn's {@code ignore_implicit_zeros} has no counterpart.
 *
 * @param nQuantiles         how many quantiles to estimate, at least 1 and at most {@code subsample} (default 1000)
 * @param outputDistribution the distribution of the output (default {@link OutputDistribution#UNIFORM})
 * @param subsample          the most rows the quantiles are estimated on, at least 1 (default 10,000, as scikit-learn
 *                           1.2's class; its function {@code quantile_transform} defaults to 100,000)
 * @param seed               the seed of the subsample's draw (default 0; scikit-learn's default is unseeded)
 * @param columns            the columns to transform; empty means every numeric column
 */
public record QuantileTransformer(int nQuantiles, OutputDistribution outputDistribution, int subsample, long seed,
        List<String> columns) implements Transformer<QuantileTransformerModel>, Seeded<QuantileTransformer> {

    private static final String STEP = "QuantileTransformer";

    /** The distribution the transformed values follow, scikit-learn's {@code output_distribution}. */
    public enum OutputDistribution {
        /** Uniform on [0, 1]. */
        UNIFORM,
        /** Standard normal, clipped to about ±5.2 (the quantiles of 1e-7 and 1 - 1e-7). */
        NORMAL
    }

    /** Validates the parameters and freezes the column list. */
    public QuantileTransformer {
        if (nQuantiles < 1) {
            throw new IllegalArgumentException(STEP + ": nQuantiles must be at least 1, found " + nQuantiles);
        }
        if (subsample < 1) {
            throw new IllegalArgumentException(STEP + ": subsample must be at least 1, found " + subsample);
        }
        if (nQuantiles > subsample) {
            throw new IllegalArgumentException(STEP + ": nQuantiles (" + nQuantiles + ") cannot exceed subsample ("
                    + subsample + "), the number of rows the quantiles are estimated on");
        }
        Checks.notNull(outputDistribution, STEP + ": outputDistribution");
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: 1000 quantiles, uniform output, a subsample of 10,000 rows, seed 0, every column. */
    public QuantileTransformer() {
        this(1000, OutputDistribution.UNIFORM, 10_000, 0, List.of());
    }

    /** A copy estimating {@code nQuantiles} quantiles. */
    public QuantileTransformer nQuantiles(int nQuantiles) {
        return new QuantileTransformer(nQuantiles, outputDistribution, subsample, seed, columns);
    }

    /** A copy whose output follows {@code outputDistribution}. */
    public QuantileTransformer outputDistribution(OutputDistribution outputDistribution) {
        return new QuantileTransformer(nQuantiles, outputDistribution, subsample, seed, columns);
    }

    /** A copy estimating the quantiles on at most {@code subsample} rows. */
    public QuantileTransformer subsample(int subsample) {
        return new QuantileTransformer(nQuantiles, outputDistribution, subsample, seed, columns);
    }

    /** A copy whose subsample is drawn from {@code seed}. */
    @Override
    public QuantileTransformer seed(long seed) {
        return new QuantileTransformer(nQuantiles, outputDistribution, subsample, seed, columns);
    }

    /** A copy that transforms only the named columns; with no name, every numeric column. */
    public QuantileTransformer columns(String... columns) {
        return new QuantileTransformer(nQuantiles, outputDistribution, subsample, seed,
                Checks.asList("columns", columns));
    }

    /**
     * Learns each column's quantiles at min(nQuantiles, rows) evenly spaced probabilities, ignoring missing values.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a value is
     *                                  infinite, naming the column and row
     */
    @Override
    public QuantileTransformerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        int rows = table.rowCount();
        double[] references = Quantiles.references(Math.max(1, Math.min(nQuantiles, rows)));
        SplittableRandom random = new SplittableRandom(seed);
        int[][] allRows = subsample < rows ? new int[][] {IntStream.range(0, rows).toArray()} : null;
        double[][] quantiles = new double[selected.size()][];
        for (int j = 0; j < selected.size(); j++) {
            double[] values = Columns.finiteValues(table, selected.get(j), STEP);
            if (subsample < rows) {
                values = subset(values, UnderSampling.counts(allRows, new int[] {subsample}, false, rows, random));
            }
            quantiles[j] = Quantiles.of(values, references);
        }
        return QuantileTransformerModel.of(this, Schema.of(table), selected, quantiles);
    }

    /** The values of the rows drawn once ({@code counts} 1), in row order. */
    private static double[] subset(double[] values, int[] counts) {
        return IntStream.range(0, values.length).filter(i -> counts[i] > 0).mapToDouble(i -> values[i]).toArray();
    }
}
