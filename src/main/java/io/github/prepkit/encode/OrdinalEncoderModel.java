package io.github.prepkit.encode;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link OrdinalEncoder}: the categories of each encoded column, as scikit-learn's {@code categories_}.
 * {@link #transform} checks that the table has the fitted columns, then replaces each encoded column, in its place, by
 * a double column of codes; {@link #inverseTransform} replaces the codes by the categories again.
 */
public final class OrdinalEncoderModel implements TransformerModel {

    private static final String STEP = "OrdinalEncoderModel";

    private final OrdinalEncoder estimator;
    private final Schema schema;
    private final Map<String, OrdinalCategories> encodings;

    private OrdinalEncoderModel(OrdinalEncoder estimator, Schema schema, Map<String, OrdinalCategories> encodings) {
        this.estimator = estimator;
        this.schema = schema;
        this.encodings = encodings;
    }

    /**
     * The model {@code estimator} fits when it finds the categories {@code categories} (by column, in the order of the
     * encoded columns) in a table with {@code schema}.
     *
     * @param estimator  the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema     the columns of the training table, by name and type
     * @param categories per encoded column, in order, its categories as scikit-learn's {@code categories_} holds them:
     *                   in code order, then the column's missing value ({@code ""} for a string column, {@code "NaN"}
     *                   for a numeric one) when missing values are a category
     * @throws IllegalArgumentException if the columns are not the ones the estimator selects on the schema; a column's
     *                                  categories are not the estimator's given ones (numbers renamed as fit names
     *                                  them) or, for a learned column, not as fit learns them (sorted, each once, no
     *                                  missing value but last); or {@code unknownValue} or {@code encodedMissingValue}
     *                                  is a code in use, as scikit-learn 1.2.1 checks
     */
    public static OrdinalEncoderModel of(OrdinalEncoder estimator, Schema schema, Map<String, List<String>> categories) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(categories, STEP + ": categories");
        List<String> columns = schema.requireSelected(estimator.columns(), new ArrayList<>(categories.keySet()),
                estimator.columnKind(), STEP);
        Map<String, OrdinalCategories> encodings = new LinkedHashMap<>();
        for (String column : columns) {
            String what = STEP + ": categories of column '" + column + "'";
            List<String> given = estimator.categories().get(column);
            OrdinalCategories encoding = OrdinalCategories.of(column, schema.type(column), categories.get(column),
                    given == null, what);
            if (given != null && !encoding.names().equals(OrdinalCategories.of(column, schema.type(column), given,
                    false, STEP + ": the estimator's " + what.substring(STEP.length() + 2)).names())) {
                throw new IllegalArgumentException(what + " must be the estimator's given ones " + given + ", found "
                        + categories.get(column));
            }
            encodings.put(column, encoding);
        }
        requireFreeCodes(estimator, encodings.values());
        return new OrdinalEncoderModel(estimator, schema, Collections.unmodifiableMap(encodings));
    }

    /** scikit-learn 1.2.1's checks: neither code may be one in use, the missing category's own index included. */
    private static void requireFreeCodes(OrdinalEncoder estimator, Collection<OrdinalCategories> encodings) {
        if (estimator.unknownValue().isPresent()) {
            double unknown = estimator.unknownValue().getAsDouble();
            for (OrdinalCategories encoding : encodings) {
                if (unknown >= 0 && unknown < encoding.size()) {
                    throw new IllegalArgumentException(STEP + ": unknownValue " + unknown + " is one of the codes"
                            + " already used for the categories (0 to " + (encoding.size() - 1) + " for column '"
                            + encoding.column() + "', its missing category included); use a negative one, say -1");
                }
            }
        }
        if (estimator.encodedMissingValue().isPresent()) {
            double missing = estimator.encodedMissingValue().getAsDouble();
            List<String> taken = encodings.stream().filter(OrdinalCategories::missingIsCategory)
                    .filter(encoding -> missing >= 0 && missing < encoding.size()).map(OrdinalCategories::column)
                    .toList();
            if (!taken.isEmpty()) {
                throw new IllegalArgumentException(STEP + ": encodedMissingValue " + missing + " is already the code of"
                        + " a category in the columns with missing values " + taken + "; use a negative one, say -1");
            }
        }
    }

    /**
     * Fails at the first value of {@code table}'s columns {@code given} (those whose categories were given) that is no
     * category, as scikit-learn's fit with {@code handle_unknown="error"}.
     */
    void requireKnown(Table table, Collection<String> given, String step) {
        for (String column : given) {
            OrdinalCategories encoding = encodings.get(column);
            int row = encoding.firstUnknown(table.column(column));
            if (row >= 0) {
                throw encoding.unknownCategory(table.column(column), row, step, "fit");
            }
        }
    }

    /** The estimator this model was fitted with. */
    public OrdinalEncoder estimator() {
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
     * Each encoded column's categories, as scikit-learn's {@code categories_}: in code order, then the column's missing
     * value ({@code ""} or {@code "NaN"}) when missing values are a category; unmodifiable, in table order.
     */
    public Map<String, List<String>> categories() {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        encodings.forEach((name, encoding) -> categories.put(name, encoding.names()));
        return Collections.unmodifiableMap(categories);
    }

    /**
     * The categories of {@code column}, as {@link #categories()} gives them.
     *
     * @throws IllegalArgumentException if {@code column} was not encoded
     */
    public List<String> categories(String column) {
        return encoding(column).names();
    }

    /**
     * A new table with every encoded column replaced, in its place, by a double column of codes.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if an
     *                                  encoded numeric column has an infinite value; or, with
     *                                  {@link HandleUnknown#ERROR}, at a category not seen at fit, naming the column,
     *                                  the category and the row
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        schema.check(table, step);
        Double unknown = estimator.unknownValue().isPresent() ? estimator.unknownValue().getAsDouble() : null;
        double missing = estimator.encodedMissingValue().orElse(Double.NaN);
        Map<String, List<Column<?>>> codes = new HashMap<>();
        encodings.forEach((name, encoding) -> {
            Column<?> values = table.column(name);
            OrdinalCategories.requireFinite(values, step);
            codes.put(name, List.of(DoubleColumn.create(name, encoding.encode(values, missing, unknown, step))));
        });
        return Tables.replaceColumns(table, codes);
    }

    /**
     * A new table with every encoded column's codes replaced, in its place, by their categories, in a column of the
     * type fitted: code i gives category i; {@code encodedMissingValue} (when missing values are a category) and
     * {@code unknownValue} give a missing value (scikit-learn gives None for an unknown one); other columns are copied.
     *
     * @param table a table with the encoded columns as numeric columns of codes, as {@link #transform} gives them
     * @throws IllegalArgumentException if an encoded column is missing or not numeric, or naming the column and the row
     *                                  of a code that stands for no category (not a whole number from 0 to the
     *                                  number of categories - 1, the missing one included)
     */
    public Table inverseTransform(Table table) {
        String step = STEP + ".inverseTransform";
        Checks.notNull(table, "table");
        Double unknown = estimator.unknownValue().isPresent() ? estimator.unknownValue().getAsDouble() : null;
        double missing = estimator.encodedMissingValue().orElse(Double.NaN);
        Map<String, List<Column<?>>> categories = new HashMap<>();
        encodings.forEach((name, encoding) -> {
            NumericColumn<?> codes = Columns.numeric(table, name);
            categories.put(name, List.of(encoding.decode(codes, missing, unknown, step)));
        });
        return Tables.replaceColumns(table, categories);
    }

    private OrdinalCategories encoding(String column) {
        OrdinalCategories encoding = encodings.get(column);
        if (encoding == null) {
            throw new IllegalArgumentException(STEP + ": column '" + column + "' was not encoded; "
                    + "the encoded columns are " + columns());
        }
        return encoding;
    }

    /** {@code OrdinalEncoderModel on [columns]: categories [column=[...], ...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns()) + ": categories " + Summary.names(encodings.values().stream()
                .map(e -> e.column() + "=" + Summary.names(e.names())).toList());
    }
}
