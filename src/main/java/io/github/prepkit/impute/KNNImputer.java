package io.github.prepkit.impute;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Fills each missing value with the mean of that column over the {@code nNeighbors} nearest fitted rows
 * that have it, as scikit-learn 1.2.1's {@code KNNImputer} with {@code metric="nan_euclidean"}.
 *
 * <p>Distances are scikit-learn's nan-Euclidean: between two rows, sqrt(weight * sum of squared
 * differences over the columns present in both), with weight = number of columns / number present in
 * both; NaN when no column is present in both. For a missing value in column c, the candidates are the
 * fitted rows where c is present, ranked by distance; rows at NaN distance rank after all others (with
 * {@link Weights#UNIFORM} they still count when fewer than {@code nNeighbors} candidates have a distance,
 * as in scikit-learn). Exact ties go to the earlier fitted row; scikit-learn's order among ties depends on
 * rounding in its dot-product distance formula, so data with ties at the k-th neighbour may differ there.
 * When every candidate is at NaN distance, the value is the column's mean at fit. A row never donates to
 * itself: it has no value in the column it lacks, whether the table transformed is the fitted one or not.
 *
 * <p>A column with no value at fit cannot be imputed and is dropped from the output, as scikit-learn
 * does by default ({@code keep_empty_features=False}); it still counts in the distance weight as in
 * scikit-learn, which scales all distances alike and changes no result. By default every numeric column
 * takes part; {@link #columns(String...)} narrows it and the other columns pass through unchanged.
 * Imputed columns come out as double columns. Infinite values are rejected at fit and at transform, naming the
 * column and row, as scikit-learn does. Values near the ends of the double range are measured scaled by one common
 * power of two (see {@link io.github.prepkit.internal.data.BinaryScale}), so that their squared differences neither overflow
 * nor underflow: the neighbours are those of the same data at an ordinary magnitude, where scikit-learn's would tie
 * at infinity or 0.
 *
 * @param nNeighbors how many neighbours average into a value (default 5, at least 1)
 * @param weights    how the neighbours are weighted (default {@link Weights#UNIFORM})
 * @param columns    the columns to impute and to measure distances on; empty means every numeric column
 */
public record KNNImputer(int nNeighbors, Weights weights, List<String> columns)
        implements Transformer<KNNImputerModel> {

    /** How the neighbours' values are averaged, scikit-learn's {@code weights}. */
    public enum Weights {
        /** Every neighbour counts the same ({@code "uniform"}). */
        UNIFORM,
        /**
         * A neighbour counts 1 / distance ({@code "distance"}); neighbours at distance 0, if any, share all the
         * weight, and neighbours at NaN distance count 0.
         */
        DISTANCE
    }

    /** Validates the parameters and freezes the column list. */
    public KNNImputer {
        if (nNeighbors < 1) {
            throw new IllegalArgumentException("KNNImputer: nNeighbors must be at least 1, found " + nNeighbors);
        }
        Checks.notNull(weights, "KNNImputer: weights");
        columns = Checks.columnNames(columns, "KNNImputer");
    }

    /** scikit-learn's defaults: 5 neighbours, uniform weights, every numeric column. */
    public KNNImputer() {
        this(5, Weights.UNIFORM, List.of());
    }

    /** A copy that averages {@code nNeighbors} neighbours (at least 1). */
    public KNNImputer nNeighbors(int nNeighbors) {
        return new KNNImputer(nNeighbors, weights, columns);
    }

    /** A copy that weights the neighbours by {@code weights}. */
    public KNNImputer weights(Weights weights) {
        return new KNNImputer(nNeighbors, weights, columns);
    }

    /** A copy that imputes, and measures distances on, only the named columns; with no name, every numeric column. */
    public KNNImputer columns(String... columns) {
        return new KNNImputer(nNeighbors, weights, Checks.asList("columns", columns));
    }

    /**
     * Remembers the table's rows (on the chosen columns) as the neighbour candidates, and each column's mean
     * over its present values as the fallback.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a
     *                                  value is infinite
     */
    @Override
    public KNNImputerModel fit(Table table) {
        Tables.requireRows(table, "KNNImputer");
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, "KNNImputer");
        double[] rows = Columns.rowMajor(table, selected, "KNNImputer");
        return KNNImputerModel.of(this, Schema.of(table), selected, rows);
    }
}
