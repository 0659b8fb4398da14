package io.github.prepkit.transform;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Tables;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link PolynomialFeatures}: the expanded columns and the output columns made of them, in scikit-learn's
 * order, with their names ({@link #featureNamesOut()}, scikit-learn's {@code get_feature_names_out}) and exponents
 * ({@link #powers()}, {@code powers_}). {@link #transform} computes each output column as the product of an earlier
 * one and one expanded column, as scikit-learn does, so the numbers are its numbers bit for bit.
 */
public final class PolynomialFeaturesModel implements TransformerModel {

    /** The most output columns a fit may make: the longest Java array or list, as scikit-learn's bound is its index type's. */
    public static final int MAX_COLUMNS = Integer.MAX_VALUE - 8;

    /** The end of the message refusing a missing value. */
    static final String MISSING = "a product of a missing value is unknown (scikit-learn refuses NaN too): impute it"
            + " first (io.github.prepkit.impute)";

    private static final String STEP = "PolynomialFeaturesModel";

    private final PolynomialFeatures estimator;
    private final Schema schema;
    private final List<String> columns;
    /** Per output column, the exponent of each expanded column. */
    private final int[][] powers;
    /** Per output column, the earlier output column it is a product of (-1: none, a bias or a first-degree column). */
    private final int[] left;
    /** Per output column, the expanded column it multiplies by (-1: none, the bias). */
    private final int[] factor;
    private final List<String> names;

    private PolynomialFeaturesModel(PolynomialFeatures estimator, Schema schema, List<String> columns, Terms terms) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.powers = terms.powers.toArray(int[][]::new);
        this.left = terms.left.stream().mapToInt(Integer::intValue).toArray();
        this.factor = terms.factor.stream().mapToInt(Integer::intValue).toArray();
        this.names = Arrays.stream(powers).map(p -> name(p, columns)).toList();
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, expanding {@code columns}.
     *
     * @param estimator the estimator the model was fitted with
     * @param schema    the columns of the training table, by name and type
     * @param columns   the expanded columns, as the estimator selects them on the schema; at least one
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema or
     *                                  there is none, the output would have more than {@value #MAX_COLUMNS} columns,
     *                                  or two output columns, or an output column and a column passed through, would
     *                                  have names Tablesaw takes for one (it ignores case and surrounding spaces)
     */
    public static PolynomialFeaturesModel of(PolynomialFeatures estimator, Schema schema, List<String> columns) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        if (checked.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": no numeric column to expand (scikit-learn needs at least one"
                    + " feature too); the table has columns " + schema.names());
        }
        BigInteger width = width(checked.size(), estimator);
        if (width.compareTo(BigInteger.valueOf(MAX_COLUMNS)) > 0) {
            throw new IllegalArgumentException(STEP + ": degree " + estimator.degree() + " on " + checked.size()
                    + " columns would make " + width + " output columns, more than the " + MAX_COLUMNS + " a Java list"
                    + " holds (scikit-learn refuses what its index type cannot hold); lower the degree, expand fewer"
                    + " columns or use interactionOnly");
        }
        PolynomialFeaturesModel model = new PolynomialFeaturesModel(estimator, schema, checked,
                Terms.of(checked.size(), estimator));
        model.requireFreeNames();
        return model;
    }

    /**
     * The number of output columns: C(n + d, d) with every product (the bias included), the sum of C(n, k) for k up to
     * d with interactions only; less one without the bias.
     */
    private static BigInteger width(int n, PolynomialFeatures estimator) {
        int degree = estimator.degree();
        BigInteger total = BigInteger.ZERO;
        BigInteger binomial = BigInteger.ONE; // C(m, k), k from 0
        long m = estimator.interactionOnly() ? n : (long) n + degree;
        int last = Math.min(n, degree);
        for (int k = 0; k <= last; k++) {
            if (k > 0) {
                binomial = binomial.multiply(BigInteger.valueOf(m - k + 1)).divide(BigInteger.valueOf(k));
            }
            total = estimator.interactionOnly() ? total.add(binomial) : binomial;
        }
        return estimator.includeBias() ? total : total.subtract(BigInteger.ONE);
    }

    /** Fails if an output name would be taken twice, or taken from a column passed through. */
    private void requireFreeNames() {
        Set<String> expanded = new HashSet<>(columns);
        Map<String, String> kept = new HashMap<>();
        schema.names().stream().filter(name -> !expanded.contains(name))
                .forEach(name -> kept.put(Columns.nameKey(name), name));
        Map<String, String> made = new HashMap<>();
        for (String name : names) {
            String key = Columns.nameKey(name);
            String column = kept.get(key);
            if (column != null) {
                throw new IllegalArgumentException(STEP + ": the output column '" + name + "' would take the name of"
                        + " column '" + column + "', which passes through (Tablesaw ignores case and surrounding spaces"
                        + " in names); rename that column");
            }
            String earlier = made.putIfAbsent(key, name);
            if (earlier != null) {
                throw new IllegalArgumentException(STEP + ": the output columns '" + earlier + "' and '" + name
                        + "' would be one column to Tablesaw (an input's name is also a product's name, as 'a b' beside"
                        + " 'a' and 'b'); rename the expanded columns " + columns);
            }
        }
    }

    /** scikit-learn's name of a term: its columns in column order, each as {@code name^power} or {@code name}; "1" for none. */
    private static String name(int[] powers, List<String> columns) {
        StringJoiner name = new StringJoiner(" ");
        for (int j = 0; j < powers.length; j++) {
            if (powers[j] > 0) {
                name.add(powers[j] == 1 ? columns.get(j) : columns.get(j) + "^" + powers[j]);
            }
        }
        return name.length() == 0 ? "1" : name.toString();
    }

    /** The estimator this model was fitted with. */
    public PolynomialFeatures estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The expanded columns, in the order of {@link #powers()}'s exponents. */
    public List<String> columns() {
        return columns;
    }

    /** The output columns' names, in output order: scikit-learn's {@code get_feature_names_out} of {@link #columns()}. */
    public List<String> featureNamesOut() {
        return names;
    }

    /** Per output column, the exponent of each expanded column (scikit-learn's {@code powers_}); a copy. */
    public int[][] powers() {
        return Arrays.stream(powers).map(int[]::clone).toArray(int[][]::new);
    }

    /**
     * A new table in which the expanded columns give way to the output columns, which stand where the first expanded
     * column stands in {@code table}; other columns are copied. A product beyond the double range is infinite.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is missing or infinite, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        double[][] values = SelectedColumns.read(table, schema, columns, step);
        SelectedColumns.requirePresent(values, columns, step, MISSING);
        int rows = table.rowCount();
        double[][] out = new double[names.size()][];
        List<DoubleColumn> made = new ArrayList<>(names.size());
        for (int k = 0; k < out.length; k++) {
            if (factor[k] < 0) {
                out[k] = new double[rows];
                Arrays.fill(out[k], 1);
            } else if (left[k] < 0) {
                out[k] = values[factor[k]];
            } else {
                out[k] = product(out[left[k]], values[factor[k]]);
            }
            made.add(DoubleColumn.create(names.get(k), out[k]));
        }
        Map<String, List<DoubleColumn>> replaced = new HashMap<>();
        Set<String> expanded = new HashSet<>(columns);
        String first = table.columnNames().stream().filter(expanded::contains).findFirst().orElseThrow();
        for (String name : columns) {
            replaced.put(name, name.equals(first) ? made : List.of());
        }
        return Tables.replaceColumns(table, replaced);
    }

    private static double[] product(double[] a, double[] b) {
        double[] product = new double[a.length];
        for (int i = 0; i < product.length; i++) {
            product[i] = a[i] * b[i];
        }
        return product;
    }

    /** {@code PolynomialFeaturesModel on [a, b]: degree 2, 6 output columns [1, a, b, a^2, a b, b^2]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": degree " + estimator.degree() + ", " + names.size()
                + " output columns " + Summary.names(names);
    }

    /**
     * The output terms in scikit-learn's order, built as its transform builds them: the bias, the columns themselves,
     * then for each degree d and each column j in turn, column j times every term of degree d - 1 whose first column
     * is j or later (later only, with interactions only).
     */
    private record Terms(List<int[]> powers, List<Integer> left, List<Integer> factor) {

        static Terms of(int n, PolynomialFeatures estimator) {
            Terms terms = new Terms(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            if (estimator.includeBias()) {
                terms.add(new int[n], -1, -1);
            }
            if (estimator.degree() == 0) {
                return terms;
            }
            int[] start = new int[n + 1]; // where the terms of the last degree whose first column is j begin
            for (int j = 0; j < n; j++) {
                start[j] = terms.powers.size();
                int[] power = new int[n];
                power[j] = 1;
                terms.add(power, -1, j);
            }
            start[n] = terms.powers.size();
            for (int d = 2; d <= estimator.degree() && start[n] > start[0]; d++) {
                int end = start[n];
                int[] next = new int[n + 1];
                for (int j = 0; j < n; j++) {
                    next[j] = terms.powers.size();
                    for (int t = estimator.interactionOnly() ? start[j + 1] : start[j]; t < end; t++) {
                        int[] power = terms.powers.get(t).clone();
                        power[j]++;
                        terms.add(power, t, j);
                    }
                }
                next[n] = terms.powers.size();
                start = next;
            }
            return terms;
        }

        private void add(int[] power, int earlier, int column) {
            powers.add(power);
            left.add(earlier);
            factor.add(column);
        }
    }
}
