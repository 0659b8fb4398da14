package io.github.prepkit.encode;

import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;

/**
 * pandas' {@code get_dummies} in one call, on top of {@link OneHotEncoder}: the levels are learned from the
 * table itself and forgotten afterwards. To give a test table the training table's columns, fit a
 * {@link OneHotEncoder} instead and keep its model.
 */
public final class Dummies {

    private Dummies() {
    }

    /**
     * pandas' {@code get_dummies}' keyword options.
     *
     * @param dropFirst pandas' {@code drop_first}: drop each column's first dummy column (default false)
     * @param dummyNa   pandas' {@code dummy_na}: give missing values a {@code <column>_nan} column (default false)
     */
    public record Options(boolean dropFirst, boolean dummyNa) {

        /** A copy that does ({@code true}) or does not drop each column's first dummy column. */
        public Options dropFirst(boolean dropFirst) {
            return new Options(dropFirst, dummyNa);
        }

        /** A copy that does ({@code true}) or does not give missing values a {@code <column>_nan} column. */
        public Options dummyNa(boolean dummyNa) {
            return new Options(dropFirst, dummyNa);
        }
    }

    /** pandas' defaults, to change fluently: {@code Dummies.options().dropFirst(true)}. */
    public static Options options() {
        return new Options(false, false);
    }

    /**
     * A new table with the named columns (string or numeric), or every string column when none is named,
     * replaced in place by 0/1 integer columns {@code <column>_<level>}, levels sorted; missing values get all
     * zeros. pandas appends the dummy columns after the other columns instead; the columns are the same.
     *
     * @param table   the table to encode, not modified
     * @param columns the exact names of the columns to encode; none for every string column
     * @return the encoded table, a new one
     * @throws IllegalArgumentException as {@link OneHotEncoder#fit}: an empty table, a named column that is missing
     *                                  or neither string nor numeric, a dummy column name that is taken
     */
    public static Table getDummies(Table table, String... columns) {
        return getDummies(table, options(), columns);
    }

    /**
     * {@link #getDummies(Table, String...)} with pandas' {@code drop_first} and {@code dummy_na}:
     * {@code Dummies.getDummies(raw, Dummies.options().dropFirst(true), "color", "size")}.
     *
     * @param table   the table to encode, not modified
     * @param options {@code dropFirst} and {@code dummyNa}, from {@link #options()}
     * @param columns the exact names of the columns to encode; none for every string column
     * @return the encoded table, a new one
     * @throws IllegalArgumentException as {@link #getDummies(Table, String...)}, or if {@code options} is null
     */
    public static Table getDummies(Table table, Options options, String... columns) {
        Checks.notNull(options, "options");
        return new OneHotEncoder().columns(columns).dropFirst(options.dropFirst()).dummyNa(options.dummyNa())
                .fitTransform(table);
    }
}
