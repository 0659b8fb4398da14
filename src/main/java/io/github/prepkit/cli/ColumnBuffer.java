package io.github.prepkit.cli;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.internal.csv.CsvRecordReader;
import java.util.Arrays;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The values of one model column for the chunk being read, parsed from the input's fields as the column's fitted type
 * says: a number column as doubles, a string column as strings, a boolean column as booleans. The buffer is reused
 * from chunk to chunk; {@link #column} copies the values out.
 */
abstract sealed class ColumnBuffer permits ColumnBuffer.Numbers, ColumnBuffer.Strings, ColumnBuffer.Booleans {

    private static final int FIRST_CAPACITY = 1024;
    /** The longest field text a message quotes in full. */
    private static final int SHOWN_CHARS = 40;

    final String name;
    private final int maxRows;

    private ColumnBuffer(String name, int maxRows) {
        this.name = name;
        this.maxRows = maxRows;
    }

    /**
     * A buffer for column {@code name} of fitted type {@code type}, holding up to {@code maxRows} rows.
     *
     * @param modelFile names the model file in the message
     * @throws IllegalArgumentException if the type is not numeric, STRING or BOOLEAN
     */
    static ColumnBuffer of(String name, ColumnType type, int maxRows, String modelFile) {
        if (ColumnKind.NUMERIC.accepts(type)) {
            return new Numbers(name, maxRows);
        }
        if (type.equals(ColumnType.STRING)) {
            return new Strings(name, maxRows);
        }
        if (type.equals(ColumnType.BOOLEAN)) {
            return new Booleans(name, maxRows);
        }
        throw new IllegalArgumentException(modelFile + ": the model was fitted on column '" + name + "' of type "
                + type.name() + "; predict reads numeric, STRING and BOOLEAN columns only");
    }

    /**
     * Parses field {@code field} of the reader's current record into row {@code row}.
     *
     * @throws IllegalArgumentException if the text is not a value of the column's type, naming the line and column
     */
    abstract void read(CsvRecordReader records, int field, int row);

    /** The first {@code rows} values, as a new Tablesaw column named like the model's column. */
    abstract Column<?> column(int rows);

    /** The capacity after a full one of {@code capacity} rows: doubled, up to the chunk size. */
    final int grown(int capacity) {
        return (int) Math.min(maxRows, Math.max(FIRST_CAPACITY, 2L * capacity));
    }

    /** The error for field {@code field} of the current record, holding {@code text}, which is not {@code what}. */
    final IllegalArgumentException notA(String what, CsvRecordReader records, int field, String text) {
        String shown = text.length() <= SHOWN_CHARS ? "'" + text + "'"
                : "'" + text.substring(0, SHOWN_CHARS) + "...' (" + text.length() + " chars)";
        return new IllegalArgumentException(records.source() + " line " + records.line() + ", column '" + name
                + "' (field " + (field + 1) + "): " + shown + " is not " + what);
    }

    /**
     * A numeric column, read as {@link Double#parseDouble} reads it (which also takes {@code Infinity} and hexadecimal
     * numbers), by the faster {@link io.github.prepkit.internal.csv.NumberParser}.
     */
    static final class Numbers extends ColumnBuffer {

        private double[] values = new double[0];

        Numbers(String name, int maxRows) {
            super(name, maxRows);
        }

        @Override
        void read(CsvRecordReader records, int field, int row) {
            if (row == values.length) {
                values = Arrays.copyOf(values, grown(values.length));
            }
            if (records.isMissing(field)) {
                values[row] = Double.NaN;
                return;
            }
            try {
                values[row] = records.number(field);
            } catch (NumberFormatException e) {
                throw notA("a number", records, field, records.field(field));
            }
        }

        @Override
        Column<?> column(int rows) {
            return DoubleColumn.create(name, rows == values.length ? values : Arrays.copyOf(values, rows));
        }
    }

    /** A string column; a missing value becomes Tablesaw's missing string, the empty one. */
    static final class Strings extends ColumnBuffer {

        private String[] values = new String[0];

        Strings(String name, int maxRows) {
            super(name, maxRows);
        }

        @Override
        void read(CsvRecordReader records, int field, int row) {
            if (row == values.length) {
                values = Arrays.copyOf(values, grown(values.length));
            }
            values[row] = records.isMissing(field) ? "" : records.field(field);
        }

        @Override
        Column<?> column(int rows) {
            return StringColumn.create(name, Arrays.copyOf(values, rows));
        }
    }

    /** A boolean column: {@code true} or {@code false} in any case, or {@code 1} or {@code 0}. */
    static final class Booleans extends ColumnBuffer {

        private Boolean[] values = new Boolean[0];

        Booleans(String name, int maxRows) {
            super(name, maxRows);
        }

        @Override
        void read(CsvRecordReader records, int field, int row) {
            if (row == values.length) {
                values = Arrays.copyOf(values, grown(values.length));
            }
            values[row] = records.isMissing(field) ? null : parse(records, field);
        }

        private Boolean parse(CsvRecordReader records, int field) {
            String text = records.field(field);
            if (text.equalsIgnoreCase("true") || text.equals("1")) {
                return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false") || text.equals("0")) {
                return Boolean.FALSE;
            }
            throw notA("a boolean (true, false, 1 or 0)", records, field, text);
        }

        @Override
        Column<?> column(int rows) {
            return BooleanColumn.create(name, Arrays.copyOf(values, rows));
        }
    }
}
