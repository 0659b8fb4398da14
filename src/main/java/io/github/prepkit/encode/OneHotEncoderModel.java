package io.github.prepkit.encode;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.Tables;
import io.github.prepkit.encode.OneHotEncoder.HandleUnknown;
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

    private static final String STEP = "OneHotEncoderModel.transform";

    private final Schema schema;
    private final Map<String, ColumnEncoding> encodings = new LinkedHashMap<>();
    private final HandleUnknown handleUnknown;

    OneHotEncoderModel(Schema schema, List<ColumnEncoding> encodings, HandleUnknown handleUnknown) {
        this.schema = schema;
        encodings.forEach(encoding -> this.encodings.put(encoding.column(), encoding));
        this.handleUnknown = handleUnknown;
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
        schema.check(table, STEP);
        Map<String, List<IntColumn>> dummies = new HashMap<>();
        encodings.forEach((name, encoding) ->
                dummies.put(name, encoding.encode(table.column(name), handleUnknown, STEP)));
        return Tables.replaceColumns(table, dummies);
    }

    private ColumnEncoding encoding(String column) {
        ColumnEncoding encoding = encodings.get(column);
        if (encoding == null) {
            throw new IllegalArgumentException("OneHotEncoderModel: column '" + column + "' was not encoded; "
                    + "the encoded columns are " + columns());
        }
        return encoding;
    }
}
