package io.github.prepkit.data;

import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.Column;

/** The kinds of column a step can work on, used to pick its default columns and to check the ones named. */
public enum ColumnKind {
    /** Integer, long, short, float or double columns. */
    NUMERIC("numeric"),
    /** String columns. */
    STRING("a string column"),
    /** Numeric or string columns. */
    NUMERIC_OR_STRING("numeric or a string column");

    /** The types of Tablesaw's {@code NumericColumn}s, compared with {@code equals} (see {@link Schema}). */
    private static final List<ColumnType> NUMERIC_TYPES =
            List.of(ColumnType.DOUBLE, ColumnType.FLOAT, ColumnType.INTEGER, ColumnType.LONG, ColumnType.SHORT);

    private final String description;

    ColumnKind(String description) {
        this.description = description;
    }

    /** Whether a column of this kind can be handled. */
    public boolean accepts(Column<?> column) {
        return accepts(column.type());
    }

    /** Whether a column of type {@code type} is of this kind. */
    public boolean accepts(ColumnType type) {
        boolean numeric = NUMERIC_TYPES.contains(type);
        boolean string = type.equals(ColumnType.STRING);
        return switch (this) {
            case NUMERIC -> numeric;
            case STRING -> string;
            case NUMERIC_OR_STRING -> numeric || string;
        };
    }

    /** Completes "column 'x' must be ...". */
    public String description() {
        return description;
    }
}
