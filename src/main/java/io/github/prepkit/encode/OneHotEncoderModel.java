package io.github.prepkit.encode;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link OneHotEncoder}: the levels of each encoded column and the layout of its dummy columns.
 * {@link #transform} checks that the table has the fitted columns, then replaces each encoded column, in its
 * place, by the same 0/1 integer columns whatever levels the new table holds.
 */
public final class OneHotEncoderModel implements TransformerModel {

    private static final String STEP = "OneHotEncoderModel";

    private final OneHotEncoder estimator;
    private final Schema schema;
    private final Map<String, ColumnEncoding> encodings;

    private OneHotEncoderModel(OneHotEncoder estimator, Schema schema, Map<String, ColumnEncoding> encodings) {
        this.estimator = estimator;
        this.schema = schema;
        this.encodings = encodings;
    }

    /**
     * The model {@code estimator} fits when it finds the levels {@code categories} (by column, in the order of the
     * encoded columns) in a table with {@code schema}, of which {@code infrequentLevels} (by column, each column's
     * possibly empty) are seen too rarely; the dummy columns are laid out from them and the estimator's parameters.
     *
     * @param estimator        the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema           the columns of the training table, by name and type
     * @param categories       per encoded column, in order, its levels as fit gives them
     * @param infrequentLevels per encoded column, the levels grouped as infrequent (often none)
     * @throws IllegalArgumentException if the columns of {@code categories} are not the ones the estimator selects on
     *                                  the schema; the columns of {@code infrequentLevels} differ from them; a
     *                                  column's levels are not as fit gives them (sorted, each once, no missing
     *                                  value, for a numeric column numbers written as fit writes them); a column's
     *                                  infrequent levels are not some of its levels in their order, or not empty where
     *                                  {@code minFrequency} groups nothing; or a dummy column's name is taken
     */
    public static OneHotEncoderModel of(OneHotEncoder estimator, Schema schema, Map<String, List<String>> categories,
            Map<String, List<String>> infrequentLevels) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(categories, STEP + ": categories");
        Checks.notNull(infrequentLevels, STEP + ": infrequentLevels");
        List<String> columns = schema.requireSelected(estimator.columns(), new ArrayList<>(categories.keySet()),
                estimator.columnKind(), STEP);
        if (!infrequentLevels.keySet().equals(categories.keySet())) {
            throw new IllegalArgumentException(STEP + ": infrequentLevels must have the columns of categories "
                    + columns + ", found " + infrequentLevels.keySet());
        }
        Map<String, ColumnEncoding> encodings = new LinkedHashMap<>();
        for (String column : columns) {
            Levels levels = Levels.of(categories.get(column), ColumnKind.NUMERIC.accepts(schema.type(column)),
                    STEP + ": levels of column '" + column + "'");
            List<String> infrequent = requireInfrequent(infrequentLevels.get(column), levels.names(),
                    estimator.minFrequency(), STEP + ": infrequentLevels of column '" + column + "'");
            encodings.put(column, ColumnEncoding.of(column, levels, infrequent, estimator));
        }
        Map<String, List<String>> dummies = new LinkedHashMap<>();
        encodings.forEach((column, encoding) -> dummies.put(column, encoding.dummyNames()));
        DummyNames.requireFree(schema, dummies, STEP);
        return new OneHotEncoderModel(estimator, schema, Collections.unmodifiableMap(encodings));
    }

    /** Returns {@code infrequent}, or fails unless fit could group these {@code levels} with {@code minFrequency}. */
    private static List<String> requireInfrequent(List<String> infrequent, List<String> levels, double minFrequency,
            String what) {
        List<String> checked = Checks.orderedSubset(infrequent, levels, what);
        if (!checked.isEmpty() && (minFrequency == 0 || minFrequency == 1)) {
            throw new IllegalArgumentException(what + " must be empty: minFrequency " + minFrequency
                    + " groups no level, found " + checked);
        }
        return checked;
    }

    /** The estimator this model was fitted with. */
    public OneHotEncoder estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The encoded columns, in table order. */
    public List<String> columns() {
        return List.copyOf(encodings.keySet());
    }

    /**
     * Each encoded column's levels seen at fit, sorted, infrequent ones included, as scikit-learn's
     * {@code categories_}; unmodifiable, in table order.
     */
    public Map<String, List<String>> categories() {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        encodings.forEach((name, encoding) -> categories.put(name, encoding.levels()));
        return Collections.unmodifiableMap(categories);
    }

    /**
     * Each encoded column's levels grouped into {@code <column>_infrequent}, sorted (empty for a column with none), as
     * scikit-learn's {@code infrequent_categories_}; unmodifiable, in table order.
     */
    public Map<String, List<String>> infrequentLevels() {
        Map<String, List<String>> infrequent = new LinkedHashMap<>();
        encodings.forEach((name, encoding) -> infrequent.put(name, encoding.infrequentLevels()));
        return Collections.unmodifiableMap(infrequent);
    }

    /**
     * The levels of {@code column} seen at fit, sorted, infrequent ones included (missing values are not a level).
     *
     * @throws IllegalArgumentException if {@code column} was not encoded
     */
    public List<String> levels(String column) {
        return encoding(column).levels();
    }

    /**
     * The levels of {@code column} grouped into {@code <column>_infrequent}, sorted, as scikit-learn's
     * {@code infrequent_categories_}; empty when none was.
     *
     * @throws IllegalArgumentException if {@code column} was not encoded
     */
    public List<String> infrequentLevels(String column) {
        return encoding(column).infrequentLevels();
    }

    /**
     * The names of the dummy columns that replace {@code column}, in order, as scikit-learn's
     * {@code get_feature_names_out} for that column; empty when every one was dropped.
     *
     * @throws IllegalArgumentException if {@code column} was not encoded
     */
    public List<String> dummyColumns(String column) {
        return encoding(column).dummyNames();
    }

    /**
     * A new table with every encoded column replaced, in its place, by its 0/1 dummy columns.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or,
     *                                  with {@link HandleUnknown#ERROR}, at a level not seen at fit, naming the
     *                                  column, the level and the row
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP + ".transform");
        Map<String, List<IntColumn>> dummies = new HashMap<>();
        encodings.forEach((name, encoding) ->
                dummies.put(name, encoding.encode(table.column(name), estimator.handleUnknown(), STEP + ".transform")));
        return Tables.replaceColumns(table, dummies);
    }

    private ColumnEncoding encoding(String column) {
        ColumnEncoding encoding = encodings.get(column);
        if (encoding == null) {
            throw new IllegalArgumentException(STEP + ": column '" + column + "' was not encoded; "
                    + "the encoded columns are " + columns());
        }
        return encoding;
    }

    /** {@code OneHotEncoderModel on [columns]: levels [column=[...], ...]}, then the infrequent levels if any. */
    @Override
    public String toString() {
        List<String> infrequent = encodings.values().stream().filter(e -> !e.infrequentLevels().isEmpty())
                .map(e -> e.column() + "=" + Summary.names(e.infrequentLevels())).toList();
        return STEP + " on " + Summary.names(columns()) + ": levels " + Summary.names(encodings.values().stream()
                .map(e -> e.column() + "=" + Summary.names(e.levels())).toList())
                + (infrequent.isEmpty() ? "" : ", infrequentLevels " + Summary.names(infrequent));
    }
}
