package io.github.prepkit.decomposition;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ColumnRanges;
import io.github.prepkit.internal.data.NumpySum;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Tables;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Principal component analysis, as scikit-learn 1.2.1's {@code PCA} with {@code svd_solver="full"}: the selected
 * columns are centred and the right singular vectors of the centred matrix are the components, largest singular value
 * first; the model's {@code transform} replaces the columns by the rows' scores on the kept components, named
 * {@code pca0}, {@code pca1}, ... as scikit-learn's {@code get_feature_names_out}. Each component's sign is scikit-learn's
 * {@code svd_flip} with {@code u_based_decision=True}: the row with the score of largest magnitude (the first such
 * row on ties) scores positive.
 *
 * <p>We always compute the exact decomposition: scikit-learn's default {@code svd_solver="auto"} switches to a
 * randomized SVD on inputs larger than 500 x 500 when fewer than 80 % of the components are kept, which gives other
 * (approximate) numbers; {@code "full"} is what this class reproduces. How the decomposition is computed (a Gram
 * matrix's eigen-decomposition where that is accurate to about 1e-9, Householder QR and an SVD of R otherwise) is
 * described in the fitted model's notes on accuracy; the results are those of an SVD to that accuracy.
 *
 * <p>{@code nComponents} is a count (a whole number from 1 to min(rows, columns)), a fraction in (0, 1) of the
 * variance to explain (the fewest components whose cumulated explained variance ratio exceeds it, scikit-learn's
 * {@code searchsorted(cumsum(ratio), f, side="right") + 1}, at most all of them), or {@link #ALL} (scikit-learn's
 * {@code None}: min(rows, columns), the default). scikit-learn's {@code "mle"} is not offered, nor its solver, tolerance
 * and random-state parameters, which only the other solvers use; a count of 0, which scikit-learn's full solver
 * accepts, is refused: it would make no column.
 *
 * <p>Where scikit-learn divides by zero we decide: a fit on one row has explained variance 0 (scikit-learn's
 * S² / (n - 1) is NaN); with no variance at all (every column constant) the explained variance ratios are 0
 * (scikit-learn's are NaN) and a fraction keeps every component; whitening divides a component of variance exactly 0
 * by 1 (scikit-learn's quotient is infinite or NaN). Missing and infinite values are refused, naming the column and
 * row, as scikit-learn refuses them. By default every numeric column is decomposed; {@link #columns(String...)} narrows
 * it, and other columns pass through unchanged; the score columns stand where the first decomposed column stands.
 *
 * @param nComponents how many components to keep: a whole count of at least 1, a fraction in (0, 1), or {@link #ALL}
 *                    (0, the default)
 * @param whiten      whether to divide each score by the square root of its explained variance, so that the scores
 *                    have unit variance (default false)
 * @param columns     the columns to decompose; empty means every numeric column
 */
public record PCA(double nComponents, boolean whiten, List<String> columns) implements Transformer<PCAModel> {

    /** The value of {@code nComponents} that keeps every component, min(rows, columns): scikit-learn's {@code None}. */
    public static final double ALL = 0;

    private static final String STEP = "PCA";

    /**
     * Validates {@code nComponents} and freezes the column list.
     *
     * @throws IllegalArgumentException if {@code nComponents} is not {@link #ALL}, a fraction in (0, 1) or a whole
     *                                  count from 1 to {@link Integer#MAX_VALUE}, or a column name is null or repeated
     */
    public PCA {
        boolean valid = nComponents == ALL || nComponents > 0 && nComponents < 1
                || nComponents >= 1 && nComponents <= Integer.MAX_VALUE && nComponents == Math.rint(nComponents);
        if (!valid) {
            throw new IllegalArgumentException(STEP + ": nComponents must be a whole count of at least 1, a fraction of"
                    + " the variance in (0, 1), or PCA.ALL (0), found " + nComponents);
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: every component of every numeric column, not whitened. */
    public PCA() {
        this(ALL, false, List.of());
    }

    /**
     * A copy keeping {@code count} components (scikit-learn's int {@code n_components}).
     *
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public PCA nComponents(int count) {
        if (count < 1) {
            throw new IllegalArgumentException(STEP + ": nComponents must be a count of at least 1, found " + count
                    + " (allComponents() keeps them all)");
        }
        return new PCA(count, whiten, columns);
    }

    /**
     * A copy keeping the fewest components that explain more than {@code fraction} of the variance (scikit-learn's
     * float {@code n_components}).
     *
     * @throws IllegalArgumentException unless {@code fraction} is in (0, 1)
     */
    public PCA nComponents(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException(STEP + ": nComponents as a fraction of the variance must be in (0, 1),"
                    + " found " + fraction);
        }
        return new PCA(fraction, whiten, columns);
    }

    /** A copy keeping every component, min(rows, columns) (scikit-learn's {@code n_components=None}). */
    public PCA allComponents() {
        return new PCA(ALL, whiten, columns);
    }

    /** A copy that does ({@code true}) or does not whiten the scores. */
    public PCA whiten(boolean whiten) {
        return new PCA(nComponents, whiten, columns);
    }

    /** A copy that decomposes only the named columns; with no name, every numeric column. */
    public PCA columns(String... columns) {
        return new PCA(nComponents, whiten, Checks.asList("columns", columns));
    }

    /** Whether {@code nComponents} is a count, rather than a fraction or {@link #ALL}. */
    boolean isCount() {
        return nComponents >= 1;
    }

    /**
     * Centres the selected columns and decomposes them.
     *
     * @throws IllegalArgumentException if the table is empty, has no numeric column to decompose, a named column is
     *                                  missing or not numeric, a value is missing or infinite (naming the column and
     *                                  row), a count exceeds min(rows, columns), or a component's variance exceeds the
     *                                  double range
     */
    @Override
    public PCAModel fit(Table table) {
        return fitted(table).model;
    }

    /**
     * Fits and transforms {@code table}, scoring its rows once: the fit's sign rule scores every row on the components
     * already, and those scores are the transform's, bit for bit, when the values needed no binary scaling (the
     * centred values and every product and sum are then the ones the transform computes). Otherwise the fitted model
     * transforms the table.
     *
     * @throws IllegalArgumentException as {@link #fit}
     */
    @Override
    public Table fitTransform(Table table) {
        Fitted fitted = fitted(table);
        return fitted.scores == null ? fitted.model.transform(table) : fitted.model.transformTraining(table, fitted.scores);
    }

    /** A fitted model and the training rows' scores on its components, or null when they were scaled. */
    private record Fitted(PCAModel model, double[][] scores) {
    }

    private Fitted fitted(Table table) {
        Tables.requireRows(table, STEP);
        Schema schema = Schema.of(table);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": no numeric column to decompose; the table has columns "
                    + schema.names());
        }
        schema.check(table, STEP);
        double[][] values = new double[selected.size()][];
        for (int a = 0; a < values.length; a++) {
            values[a] = Columns.values(table, selected.get(a));
        }
        int rows = table.rowCount();
        int available = Math.min(rows, selected.size());
        double[] sums = new double[values.length];
        ColumnRanges ranges = ColumnRanges.ofColumns(values, sums);
        if (!allFinite(sums)) { // a missing or infinite value fails here; a sum beyond the double range goes on scaled
            SelectedColumns.read(table, schema, selected, STEP);
            SelectedColumns.requirePresent(values, selected, STEP, PCAModel.MISSING);
        }
        if (isCount() && nComponents > available) {
            throw new IllegalArgumentException(STEP + ": nComponents=" + (long) nComponents + " must be between 1 and"
                    + " min(rows, columns)=" + available + " (" + rows + " rows, " + selected.size() + " columns)");
        }
        double largest = ranges.largestMagnitude();
        BinaryScale scale = BinaryScale.of(largest, 2);
        double[] mean = scale.isOne() ? dividedBy(sums, rows) : scaleAndMeans(values, scale);
        subtract(values, mean);
        PrincipalAxes axes = PrincipalAxes.of(values, rows, s -> kept(variances(s, rows), available));
        double[] variance = variances(axes.singularValues, rows);
        int count = kept(variance, available);
        double total = NumpySum.of(variance);
        double[] explained = new double[count];
        double[] ratio = new double[count];
        double[] singular = new double[count];
        for (int k = 0; k < count; k++) {
            explained[k] = scale.undoSquare(variance[k]);
            ratio[k] = total == 0 ? 0 : variance[k] / total;
            singular[k] = scale.undo(axes.singularValues[k]);
        }
        if (Double.isInfinite(explained[0])) {
            throw new IllegalArgumentException(STEP + ": the variance along the first component exceeds the double range"
                    + " (the columns " + selected + " reach magnitude " + largest + "); rescale them first");
        }
        double[] rest = Arrays.copyOfRange(variance, count, variance.length);
        double noise = rest.length == 0 ? 0 : scale.undoSquare(NumpySum.of(rest) / rest.length);
        for (int a = 0; a < mean.length; a++) {
            mean[a] = scale.undo(mean[a]);
        }
        PrincipalAxes.Signed signed = axes.flipSigns(values, rows, count);
        PCAModel model = PCAModel.of(this, schema, selected, mean, signed.vectors(), explained, ratio, singular, noise);
        return new Fitted(model, scale.isOne() ? signed.scores() : null);
    }

    /**
     * Scales the columns by {@code scale}, in place, and returns their scaled means as numpy's {@code X.mean(axis=0)}
     * of them (a column's sum in row order, divided by the rows).
     */
    private static double[] scaleAndMeans(double[][] values, BinaryScale scale) {
        double[] mean = new double[values.length];
        for (int a = 0; a < values.length; a++) {
            double[] column = values[a];
            double sum = 0;
            for (int i = 0; i < column.length; i++) {
                column[i] = scale.apply(column[i]);
                sum += column[i];
            }
            mean[a] = sum / column.length;
        }
        return mean;
    }

    /** Whether every sum is finite: false when a value is missing or infinite, or a sum leaves the double range. */
    private static boolean allFinite(double[] sums) {
        for (double sum : sums) {
            if (!Double.isFinite(sum)) {
                return false;
            }
        }
        return true;
    }

    /** Each sum divided by {@code rows}: the means. */
    private static double[] dividedBy(double[] sums, int rows) {
        double[] means = new double[sums.length];
        for (int a = 0; a < means.length; a++) {
            means[a] = sums[a] / rows;
        }
        return means;
    }

    /** Centres the columns in place: numpy's {@code X - mean}. */
    private static void subtract(double[][] values, double[] mean) {
        for (int a = 0; a < values.length; a++) {
            double[] column = values[a];
            double shift = mean[a];
            for (int i = 0; i < column.length; i++) {
                column[i] -= shift;
            }
        }
    }

    /** scikit-learn's {@code explained_variance_}, S² / (n - 1), for every singular value; 0 for one row. */
    private static double[] variances(double[] singularValues, int rows) {
        double[] variance = new double[singularValues.length];
        for (int k = 0; k < variance.length; k++) {
            variance[k] = rows == 1 ? 0 : singularValues[k] * singularValues[k] / (rows - 1);
        }
        return variance;
    }

    /** How many components to keep, given the explained variance of all {@code available} of them. */
    private int kept(double[] variance, int available) {
        if (isCount()) {
            return (int) nComponents;
        }
        if (nComponents == ALL) {
            return available;
        }
        double total = NumpySum.of(variance);
        if (total == 0) {
            return available;
        }
        int below = 0;
        double cumulated = 0;
        for (double v : variance) {
            cumulated += v / total;
            if (cumulated <= nComponents) {
                below++;
            }
        }
        return Math.min(below + 1, available);
    }
}
