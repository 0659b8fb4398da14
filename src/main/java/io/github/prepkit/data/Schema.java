package io.github.prepkit.data;

import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns a model saw at fit, by name and type, so that {@link #check} can tell a user exactly which
 * column of a later table is missing, extra or of another type. Numeric types are interchangeable (a
 * column read as integers from one CSV file and as doubles from another is the same feature); column
 * order may differ. Immutable; built from a table at fit, or from names and types when a model is rebuilt from its
 * state.
 */
public final class Schema {

    private final Map<String, ColumnType> types;

    private Schema(Map<String, ColumnType> types) {
        this.types = types;
    }

    /**
     * The schema of {@code table}: its column names, in order, with their types.
     *
     * @param table the table, not kept
     */
    public static Schema of(Table table) {
        Checks.notNull(table, "table");
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column<?> column : table.columns()) {
            types.put(column.name(), column.type());
        }
        return new Schema(types);
    }

    /**
     * The schema of columns {@code names} with types {@code types}, in that order, as a model file stores it.
     *
     * @param names the column names, in order
     * @param types their Tablesaw column types
     * @throws IllegalArgumentException if the lists differ in length, hold a null, or two names are equal or differ
     *                                  only in case (Tablesaw looks names up ignoring case, so no table holds both)
     */
    public static Schema of(List<String> names, List<ColumnType> types) {
        Checks.notNull(names, "schema names");
        Checks.notNull(types, "schema types");
        if (names.size() != types.size()) {
            throw new IllegalArgumentException("Schema: " + names.size() + " names but " + types.size() + " types");
        }
        Map<String, ColumnType> schema = new LinkedHashMap<>();
        Map<String, String> byLowerCase = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            String name = Checks.notNull(names.get(j), "schema name " + j);
            String earlier = byLowerCase.putIfAbsent(Columns.nameKey(name), name);
            if (earlier != null) {
                throw new IllegalArgumentException("Schema: column names '" + earlier + "' and '" + name
                        + "' are the same to Tablesaw, which ignores case and surrounding spaces");
            }
            schema.put(name, Checks.notNull(types.get(j), "schema type of column '" + name + "'"));
        }
        return new Schema(schema);
    }

    /** The column names, in the order seen at fit. */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /** The column types, in the order of {@link #names()}. */
    public List<ColumnType> types() {
        return List.copyOf(types.values());
    }

    /** The number of columns. */
    public int size() {
        return types.size();
    }

    /**
     * The type of column {@code name}.
     *
     * @throws IllegalArgumentException if there is no such column
     */
    public ColumnType type(String name) {
        ColumnType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("Schema: no column '" + name + "' among " + names());
        }
        return type;
    }

    /**
     * The columns a step works on: the {@code requested} ones if any, each checked to be a column of this schema of
     * {@code kind}; otherwise every column of {@code kind}, in schema order. Names match exactly: a name that differs
     * from a column's only in case is reported as such (Tablesaw itself would match it).
     *
     * @param step names the step in error messages, e.g. {@code "StandardScaler"}
     * @throws IllegalArgumentException naming a requested column that is missing or of another kind
     */
    public List<String> select(List<String> requested, ColumnKind kind, String step) {
        Checks.notNull(requested, step + " columns");
        if (requested.isEmpty()) {
            return types.entrySet().stream().filter(e -> kind.accepts(e.getValue())).map(Map.Entry::getKey).toList();
        }
        for (String name : requested) {
            if (!types.containsKey(name)) {
                throw new IllegalArgumentException(step + ": column '" + name + "' not found; the table" + nearMiss(
                        names(), name).map(other -> " has '" + other + "', whose name differs only in case or spaces"
                        + " (names match exactly)").orElse(" has columns " + names()));
            }
            if (!kind.accepts(types.get(name))) {
                throw new IllegalArgumentException(step + ": column '" + name + "' must be " + kind.description()
                        + ", found " + types.get(name).name());
            }
        }
        return List.copyOf(requested);
    }

    /**
     * Checks a fitted step's {@code columns} against this schema, as its validating factory must: they are what the
     * step's {@code columns} parameter {@code requested} selects (itself if not empty, else every column of
     * {@code kind} in schema order), and each is a column of the schema of that kind.
     *
     * @param step names the model in messages
     * @return {@code columns}, unmodifiable
     * @throws IllegalArgumentException naming a column that is not in the schema or of another kind, or the two lists
     */
    public List<String> requireSelected(List<String> requested, List<String> columns, ColumnKind kind, String step) {
        Checks.columnNames(columns, step);
        for (String name : columns) {
            if (!types.containsKey(name)) {
                throw new IllegalArgumentException(step + ": column '" + name + "' is not among the fitted columns " + this);
            }
            if (!kind.accepts(types.get(name))) {
                throw new IllegalArgumentException(step + ": column '" + name + "' must be " + kind.description()
                        + ", found " + types.get(name).name());
            }
        }
        List<String> expected = select(requested, kind, step);
        if (!expected.equals(columns)) {
            throw new IllegalArgumentException(step + ": the columns parameter " + requested + " selects " + expected
                    + " on the fitted columns, but the state is for " + columns);
        }
        return List.copyOf(columns);
    }

    /**
     * The one of {@code names} that Tablesaw would take for {@code name} but prepkit does not: equal to it once case
     * and surrounding spaces are ignored.
     */
    static Optional<String> nearMiss(List<String> names, String name) {
        String wanted = Columns.nameKey(name);
        return names.stream().filter(other -> Columns.nameKey(other).equals(wanted)).findFirst();
    }

    /** Whether the schema has a column named exactly {@code name}. */
    public boolean contains(String name) {
        return types.containsKey(name);
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
        List<String> present = table.columnNames();
        for (Map.Entry<String, ColumnType> fitted : types.entrySet()) {
            String name = fitted.getKey();
            if (!present.contains(name)) {
                problems.add("column '" + name + "' is missing" + nearMiss(present, name)
                        .map(other -> " (the table has '" + other + "', whose name differs only in case or spaces)")
                        .orElse(""));
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
        return fitted.equals(column.type()) || (ColumnKind.NUMERIC.accepts(fitted) && column instanceof NumericColumn<?>);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schema schema && types.equals(schema.types) && names().equals(schema.names());
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    /** The columns as {@code [name: TYPE, ...]}. */
    @Override
    public String toString() {
        return types.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().name())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
