package io.github.prepkit.encode;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link KBinsDiscretizer}: each binned column's bin edges, as scikit-learn's {@code bin_edges_}.
 * {@link #transform} checks that the table has the fitted columns, then replaces each binned column, in its place, by
 * its bin codes or its 0/1 bin columns; {@link #inverseTransform} gives each bin's centre.
 */
public final class KBinsDiscretizerModel implements TransformerModel {

    private static final String STEP = "KBinsDiscretizerModel";

    private final KBinsDiscretizer estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[][] binEdges;

    private KBinsDiscretizerModel(KBinsDiscretizer estimator, Schema schema, List<String> columns, double[][] binEdges) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.binEdges = binEdges;
    }

    /**
     * The model {@code estimator} fits when it finds {@code binEdges} for {@code columns} of a table with
     * {@code schema}; the arrays are copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the binned columns, as the estimator selects them on the schema
     * @param binEdges  per column, its edges: finite and non-decreasing with the last above the first (uniform edges
     *                  of a range of a few subnormal numbers may repeat, as numpy's), at least two and at most its number
     *                  of bins + 1; or {@code [-Infinity, Infinity]}, a constant column's one bin
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema, the
     *                                  edges are not one array per column or one is not as described, or a dummy
     *                                  column's name is taken
     */
    public static KBinsDiscretizerModel of(KBinsDiscretizer estimator, Schema schema, List<String> columns,
            List<double[]> binEdges) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.noNulls(binEdges, STEP + ": binEdges");
        if (binEdges.size() != checked.size()) {
            throw new IllegalArgumentException(STEP + ": binEdges must hold one array per column " + checked + ", found "
                    + binEdges.size());
        }
        double[][] edges = new double[checked.size()][];
        for (int j = 0; j < edges.length; j++) {
            edges[j] = requireEdges(binEdges.get(j).clone(), estimator.nBins(checked.get(j)),
                    STEP + ": binEdges of column '" + checked.get(j) + "'");
        }
        KBinsDiscretizerModel model = new KBinsDiscretizerModel(estimator, schema, checked, edges);
        if (estimator.encode() == KBinsDiscretizer.Encode.ONEHOT) {
            Map<String, List<String>> dummies = new LinkedHashMap<>();
            checked.forEach(column -> dummies.put(column, model.binColumns(column)));
            DummyNames.requireFree(schema, dummies, STEP);
        }
        return model;
    }

    private static double[] requireEdges(double[] edges, int nBins, String what) {
        boolean constant = edges.length == 2 && edges[0] == Double.NEGATIVE_INFINITY
                && edges[1] == Double.POSITIVE_INFINITY;
        boolean increasing = edges.length >= 2 && edges.length <= nBins + 1 && edges[0] < edges[edges.length - 1];
        for (int i = 0; i < edges.length && increasing; i++) {
            increasing = Double.isFinite(edges[i]) && (i == 0 || edges[i - 1] <= edges[i]);
        }
        if (!constant && !increasing) {
            throw new IllegalArgumentException(what + " must be 2 to " + (nBins + 1) + " finite numbers, increasing"
                    + " from the first to the last, or [-Infinity, Infinity] for a constant column, found "
                    + Summary.numbers(edges));
        }
        return edges;
    }

    /**
     * The values of numeric column {@code name}, refused if one is missing or infinite, as scikit-learn refuses NaN
     * and infinity.
     *
     * @throws IllegalArgumentException naming the step, the column and the row
     */
    static double[] finiteValues(Table table, String name, String step) {
        double[] values = Columns.finiteValues(table, name, step);
        for (int row = 0; row < values.length; row++) {
            if (Double.isNaN(values[row])) {
                throw new IllegalArgumentException(step + ": column '" + name + "' has a missing value in row " + row
                        + " (" + Columns.countMissing(table.column(name)) + " in all), which cannot be binned, as"
                        + " scikit-learn refuses NaN; impute them first (io.github.prepkit.impute)");
            }
        }
        return values;
    }

    /** The estimator this model was fitted with. */
    public KBinsDiscretizer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The binned columns, in table order. */
    public List<String> columns() {
        return columns;
    }

    /**
     * Each binned column's edges, as scikit-learn's {@code bin_edges_}: after narrow bins were removed, so a column may
     * have fewer bins than asked; {@code [-Infinity, Infinity]} for a constant column; copies, in column order.
     */
    public double[][] binEdges() {
        double[][] copy = new double[binEdges.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = binEdges[j].clone();
        }
        return copy;
    }

    /**
     * The edges of {@code column}, a copy.
     *
     * @throws IllegalArgumentException if {@code column} was not binned
     */
    public double[] binEdges(String column) {
        return binEdges[index(column)].clone();
    }

    /** Each binned column's number of bins, as scikit-learn's {@code n_bins_}: its edges less one; a new array. */
    public int[] nBins() {
        return IntStream.range(0, binEdges.length).map(j -> binEdges[j].length - 1).toArray();
    }

    /**
     * The names of the 0/1 columns that replace {@code column} with {@link KBinsDiscretizer.Encode#ONEHOT}:
     * {@code <column>_0} to {@code <column>_<bins - 1>}, as scikit-learn's {@code get_feature_names_out}.
     *
     * @throws IllegalArgumentException if {@code column} was not binned
     */
    public List<String> binColumns(String column) {
        int j = index(column);
        return IntStream.range(0, binEdges[j].length - 1).mapToObj(bin -> column + "_" + bin).toList();
    }

    /**
     * A new table with every binned column replaced, in its place, by its bin codes (a double column of the same
     * name, {@link KBinsDiscretizer.Encode#ORDINAL}) or its 0/1 integer bin columns
     * ({@link KBinsDiscretizer.Encode#ONEHOT}).
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or a
     *                                  binned column has a missing or infinite value, naming the column and the row
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        schema.check(table, step);
        Map<String, List<Column<?>>> replacements = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            double[] edges = binEdges[j];
            double[] values = finiteValues(table, name, step);
            int[] bins = new int[values.length];
            for (int row = 0; row < bins.length; row++) {
                bins[row] = BinEdges.bin(edges, values[row]);
            }
            replacements.put(name, encode(name, bins, edges.length - 1));
        }
        return Tables.replaceColumns(table, replacements);
    }

    private List<Column<?>> encode(String name, int[] bins, int count) {
        if (estimator.encode() == KBinsDiscretizer.Encode.ORDINAL) {
            return List.of(DoubleColumn.create(name, IntStream.of(bins).asDoubleStream().toArray()));
        }
        int[][] dummies = new int[count][bins.length];
        for (int row = 0; row < bins.length; row++) {
            dummies[bins[row]][row] = 1;
        }
        List<Column<?>> columns = new ArrayList<>(count);
        for (int bin = 0; bin < count; bin++) {
            columns.add(IntColumn.create(name + "_" + bin, dummies[bin]));
        }
        return columns;
    }

    /**
     * A new table with each binned column's codes (or 0/1 bin columns) replaced, in place, by a double column of the
     * centres of the bins, (edge + next edge) / 2, under the column's name; other columns are copied. A constant
     * column's centre is NaN, its bin being (-Infinity, Infinity), as scikit-learn's.
     *
     * @param table a table as {@link #transform} gives it: the code columns, or every 0/1 bin column
     * @throws IllegalArgumentException if a code or bin column is missing or not numeric, or naming the column and the
     *                                  row of a code that is no bin (not a whole number from 0 to bins - 1) or of a row
     *                                  whose bin columns do not hold exactly one 1 and zeros
     */
    public Table inverseTransform(Table table) {
        String step = STEP + ".inverseTransform";
        Checks.notNull(table, "table");
        Map<String, List<Column<?>>> replacements = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            double[] edges = binEdges[j];
            int[] bins = estimator.encode() == KBinsDiscretizer.Encode.ORDINAL ? codes(table, name, edges.length - 1, step)
                    : hotBins(table, name, binColumns(name), step);
            double[] centres = new double[bins.length];
            for (int row = 0; row < bins.length; row++) {
                centres[row] = BinaryScale.midpoint(edges[bins[row]], edges[bins[row] + 1]);
            }
            List<String> replaced = estimator.encode() == KBinsDiscretizer.Encode.ORDINAL ? List.of(name)
                    : binColumns(name);
            replacements.put(replaced.get(0), List.of(DoubleColumn.create(name, centres)));
            replaced.subList(1, replaced.size()).forEach(other -> replacements.put(other, List.of()));
        }
        return Tables.replaceColumns(table, replacements);
    }

    /** The bins that column {@code name}'s codes stand for. */
    private static int[] codes(Table table, String name, int count, String step) {
        NumericColumn<?> codes = Columns.numeric(table, name);
        int[] bins = new int[codes.size()];
        for (int row = 0; row < bins.length; row++) {
            double code = codes.getDouble(row);
            if (!(code >= 0 && code < count && code == Math.rint(code))) {
                throw new IllegalArgumentException(step + ": column '" + name + "' has code " + code + " at row " + row
                        + ", which is no bin: expected a whole number from 0 to " + (count - 1));
            }
            bins[row] = (int) code;
        }
        return bins;
    }

    /** The bin of each row: the one of the 0/1 columns {@code names} that holds its 1. */
    private static int[] hotBins(Table table, String name, List<String> names, String step) {
        int[] bins = new int[table.rowCount()];
        int[] ones = new int[bins.length];
        boolean[] other = new boolean[bins.length];
        for (int bin = 0; bin < names.size(); bin++) {
            NumericColumn<?> column = Columns.numeric(table, names.get(bin));
            for (int row = 0; row < bins.length; row++) {
                double value = column.getDouble(row);
                if (value == 1) {
                    bins[row] = bin;
                    ones[row]++;
                }
                other[row] |= value != 0 && value != 1;
            }
        }
        for (int row = 0; row < bins.length; row++) {
            if (ones[row] != 1 || other[row]) {
                throw new IllegalArgumentException(step + ": the bin columns " + names + " of column '" + name
                        + "' must hold one 1 and zeros in each row; row " + row + " does not");
            }
        }
        return bins;
    }

    private int index(String column) {
        int j = columns.indexOf(Checks.notNull(column, "column"));
        if (j < 0) {
            throw new IllegalArgumentException(STEP + ": column '" + column + "' was not binned; the binned columns are "
                    + columns);
        }
        return j;
    }

    /** {@code KBinsDiscretizerModel on [columns]: nBins [...], strategy S, encode E}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": nBins " + Arrays.toString(nBins()) + ", strategy "
                + estimator.strategy() + ", encode " + estimator.encode();
    }
}
