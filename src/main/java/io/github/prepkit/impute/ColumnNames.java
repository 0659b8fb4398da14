package io.github.prepkit.impute;

import io.github.prepkit.data.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation of the column lists the imputers are given, so that a bad list fails at construction. */
final class ColumnNames {

    private ColumnNames() {
    }

    /**
     * An unmodifiable copy of {@code columns}.
     *
     * @throws IllegalArgumentException if the list is null, holds a null name or names a column twice
     */
    static List<String> copyOf(List<String> columns, String step) {
        Checks.notNull(columns, step + " columns");
        Set<String> seen = new HashSet<>();
        for (String name : columns) {
            if (name == null) {
                throw new IllegalArgumentException(step + ": columns must not contain null, found " + columns);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(
                        step + ": column '" + name + "' is listed twice in columns " + columns);
            }
        }
        return List.copyOf(columns);
    }
}
