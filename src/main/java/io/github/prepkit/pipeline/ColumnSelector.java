package io.github.prepkit.pipeline;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Picks columns of a table by type and by name, as scikit-learn's {@code make_column_selector}: a column is selected
 * when its type is among {@code include} (or {@code include} is empty), not among {@code exclude}, and its name
 * contains a match of {@code pattern} ({@link java.util.regex.Matcher#find}, Python's {@code re.search}). Give it to
 * {@link ColumnTransformer#add(String, ColumnSelector, io.github.prepkit.base.Transformer[])}: the columns are chosen
 * at fit, on the table seen, and the fitted model remembers them. Java's regular expressions differ from Python's in
 * a few constructs (possessive quantifiers, named groups {@code (?<name>)} instead of {@code (?P<name>)}).
 *
 * @param pattern the regular expression a name must contain a match of; empty (the default) matches every name
 * @param include the types to select; empty (the default) selects every type
 * @param exclude the types to leave out (default none)
 */
public record ColumnSelector(String pattern, List<DataType> include, List<DataType> exclude) {

    private static final String STEP = "ColumnSelector";

    /** The types a selector tells apart, as scikit-learn's {@code dtype_include} and {@code dtype_exclude}. */
    public enum DataType {
        /** Integer, long, short, float or double columns ({@code np.number}). */
        NUMERIC,
        /** String columns: text and categories ({@code object}, {@code "category"}). */
        STRING,
        /** Boolean columns ({@code bool}). */
        BOOLEAN,
        /** Date, time, date-time and instant columns ({@code "datetime"}). */
        TEMPORAL;

        /** Whether a column of type {@code type} is of this type. */
        public boolean accepts(ColumnType type) {
            return switch (this) {
                case NUMERIC -> ColumnKind.NUMERIC.accepts(type);
                case STRING -> ColumnKind.STRING.accepts(type);
                case BOOLEAN -> type.equals(ColumnType.BOOLEAN);
                case TEMPORAL -> List.of(ColumnType.LOCAL_DATE, ColumnType.LOCAL_TIME, ColumnType.LOCAL_DATE_TIME,
                        ColumnType.INSTANT).contains(type);
            };
        }
    }

    /**
     * Validates the pattern and freezes the lists.
     *
     * @throws IllegalArgumentException naming the parameter: a null, or a pattern that is no regular expression
     */
    public ColumnSelector {
        Checks.notNull(pattern, "pattern");
        include = List.copyOf(Checks.noNulls(include, "include"));
        exclude = List.copyOf(Checks.noNulls(exclude, "exclude"));
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(STEP + ": pattern '" + pattern + "' is no regular expression: "
                    + e.getDescription(), e);
        }
    }

    /** Every column: no pattern, no type included or excluded. */
    public ColumnSelector() {
        this("", List.of(), List.of());
    }

    /**
     * scikit-learn's {@code make_column_selector(pattern, dtype_include=include, dtype_exclude=exclude)}.
     *
     * @param pattern a regular expression a selected name contains a match of; empty for any name
     * @param include the types to select; empty for every type
     * @param exclude the types to leave out
     * @return the selector
     */
    public static ColumnSelector makeColumnSelector(String pattern, List<DataType> include, List<DataType> exclude) {
        return new ColumnSelector(pattern, include, exclude);
    }

    /** A copy that selects only names containing a match of {@code pattern}. */
    public ColumnSelector pattern(String pattern) {
        return new ColumnSelector(pattern, include, exclude);
    }

    /** A copy that selects only columns of these types (none: every type). */
    public ColumnSelector include(DataType... include) {
        return new ColumnSelector(pattern, Checks.asList("include", include), exclude);
    }

    /** A copy that leaves out the columns of these types. */
    public ColumnSelector exclude(DataType... exclude) {
        return new ColumnSelector(pattern, include, Checks.asList("exclude", exclude));
    }

    /**
     * The names of the columns of {@code table} this selector picks, in table order.
     *
     * @return the names, unmodifiable; empty when none matches
     */
    public List<String> select(Table table) {
        Checks.notNull(table, "table");
        return select(Schema.of(table));
    }

    /**
     * The names of the columns of {@code schema} this selector picks, in schema order, as {@link #select(Table)}.
     *
     * @return the names, unmodifiable; empty when none matches
     */
    public List<String> select(Schema schema) {
        Checks.notNull(schema, "schema");
        Pattern compiled = Pattern.compile(pattern);
        return schema.names().stream().filter(name -> selects(name, schema.type(name), compiled)).toList();
    }

    private boolean selects(String name, ColumnType type, Pattern compiled) {
        return (include.isEmpty() || include.stream().anyMatch(kind -> kind.accepts(type)))
                && exclude.stream().noneMatch(kind -> kind.accepts(type)) && compiled.matcher(name).find();
    }
}
