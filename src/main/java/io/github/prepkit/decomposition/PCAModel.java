package io.github.prepkit.decomposition;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link PCA}: the columns' means and the kept components with scikit-learn's fitted attributes
 * ({@code components_}, {@code explained_variance_}, {@code explained_variance_ratio_}, {@code singular_values_},
 * {@code mean_}, {@code noise_variance_}, {@code n_components_}). {@link #transform} replaces the decomposed columns
 * by the scores (x - mean) · component, {@code pca0}, {@code pca1}, ..., divided by the square root of the explained
 * variance when whitened; {@link #inverseTransform} maps scores back, undoing the whitening as scikit-learn does.
 *
 * <p>Accuracy: the fit takes the eigen-decomposition of the centred columns' Gram matrix XᵀX when the smallest kept
 * eigenvalue is at least 1e-6 times the largest, and Householder QR of the centred columns followed by the SVD of R
 * otherwise (or, with fewer rows than columns, the SVD of the centred columns), so that the singular values and
 * components carry about 1e-9 relative accuracy whichever path is taken. A component whose singular value is 0 (a
 * constant column, fewer rows than columns) is any unit vector orthogonal to the others: scikit-learn's and ours may
 * differ there, as LAPACK's would from one build to another.
 */
public final class PCAModel implements TransformerModel {

    /** The end of the message refusing a missing value. */
    static final String MISSING = "principal components of a missing value are unknown (scikit-learn refuses NaN too):"
            + " impute it first (io.github.prepkit.impute)";

    private static final String STEP = "PCAModel";

    private final PCA estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[] mean;
    private final double[][] components;
    private final double[] explainedVariance;
    private final double[] explainedVarianceRatio;
    private final double[] singularValues;
    private final double noiseVariance;
    private final List<String> names;

    private PCAModel(PCA estimator, Schema schema, List<String> columns, double[] mean, double[][] components,
            double[] explainedVariance, double[] explainedVarianceRatio, double[] singularValues,
            double noiseVariance) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.mean = mean;
        this.components = components;
        this.explainedVariance = explainedVariance;
        this.explainedVarianceRatio = explainedVarianceRatio;
        this.singularValues = singularValues;
        this.noiseVariance = noiseVariance;
        this.names = IntStream.range(0, components.length).mapToObj(k -> "pca" + k).toList();
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, decomposing {@code columns}; the arrays are
     * copied.
     *
     * @param estimator              the estimator the model was fitted with
     * @param schema                 the columns of the training table, by name and type
     * @param columns                the decomposed columns, as the estimator selects them on the schema; at least one
     * @param mean                   per column, its mean
     * @param components             the kept components, one unit vector of one value per column each
     * @param explainedVariance      per component, the variance of the scores on it, S² / (n - 1)
     * @param explainedVarianceRatio per component, its share of the total variance, in [0, 1]
     * @param singularValues         per component, its singular value S
     * @param noiseVariance          the mean explained variance of the components not kept (0 if all are kept)
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema or
     *                                  there is none; there is no component, more components than columns, or another
     *                                  number than the estimator's count; an array's length differs; a value is NaN
     *                                  or infinite, a variance or singular value negative, or a ratio above 1; or an
     *                                  output name is that of a column passing through (Tablesaw ignores case)
     */
    public static PCAModel of(PCA estimator, Schema schema, List<String> columns, double[] mean,
            double[][] components, double[] explainedVariance, double[] explainedVarianceRatio,
            double[] singularValues, double noiseVariance) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        int width = checked.size();
        if (width == 0) {
            throw new IllegalArgumentException(STEP + ": no numeric column to decompose; the schema has columns "
                    + schema.names());
        }
        Checks.notNull(components, STEP + ": components");
        int count = components.length;
        if (count < 1 || count > width || estimator.isCount() && count != (int) estimator.nComponents()) {
            throw new IllegalArgumentException(STEP + ": components must hold from 1 to " + width + " components"
                    + (estimator.isCount() ? ", exactly nComponents=" + (int) estimator.nComponents() : "") + ", found "
                    + count);
        }
        Checks.finite(mean, width, false, STEP + ": mean");
        Checks.finiteMatrix(components, count, width, STEP + ": components");
        nonNegative(Checks.finite(explainedVariance, count, false, STEP + ": explainedVariance"), "explainedVariance");
        nonNegative(Checks.finite(explainedVarianceRatio, count, false, STEP + ": explainedVarianceRatio"),
                "explainedVarianceRatio");
        nonNegative(Checks.finite(singularValues, count, false, STEP + ": singularValues"), "singularValues");
        nonNegative(Checks.finite(new double[] {noiseVariance}, false, STEP + ": noiseVariance"), "noiseVariance");
        for (double r : explainedVarianceRatio) {
            if (r > 1) {
                throw new IllegalArgumentException(STEP + ": explainedVarianceRatio must be at most 1, found " + r);
            }
        }
        PCAModel model = new PCAModel(estimator, schema, checked, mean.clone(),
                Arrays.stream(components).map(double[]::clone).toArray(double[][]::new), explainedVariance.clone(),
                explainedVarianceRatio.clone(), singularValues.clone(), noiseVariance);
        model.requireFreeNames();
        return model;
    }

    private static void nonNegative(double[] values, String what) {
        for (double v : values) {
            if (v < 0) {
                throw new IllegalArgumentException(STEP + ": " + what + " must be at least 0, found " + v);
            }
        }
    }

    /** Fails if an output name is that of a column passing through. */
    private void requireFreeNames() {
        Set<String> decomposed = new HashSet<>(columns);
        Map<String, String> kept = new HashMap<>();
        schema.names().stream().filter(name -> !decomposed.contains(name))
                .forEach(name -> kept.put(Columns.nameKey(name), name));
        for (String name : names) {
            String column = kept.get(Columns.nameKey(name));
            if (column != null) {
                throw new IllegalArgumentException(STEP + ": the output column '" + name + "' would take the name of"
                        + " column '" + column + "', which passes through (Tablesaw ignores case and surrounding spaces"
                        + " in names); rename that column");
            }
        }
    }

    /** The estimator this model was fitted with. */
    @Override
    public PCA estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The decomposed columns, in the order of each component's values and of {@link #mean()}. */
    public List<String> columns() {
        return columns;
    }

    /** The output columns' names, {@code pca0} to {@code pca<k-1>}: scikit-learn's {@code get_feature_names_out}. */
    public List<String> featureNamesOut() {
        return names;
    }

    /** The number of components kept (scikit-learn's {@code n_components_}). */
    public int nComponents() {
        return components.length;
    }

    /** The kept components, largest variance first, one unit vector per component (scikit-learn's {@code components_}); a copy. */
    public double[][] components() {
        return Arrays.stream(components).map(double[]::clone).toArray(double[][]::new);
    }

    /** Each kept component's variance, S² / (n - 1) (scikit-learn's {@code explained_variance_}); a copy. */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** Each kept component's share of the total variance (scikit-learn's {@code explained_variance_ratio_}); a copy. */
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    /** Each kept component's singular value (scikit-learn's {@code singular_values_}); a copy. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** Each decomposed column's mean (scikit-learn's {@code mean_}); a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The mean explained variance of the components not kept, 0 if all min(rows, columns) are kept: the noise variance
     * of the probabilistic PCA model (scikit-learn's {@code noise_variance_}).
     */
    public double noiseVariance() {
        return noiseVariance;
    }

    /**
     * A new table in which the decomposed columns give way to the score columns {@code pca0}, {@code pca1}, ..., which
     * stand where the first decomposed column stands in {@code table}; other columns are copied.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is missing or infinite, or a score beyond the double range, naming the
     *                                  column and row
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        double[][] values = SelectedColumns.read(table, schema, columns, step);
        SelectedColumns.requirePresent(values, columns, step, MISSING);
        double[][] scores = whitened(Projection.scores(values, mean, components, table.rowCount()));
        requireFinite(scores, names, step);
        return withScores(table, scores);
    }

    /**
     * {@link #transform} of the training table, whose rows' scores on the components are known: {@code scores[k][i]},
     * row i on component k, overwritten by the whitened scores when the estimator whitens. They need no check: the
     * fit's values, left unscaled, are below 2^251 in magnitude, so their scores are far below the double range, and a
     * whitened training score is at most √(n - 1) in magnitude (the squares of a component's n scores sum to
     * (n - 1) times its explained variance).
     */
    Table transformTraining(Table table, double[][] scores) {
        return withScores(table, whitened(scores));
    }

    /** The scores divided, in place, by the square root of their explained variance when whitened (1 for 0). */
    private double[][] whitened(double[][] scores) {
        if (estimator.whiten()) {
            for (int k = 0; k < scores.length; k++) {
                double divisor = explainedVariance[k] == 0 ? 1 : Math.sqrt(explainedVariance[k]);
                for (int i = 0; i < scores[k].length; i++) {
                    scores[k][i] /= divisor;
                }
            }
        }
        return scores;
    }

    /** {@code table} with the decomposed columns replaced by the score columns, where the first one stood. */
    private Table withScores(Table table, double[][] scores) {
        String first = table.columnNames().stream().filter(new HashSet<>(columns)::contains).findFirst().orElseThrow();
        return Tables.replaceColumns(table, placed(columns, first, columns(names, scores)));
    }

    /**
     * A new table in which the score columns {@code pca0}, {@code pca1}, ... give way to the decomposed columns in
     * their original units, x = score · component + mean summed over the components (each score first multiplied back
     * by the square root of its explained variance when whitened, as scikit-learn's {@code inverse_transform}); they
     * stand where {@code pca0} stands, and other columns are copied. With fewer components than columns, this is the
     * projection of the rows onto the components' span.
     *
     * @param table a table with the score columns, as {@link #transform} returns them
     * @throws IllegalArgumentException if a score column is missing or not numeric, a score is missing or infinite, a
     *                                  value comes out beyond the double range, naming the column and row; or if a
     *                                  column passing through has the name of a decomposed column
     */
    public Table inverseTransform(Table table) {
        String step = STEP + ".inverseTransform";
        Checks.notNull(table, "table");
        double[][] scores = new double[names.size()][];
        for (int k = 0; k < scores.length; k++) {
            try {
                scores[k] = Columns.finiteValues(table, names.get(k), step);
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(step) ? e : new IllegalArgumentException(step + ": score " + e.getMessage(), e);
            }
        }
        SelectedColumns.requirePresent(scores, names, step, MISSING);
        Set<String> outputs = new HashSet<>(names);
        Map<String, String> kept = new HashMap<>();
        table.columnNames().stream().filter(name -> !outputs.contains(name))
                .forEach(name -> kept.put(Columns.nameKey(name), name));
        for (String name : columns) {
            if (kept.containsKey(Columns.nameKey(name))) {
                throw new IllegalArgumentException(step + ": the table already has a column '"
                        + kept.get(Columns.nameKey(name)) + "', where the decomposed column '" + name + "' would go");
            }
        }
        double[][] loadings = new double[columns.size()][names.size()];
        for (int k = 0; k < names.size(); k++) {
            double factor = estimator.whiten() ? Math.sqrt(explainedVariance[k]) : 1;
            for (int a = 0; a < columns.size(); a++) {
                loadings[a][k] = factor * components[k][a];
            }
        }
        double[][] values = Projection.scores(scores, new double[names.size()], loadings, table.rowCount());
        for (int a = 0; a < values.length; a++) {
            for (int i = 0; i < values[a].length; i++) {
                values[a][i] += mean[a];
            }
        }
        requireFinite(values, columns, step);
        String first = table.columnNames().stream().filter(outputs::contains).findFirst().orElseThrow();
        return Tables.replaceColumns(table, placed(names, first, columns(columns, values)));
    }

    private static List<Column<?>> columns(List<String> names, double[][] values) {
        List<Column<?>> made = new ArrayList<>(names.size());
        for (int k = 0; k < values.length; k++) {
            made.add(DoubleColumn.create(names.get(k), values[k]));
        }
        return made;
    }

    /** The replacements that put {@code made} where {@code first} stands and drop the rest of {@code replaced}. */
    private static Map<String, List<Column<?>>> placed(List<String> replaced, String first, List<Column<?>> made) {
        Map<String, List<Column<?>>> replacements = new HashMap<>();
        for (String name : replaced) {
            replacements.put(name, name.equals(first) ? made : List.of());
        }
        return replacements;
    }

    private static void requireFinite(double[][] values, List<String> names, String step) {
        for (int k = 0; k < values.length; k++) {
            for (int i = 0; i < values[k].length; i++) {
                if (!Double.isFinite(values[k][i])) {
                    throw new IllegalArgumentException(step + ": column '" + names.get(k) + "' comes out beyond the"
                            + " double range (|x| > " + Double.MAX_VALUE + ") in row " + i + "; the row lies too far"
                            + " from the rows seen at fit");
                }
            }
        }
    }

    /** {@code PCAModel on [a, b, c]: 2 components, explained variance ratio [0.7, 0.2]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": " + names.size() + " components, explained variance ratio "
                + Summary.numbers(explainedVarianceRatio);
    }
}
