package io.github.prepkit.data;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** The kinds of column a step can work on, used to pick its default columns and to check the ones named. */
public enum ColumnKind {
    /** Integer, long, short, float or double columns. */
    NUMERIC("numeric"),
    /** String columns. */
    STRING("a string column"),
    /** Numeric or string columns. */
    NUMERIC_OR_STRING("numeric or a string column");

    private final String description;

    ColumnKind(String description) {
        this.description = description;
    }

    /** Whether a column of this kind can be handled. */
    public boolean accepts(Column<?> column) {
        boolean numeric = column instanceof NumericColumn<?>;
        boolean string = column.type().equals(ColumnType.STRING);
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
