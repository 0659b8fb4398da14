package io.github.prepkit.encode;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.selection.Fold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link TargetEncoder}: each encoded column's categories (scikit-learn's {@code categories_}), the resolved
 * target type and classes ({@code target_type_}, {@code classes_}), the target mean ({@code target_mean_}, one per
 * class for a multiclass target) and the encoding of every category ({@code encodings_}), all learned on every training
 * row. {@link #transform} replaces each encoded column, in its place, by its encodings: one double column of the same
 * name (binary, continuous), or one column {@code <column>_<class>} per class (multiclass); a category not seen at fit,
 * or a missing value where missing values are no category, gets the target mean.
 */
public final class TargetEncoderModel implements TransformerModel {

    private static final String STEP = "TargetEncoderModel";

    private final TargetEncoder estimator;
    private final Schema schema;
    private final Map<String, OrdinalCategories> categories;
    private final TargetType targetType;
    private final List<String> classes;
    private final double[] targetMean;
    private final Map<String, double[][]> encodings;

    private TargetEncoderModel(TargetEncoder estimator, Schema schema, Map<String, OrdinalCategories> categories,
            TargetType targetType, List<String> classes, double[] targetMean, Map<String, double[][]> encodings) {
        this.estimator = estimator;
        this.schema = schema;
        this.categories = categories;
        this.targetType = targetType;
        this.classes = classes;
        this.targetMean = targetMean;
        this.encodings = encodings;
    }

    /**
     * The model {@code estimator} fits when it learns this state on a table with {@code schema}.
     *
     * @param estimator  the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema     the columns of the training table, by name and type
     * @param categories per encoded column, in table order, its categories in code order, then the column's missing
     *                   value ({@code ""} or {@code "NaN"}) when missing values are a category, as for
     *                   {@link OrdinalEncoderModel#of}
     * @param targetType the resolved target type: {@link TargetType#BINARY}, {@link TargetType#MULTICLASS} or
     *                   {@link TargetType#CONTINUOUS} (the estimator's own unless it is {@link TargetType#AUTO})
     * @param classes    the classes in order (at most two for binary, none for continuous), as text
     * @param targetMean the target mean: one value, or one per class for a multiclass target
     * @param encodings  per encoded column, one row per output (class) of one encoding per category
     * @throws IllegalArgumentException naming what does not fit: columns not the ones the estimator selects, categories
     *                                  not the given ones or not as fit learns them, a type or classes that disagree,
     *                                  arrays of the wrong length or with a value that is not finite, or an output
     *                                  column name that another column already has
     */
    public static TargetEncoderModel of(TargetEncoder estimator, Schema schema, Map<String, List<String>> categories,
            TargetType targetType, List<String> classes, double[] targetMean, Map<String, double[][]> encodings) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(categories, STEP + ": categories");
        Checks.notNull(targetType, STEP + ": targetType");
        List<String> classList = List.copyOf(Checks.noNulls(classes, STEP + ": classes"));
        Checks.notNull(encodings, STEP + ": encodings");
        List<String> columns = schema.requireSelected(estimator.columns(), new ArrayList<>(categories.keySet()),
                estimator.columnKind(), STEP);
        requireType(estimator, targetType, classList);
        int outputs = targetType == TargetType.MULTICLASS ? classList.size() : 1;
        double[] means = Checks.finite(targetMean, outputs, false, STEP + ": targetMean").clone();
        Map<String, OrdinalCategories> byColumn = new LinkedHashMap<>();
        Map<String, double[][]> encoded = new LinkedHashMap<>();
        for (String column : columns) {
            OrdinalCategories encoding = categories(estimator, schema, column, categories.get(column));
            byColumn.put(column, encoding);
            double[][] values = encodings.get(column);
            if (values == null) {
                throw new IllegalArgumentException(STEP + ": encodings of column '" + column + "' are missing");
            }
            encoded.put(column, copy(Checks.finiteMatrix(values, outputs, encoding.size(),
                    STEP + ": encodings of column '" + column + "'")));
        }
        if (!encodings.keySet().equals(byColumn.keySet())) {
            throw new IllegalArgumentException(STEP + ": encodings must be given for the encoded columns " + columns
                    + " only, found " + encodings.keySet());
        }
        TargetEncoderModel model = new TargetEncoderModel(estimator, schema, Collections.unmodifiableMap(byColumn),
                targetType, classList, means, Collections.unmodifiableMap(encoded));
        model.requireDistinctNames();
        return model;
    }

    /** The categories of {@code column}, checked as {@link OrdinalEncoderModel#of} checks them. */
    private static OrdinalCategories categories(TargetEncoder estimator, Schema schema, String column,
            List<String> names) {
        String what = STEP + ": categories of column '" + column + "'";
        List<String> given = estimator.categories().get(column);
        OrdinalCategories encoding = OrdinalCategories.of(column, schema.type(column), names, given == null, what);
        if (given != null && !encoding.names().equals(OrdinalCategories.of(column, schema.type(column), given, false,
                what).names())) {
            throw new IllegalArgumentException(what + " must be the estimator's given ones " + given + ", found "
                    + names);
        }
        return encoding;
    }

    private static void requireType(TargetEncoder estimator, TargetType targetType, List<String> classes) {
        if (targetType == TargetType.AUTO || estimator.targetType() != TargetType.AUTO
                && estimator.targetType() != targetType) {
            throw new IllegalArgumentException(STEP + ": targetType must be the estimator's " + estimator.targetType()
                    + (estimator.targetType() == TargetType.AUTO ? " resolved (BINARY, MULTICLASS or CONTINUOUS)" : "")
                    + ", found " + targetType);
        }
        boolean fits = switch (targetType) {
            case CONTINUOUS -> classes.isEmpty();
            case BINARY -> classes.size() == 1 || classes.size() == 2;
            default -> !classes.isEmpty();
        };
        if (!fits || new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException(STEP + ": classes of a " + targetType + " target must be "
                    + (targetType == TargetType.CONTINUOUS ? "none" : targetType == TargetType.BINARY
                    ? "one or two" : "at least one") + ", each once, found " + classes);
        }
    }

    /** Fails if two output columns would share a name (case aside), as a multiclass column's may with another. */
    private void requireDistinctNames() {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        schema.names().forEach(column -> names.addAll(categories.containsKey(column) ? outputNames(column)
                : List.of(column)));
        for (String name : names) {
            if (!seen.add(Columns.nameKey(name))) {
                throw new IllegalArgumentException(STEP + ": the output column '" + name + "' would appear twice (a"
                        + " multiclass column gives <column>_<class> columns); rename the column first");
            }
        }
    }

    /**
     * Fits {@code estimator}'s encodings on every row of {@code features}, whose encoded columns have
     * {@code categories}.
     */
    static TargetEncoderModel fitted(TargetEncoder estimator, Table features, Map<String, List<String>> categories,
            TargetValues target) {
        TargetEncoderModel shape = of(estimator, Schema.of(features), categories, target.type(), target.classes(),
                new double[target.outputs().length], zeros(categories, target.outputs().length));
        int[] all = IntStream.range(0, target.rows()).toArray();
        double[] means = new double[target.outputs().length];
        Map<String, double[][]> encodings = new LinkedHashMap<>();
        shape.categories.keySet().forEach(column -> encodings.put(column, new double[means.length][]));
        for (int output = 0; output < means.length; output++) {
            means[output] = target.mean(output, all);
            double variance = estimator.smooth().isPresent() ? Double.NaN : target.variance(output, all, means[output]);
            for (Map.Entry<String, OrdinalCategories> column : shape.categories.entrySet()) {
                encodings.get(column.getKey())[output] = TargetEncodings.fit(shape.codes(features, column.getKey(),
                        STEP), target.outputs()[output], all, column.getValue().size(), means[output], variance,
                        estimator.smooth());
            }
        }
        return of(estimator, shape.schema, categories, target.type(), target.classes(), means, encodings);
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    private static Map<String, double[][]> zeros(Map<String, List<String>> categories, int outputs) {
        Map<String, double[][]> zeros = new HashMap<>();
        categories.forEach((column, names) -> zeros.put(column, new double[outputs][names.size()]));
        return zeros;
    }

    /**
     * The cross-fitted encoding of {@code features}, as scikit-learn 1.3's {@code fit_transform}: each fold's test rows
     * are encoded by encodings (and a target mean, for unknown values) learned on that fold's training rows only.
     */
    Table crossFitted(Table features, TargetValues target, List<Fold> folds, String step) {
        schema.check(features, step);
        Map<String, int[]> codes = new HashMap<>();
        Map<String, double[][]> out = new HashMap<>();
        categories.keySet().forEach(column -> {
            codes.put(column, codes(features, column, step));
            out.put(column, new double[targetMean.length][features.rowCount()]);
        });
        for (Fold fold : folds) {
            int[] train = fold.train();
            for (int output = 0; output < targetMean.length; output++) {
                double mean = target.mean(output, train);
                double variance = estimator.smooth().isPresent() ? Double.NaN : target.variance(output, train, mean);
                for (Map.Entry<String, OrdinalCategories> column : categories.entrySet()) {
                    int[] columnCodes = codes.get(column.getKey());
                    double[] encoding = TargetEncodings.fit(columnCodes, target.outputs()[output], train,
                            column.getValue().size(), mean, variance, estimator.smooth());
                    double[] values = out.get(column.getKey())[output];
                    for (int row : fold.test()) {
                        values[row] = columnCodes[row] >= 0 ? encoding[columnCodes[row]] : mean;
                    }
                }
            }
        }
        return table(features, out);
    }

    /** Each row's category code in {@code column} of {@code table}: the missing category last, -1 for unknown. */
    private int[] codes(Table table, String column, String step) {
        OrdinalCategories encoding = categories.get(column);
        Column<?> values = table.column(column);
        OrdinalCategories.requireFinite(values, step);
        double[] codes = encoding.encode(values, encoding.size() - 1, -1.0, step);
        int[] whole = new int[codes.length];
        for (int row = 0; row < codes.length; row++) {
            whole[row] = (int) codes[row];
        }
        return whole;
    }

    /** {@code table} with each encoded column replaced by its output columns, holding {@code values} per output. */
    private Table table(Table table, Map<String, double[][]> values) {
        Map<String, List<Column<?>>> replacements = new HashMap<>();
        values.forEach((column, outputs) -> {
            List<String> names = outputNames(column);
            List<Column<?>> columns = new ArrayList<>();
            for (int output = 0; output < outputs.length; output++) {
                columns.add(DoubleColumn.create(names.get(output), outputs[output]));
            }
            replacements.put(column, columns);
        });
        return Tables.replaceColumns(table, replacements);
    }

    private List<String> outputNames(String column) {
        return targetType == TargetType.MULTICLASS ? classes.stream().map(c -> column + "_" + c).toList()
                : List.of(column);
    }

    /** The estimator this model was fitted with. */
    @Override
    public TargetEncoder estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The encoded columns, in table order. */
    public List<String> columns() {
        return List.copyOf(categories.keySet());
    }

    /**
     * Each encoded column's categories, as scikit-learn's {@code categories_}: in code order (sorted when learned),
     * then the column's missing value ({@code ""} or {@code "NaN"}) when missing values are a category; in table order.
     */
    public Map<String, List<String>> categories() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        categories.forEach((column, encoding) -> names.put(column, encoding.names()));
        return Collections.unmodifiableMap(names);
    }

    /** The resolved target type, scikit-learn's {@code target_type_}: never {@link TargetType#AUTO}. */
    public TargetType targetType() {
        return targetType;
    }

    /** The classes as text, sorted as scikit-learn's {@code classes_}; empty for a continuous target. */
    public List<String> classes() {
        return classes;
    }

    /** The target mean over the training rows, one per class for a multiclass target ({@code target_mean_}); a copy. */
    public double[] targetMean() {
        return targetMean.clone();
    }

    /**
     * The encodings of {@code column}'s categories, one row per output (one per class for a multiclass target), in the
     * order of {@link #categories()}; a copy.
     *
     * @throws IllegalArgumentException if {@code column} was not encoded
     */
    public double[][] encodings(String column) {
        double[][] values = encodings.get(column);
        if (values == null) {
            throw new IllegalArgumentException(STEP + ": column '" + column + "' was not encoded; the encoded columns"
                    + " are " + columns());
        }
        return copy(values);
    }

    /**
     * A new table with every encoded column replaced, in its place, by its encodings.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or an
     *                                  encoded numeric column has an infinite value
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        schema.check(table, step);
        Map<String, double[][]> out = new HashMap<>();
        categories.keySet().forEach(column -> {
            int[] codes = codes(table, column, step);
            double[][] encoding = encodings.get(column);
            double[][] values = new double[targetMean.length][codes.length];
            for (int output = 0; output < values.length; output++) {
                for (int row = 0; row < codes.length; row++) {
                    values[output][row] = codes[row] >= 0 ? encoding[output][codes[row]] : targetMean[output];
                }
            }
            out.put(column, values);
        });
        return table(table, out);
    }

    /** {@code TargetEncoderModel on [columns]: BINARY target, mean [...], categories [column=[...], ...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns()) + ": " + targetType + " target"
                + (classes.isEmpty() ? "" : " " + Summary.names(classes)) + ", mean "
                + Summary.numbers(targetMean) + ", categories " + Summary.names(categories.values().stream()
                .map(e -> e.column() + "=" + Summary.names(e.names())).toList());
    }
}
