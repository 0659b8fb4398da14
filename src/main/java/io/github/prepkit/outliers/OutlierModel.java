package io.github.prepkit.outliers;

import io.github.prepkit.base.Model;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A fitted outlier detector: immutable, it gives every row of a table with the fitted columns a score (higher
 * is more outlying) and an outlier flag. {@link #flag} adds them as two columns named after the
 * {@link #method()}: {@code <method>_score} (double) and {@code <method>_outlier} (integer, 1 for an outlier,
 * 0 otherwise), e.g. {@code zscore_score} and {@code zscore_outlier}; {@link #dropOutliers} keeps the other rows.
 * Only the fitted {@link #columns()} are examined; a missing or infinite value in them fails, naming the column
 * and row, as at fit. Input tables are never modified.
 */
public abstract sealed class OutlierModel implements Model permits ZScoreDetectorModel, IqrDetectorModel, MahalanobisDetectorModel {

    private final String method;
    private final Schema schema;
    private final List<String> columns;
    private final double threshold;

    /** Takes the columns as {@link #checked} returned them. */
    OutlierModel(String method, Schema schema, List<String> columns, double threshold) {
        this.method = method;
        this.schema = schema;
        this.columns = columns;
        this.threshold = threshold;
    }

    /**
     * Validates the columns a validating factory is given and returns them, unmodifiable: at least one, and the
     * numeric ones the detector's {@code columns} parameter {@code requested} selects on the schema.
     */
    static List<String> checked(Schema schema, List<String> requested, List<String> columns, String step) {
        Checks.notNull(schema, step + ": schema");
        List<String> checked = schema.requireSelected(requested, columns, ColumnKind.NUMERIC, step);
        if (checked.isEmpty()) {
            throw new IllegalArgumentException(step + ": needs at least one numeric column to examine, the schema has "
                    + schema);
        }
        return checked;
    }

    /** The method's short name, which prefixes the added columns: "zscore", "iqr" or "mahalanobis". */
    public final String method() {
        return method;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public final Schema schema() {
        return schema;
    }

    /** The columns examined, in the order of the fitted statistics. */
    public final List<String> columns() {
        return columns;
    }

    /** The threshold in use; what it bounds depends on the detector (see its model's class comment). */
    public final double threshold() {
        return threshold;
    }

    /** The name of the score column {@link #flag} adds: {@code <method>_score}. */
    public final String scoreColumn() {
        return method + "_score";
    }

    /** The name of the 0/1 flag column {@link #flag} adds: {@code <method>_outlier}. */
    public final String outlierColumn() {
        return method + "_outlier";
    }

    /**
     * Each row's score, in row order.
     *
     * @param table a table with the fitted columns; it is not modified
     * @return one score per row, higher being more outlying
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, or a value is
     *                                  missing or infinite, naming the column
     */
    public final double[] scores(Table table) {
        return evaluate(table, "scores").scores();
    }

    /**
     * Whether each row is an outlier, in row order.
     *
     * @param table a table with the fitted columns; it is not modified
     * @return one flag per row, true for an outlier
     * @throws IllegalArgumentException as {@link #scores}
     */
    public final boolean[] outliers(Table table) {
        return evaluate(table, "outliers").outliers();
    }

    /**
     * A copy of {@code table} with two columns added at the end: {@link #scoreColumn()} and {@link #outlierColumn()}.
     *
     * @param table a table with the fitted columns; it is not modified
     * @return the flagged copy
     * @throws IllegalArgumentException as {@link #scores}, or if the table already has a column of either name
     */
    public final Table flag(Table table) {
        Evaluation evaluation = evaluate(table, "flag");
        for (String name : List.of(scoreColumn(), outlierColumn())) {
            if (table.containsColumn(name)) {
                throw new IllegalArgumentException(step("flag") + ": the table already has a column '" + name + "'");
            }
        }
        boolean[] outliers = evaluation.outliers();
        int[] flags = IntStream.range(0, outliers.length).map(i -> outliers[i] ? 1 : 0).toArray();
        return table.copy().addColumns(
                DoubleColumn.create(scoreColumn(), evaluation.scores()),
                IntColumn.create(outlierColumn(), flags));
    }

    /**
     * A new table holding the rows of {@code table} that are not outliers, in order.
     *
     * @param table a table with the fitted columns; it is not modified
     * @return the rows kept, a new table
     * @throws IllegalArgumentException as {@link #scores}
     */
    public final Table dropOutliers(Table table) {
        boolean[] outliers = evaluate(table, "dropOutliers").outliers();
        int[] kept = IntStream.range(0, outliers.length).filter(i -> !outliers[i]).toArray();
        return table.where(Selection.with(kept));
    }

    /** {@code <Model> on [columns]: threshold t, <statistics>}. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + " on " + Summary.names(columns) + ": threshold " + Summary.number(threshold)
                + ", " + statistics();
    }

    /** The fitted statistics, for {@link #toString()}: {@code mean [...], std [...]}. */
    abstract String statistics();

    /**
     * Scores the complete rows {@code rows} (row-major, {@code columns().size()} wide) into {@code scores} and
     * {@code outliers}, one entry a row.
     */
    abstract void score(double[] rows, double[] scores, boolean[] outliers);

    private Evaluation evaluate(Table table, String operation) {
        String step = step(operation);
        schema.check(table, step);
        double[] rows = DetectorInput.completeRows(table, columns, step);
        double[] scores = new double[table.rowCount()];
        boolean[] outliers = new boolean[table.rowCount()];
        score(rows, scores, outliers);
        return new Evaluation(scores, outliers);
    }

    private String step(String operation) {
        return getClass().getSimpleName() + "." + operation;
    }

    private record Evaluation(double[] scores, boolean[] outliers) {
    }
}
