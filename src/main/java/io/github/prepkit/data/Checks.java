package io.github.prepkit.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Argument checks shared by the whole toolkit, so that bad input fails early with a message naming it. */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns {@code value}, or fails if it is null.
     *
     * @throws IllegalArgumentException naming the parameter when {@code value} is null
     */
    public static <T> T notNull(T value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
        return value;
    }

    /**
     * An unmodifiable copy of a step's {@code columns} parameter.
     *
     * @throws IllegalArgumentException naming the step if the list is null, holds a null name or names a column twice
     */
    public static List<String> columnNames(List<String> columns, String step) {
        notNull(columns, step + " columns");
        Set<String> seen = new HashSet<>();
        for (String name : columns) {
            if (name == null) {
                throw new IllegalArgumentException(step + ": columns must not contain null, found " + columns);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(step + ": column '" + name + "' is listed twice in columns " + columns);
            }
        }
        return List.copyOf(columns);
    }
}
