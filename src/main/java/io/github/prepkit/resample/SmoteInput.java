package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What every SMOTE variant starts from: the table's classes, the size the sampling strategy wants for each, and the
 * numeric columns new rows are interpolated on, as one row-major matrix.
 */
final class SmoteInput {

    private final ClassRows classes;
    private final int[] sizes;
    private final int[] targets;
    private final FeatureMatrix features;

    private SmoteInput(ClassRows classes, int[] sizes, int[] targets, FeatureMatrix features) {
        this.classes = classes;
        this.sizes = sizes;
        this.targets = targets;
        this.features = features;
    }

    /**
     * Reads {@code data}: its classes by column {@code target}, and every other column not in {@code categorical} as
     * a numeric feature.
     *
     * @param step names the sampler in messages
     * @param hint ends the message when a column is not numeric, saying what to do instead
     * @throws IllegalArgumentException if the target is missing, has a missing value or a single class, the strategy
     *                                  does not fit the classes, there is no numeric feature, or a feature is not
     *                                  numeric, has a missing value or an infinite one
     */
    static SmoteInput of(Table data, String target, SamplingStrategy strategy, List<String> categorical, String step,
                         String hint) {
        SmoteInput input = categorical(data, target, strategy, step);
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
        return new SmoteInput(input.classes, input.sizes, input.targets, FeatureMatrix.of(data, names, step));
    }

    /**
     * Reads the classes of {@code data} by column {@code target}, with no numeric feature: for SMOTEN, whose columns
     * are all categorical.
     *
     * @throws IllegalArgumentException if the target is missing, has a missing value or a single class, or the
     *                                  strategy does not fit the classes
     */
    static SmoteInput categorical(Table data, String target, SamplingStrategy strategy, String step) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, step);
        int[] sizes = classes.sizes();
        int[] targets = strategy.targets(sizes, classes.names(), true, step);
        return new SmoteInput(classes, sizes, targets, FeatureMatrix.of(data, List.of(), step));
    }

    /**
     * Fails unless every class that grows has more than {@code k} rows, the least with which each of its rows has
     * {@code k} neighbours of its own class besides itself; {@code name} is the parameter that asked for k.
     */
    void requireNeighbours(String name, int k, String step) {
        for (int c : growing()) {
            if (sizes[c] <= k) {
                throw new IllegalArgumentException(step + ": class '" + classes.names().get(c) + "' has " + sizes[c]
                        + " row(s), too few for " + name + " = " + k + " (each row needs " + k
                        + " neighbours of its own class besides itself): "
                        + (sizes[c] > 1 ? "lower " + name + " to at most " + (sizes[c] - 1) + ", or " : "")
                        + "use RandomOverSampler, which copies rows instead");
            }
        }
    }

    /** The classes that grow, in class order. */
    int[] growing() {
        return IntStream.range(0, sizes.length).filter(c -> targets[c] > sizes[c]).toArray();
    }

    /** The number of rows class {@code c} gains. */
    int shortfall(int c) {
        return targets[c] - sizes[c];
    }

    /** The classes and their rows. */
    ClassRows classes() {
        return classes;
    }

    /** Each class's size, in class order; the array is this object's own. */
    int[] sizes() {
        return sizes;
    }

    /** The numeric features, row-major, every row of the table. */
    FeatureMatrix features() {
        return features;
    }
}
