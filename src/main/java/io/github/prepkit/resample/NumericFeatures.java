package io.github.prepkit.resample;

import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The numeric feature columns of a sampler's table, read once as a row-major matrix, with the samplers' messages. */
final class NumericFeatures {

    private NumericFeatures() {
    }

    /**
     * Every column of {@code data} but the target and those in {@code categorical}, each numeric, present and finite.
     *
     * @param step names the sampler in messages
     * @param hint ends the message when a column is not numeric, saying what to do instead
     * @throws IllegalArgumentException if there is no such column, or one is not numeric, has a missing value or an
     *                                  infinite one
     */
    static FeatureMatrix of(Table data, String target, List<String> categorical, String step, String hint) {
        List<String> names = data.columnNames().stream()
                .filter(name -> !name.equals(target) && !categorical.contains(name)).toList();
        for (String name : names) {
            Column<?> column = data.column(name);
            if (!(column instanceof NumericColumn<?>)) {
                throw new IllegalArgumentException(step + ": column '" + name + "' is " + column.type().name()
                        + ", not numeric; " + hint);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(step + ": needs at least one numeric column besides the target '"
                    + target + "'" + (categorical.isEmpty() ? "" : " and the categorical columns " + categorical));
        }
        return FeatureMatrix.of(data, names, step);
    }
}
