package io.github.prepkit.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns a model saw at fit, by name and type, so that {@link #check} can tell a user exactly which
 * column of a later table is missing, extra or of another type. Numeric types are interchangeable (a
 * column read as integers from one CSV file and as doubles from another is the same feature); column
 * order may differ.
 */
public final class Schema {

    private final Map<String, ColumnType> types;

    private Schema(Map<String, ColumnType> types) {
        this.types = types;
    }

    /** The schema of {@code table}: its column names, in order, with their types. */
    public static Schema of(Table table) {
        Checks.notNull(table, "table");
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column<?> column : table.columns()) {
            types.put(column.name(), column.type());
        }
        return new Schema(types);
    }

    /** The column names, in the order seen at fit. */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /**
     * Fails unless {@code table} has exactly the fitted columns with compatible types.
     *
     * @param step names the model in the message, e.g. {@code "StandardScalerModel"}
     * @throws IllegalArgumentException naming the first missing, extra or differently typed column
     */
    public void check(Table table, String step) {
        Checks.notNull(table, "table");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ColumnType> fitted : types.entrySet()) {
            String name = fitted.getKey();
            if (!table.containsColumn(name)) {
                problems.add("column '" + name + "' is missing");
            } else if (!compatible(fitted.getValue(), table.column(name))) {
                problems.add("column '" + name + "' was " + fitted.getValue().name() + " at fit, found "
                        + table.column(name).type().name());
            }
        }
        for (String name : table.columnNames()) {
            if (!types.containsKey(name)) {
                problems.add("column '" + name + "' was not seen at fit");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(step + ": the table does not match the one seen at fit: "
                    + String.join("; ", problems) + " (fitted on " + names() + ")");
        }
    }

    /**
     * Types compare with {@code equals}, never {@code ==}: Tablesaw can hold two DOUBLE type objects when a
     * DoubleColumn is created before {@link ColumnType} is first loaded.
     */
    private static boolean compatible(ColumnType fitted, Column<?> column) {
        return fitted.equals(column.type()) || (isNumeric(fitted) && column instanceof NumericColumn<?>);
    }

    private static boolean isNumeric(ColumnType type) {
        return List.of(ColumnType.DOUBLE, ColumnType.FLOAT, ColumnType.INTEGER, ColumnType.LONG, ColumnType.SHORT)
                .contains(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schema schema && types.equals(schema.types) && names().equals(schema.names());
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    @Override
    public String toString() {
        return types.toString();
    }
}
