package io.github.prepkit.transform;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Replaces numeric columns by every product of them up to {@code degree}, as scikit-learn's
 * {@code PolynomialFeatures}: for columns a and b and degree 2, the columns {@code 1}, {@code a}, {@code b},
 * {@code a^2}, {@code a b}, {@code b^2}, in scikit-learn's order and named as its {@code get_feature_names_out}. With
 * {@code interactionOnly}, only products of distinct columns ({@code a b}, not {@code a^2}); without
 * {@code includeBias}, no column of ones. Each product is computed as scikit-learn computes it (a term of degree d is
 * the first column of the term times the term of the other d - 1), so the numbers are its numbers bit for bit.
 *
 * <p>Where the output goes (scikit-learn has no columns to keep): the product columns stand, in that order, where the
 * first expanded column stands in the table transformed, and the expanded columns are gone; the other columns pass
 * through unchanged, in their places. By default every numeric column is expanded; {@link #columns(String...)} narrows
 * it.
 *
 * <p>Missing and infinite values are refused, at fit and at transform, naming the column and row, as scikit-learn
 * refuses them. A product beyond the double range is infinite (1e200 squared is Infinity), as scikit-learn's is: the
 * column holds what the product is in doubles, and a later step that refuses infinity says so. The output has
 * C(n + d, d) columns for n columns and degree d (the sum of C(n, k) for k up to d with interactions only; one less
 * without the bias); a fit that would make more than {@value PolynomialFeaturesModel#MAX_COLUMNS} columns, the most a
 * Java list holds, is refused, as scikit-learn refuses more than its index type holds; widths far below that exhaust
 * memory all the same.
 *
 * @param degree          the highest degree of the products (default 2); 0 or more
 * @param interactionOnly whether to keep only products of distinct columns (default false)
 * @param includeBias     whether to add the column {@code 1}, the product of degree 0 (default true); degree 0
 *                        without it would make no column, and is refused
 * @param columns         the columns to expand; empty means every numeric column
 */
public record PolynomialFeatures(int degree, boolean interactionOnly, boolean includeBias, List<String> columns)
        implements Transformer<PolynomialFeaturesModel> {

    private static final String STEP = "PolynomialFeatures";

    /** Validates the degree and freezes the column list. */
    public PolynomialFeatures {
        if (degree < 0) {
            throw new IllegalArgumentException(STEP + ": degree must be at least 0, found " + degree);
        }
        if (degree == 0 && !includeBias) {
            throw new IllegalArgumentException(STEP + ": degree 0 without includeBias would make no column (scikit-learn"
                    + " refuses it too); use degree 1 or more, or includeBias(true)");
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: degree 2, every product, with the bias column, of every numeric column. */
    public PolynomialFeatures() {
        this(2, false, true, List.of());
    }

    /** A copy making products up to {@code degree}. */
    public PolynomialFeatures degree(int degree) {
        return new PolynomialFeatures(degree, interactionOnly, includeBias, columns);
    }

    /** A copy that makes only the products of distinct columns ({@code true}), or every product. */
    public PolynomialFeatures interactionOnly(boolean interactionOnly) {
        return new PolynomialFeatures(degree, interactionOnly, includeBias, columns);
    }

    /** A copy that adds ({@code true}) or leaves out the column of ones. */
    public PolynomialFeatures includeBias(boolean includeBias) {
        return new PolynomialFeatures(degree, interactionOnly, includeBias, columns);
    }

    /** A copy that expands only the named columns; with no name, every numeric column. */
    public PolynomialFeatures columns(String... columns) {
        return new PolynomialFeatures(degree, interactionOnly, includeBias, Checks.asList("columns", columns));
    }

    /**
     * Remembers the columns to expand and works out the output columns.
     *
     * @throws IllegalArgumentException if the table is empty, has no numeric column to expand, a named column is
     *                                  missing or not numeric, a value is missing or infinite (naming the column and
     *                                  row), the output would be wider than {@value PolynomialFeaturesModel#MAX_COLUMNS}
     *                                  columns, or an output name would be taken twice (naming it)
     */
    @Override
    public PolynomialFeaturesModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        Schema schema = Schema.of(table);
        SelectedColumns.requirePresent(SelectedColumns.read(table, schema, selected, STEP), selected, STEP,
                PolynomialFeaturesModel.MISSING);
        return PolynomialFeaturesModel.of(this, schema, selected);
    }
}
