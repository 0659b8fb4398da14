package io.github.prepkit.encode;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.NumpySum;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * A target as a {@link TargetEncoder} encodes against it: its resolved {@link TargetType}, its classes (sorted as
 * scikit-learn sorts {@code classes_}; none for a continuous target) and the values each output column averages, one
 * array per output: the target itself (continuous), 1 for the second class and 0 for the first (binary, as
 * scikit-learn's {@code LabelEncoder}), or one 0/1 indicator per class (multiclass, as its {@code LabelBinarizer}).
 *
 * @param type    the resolved type, never {@link TargetType#AUTO}
 * @param classes the classes, in order; empty for a continuous target
 * @param outputs per output column, the value of each row
 */
record TargetValues(TargetType type, List<String> classes, double[][] outputs) {

    /**
     * Reads {@code target} as {@code requested} says, inferring the type for {@link TargetType#AUTO}.
     *
     * @throws IllegalArgumentException naming the step and the target: a missing value; a continuous target that is not
     *                                  numeric, has an infinite value or one whose square overflows; classes asked of a
     *                                  target with values that are not whole numbers; more than two classes for
     *                                  {@link TargetType#BINARY}
     */
    static TargetValues of(Column<?> target, TargetType requested, String step) {
        Checks.notNull(target, "target");
        int missing = Columns.countMissing(target);
        if (missing > 0) {
            throw ClassLabels.missingTargets(step, target.name(), missing);
        }
        TargetType type = requested == TargetType.AUTO ? inferred(target) : requested;
        if (type == TargetType.CONTINUOUS) {
            return continuous(target, step);
        }
        ClassLabels labels = ClassLabels.of(target, step);
        List<String> classes = labels.classes().names();
        if (type == TargetType.BINARY && classes.size() > 2) {
            throw new IllegalArgumentException(step + ": targetType BINARY needs at most two classes, found "
                    + classes.size() + " in target '" + target.name() + "' " + classes + "; use MULTICLASS or AUTO");
        }
        int[] codes = labels.codes();
        double[][] outputs = new double[type == TargetType.BINARY ? 1 : classes.size()][codes.length];
        for (int row = 0; row < codes.length; row++) {
            if (type == TargetType.MULTICLASS) {
                outputs[codes[row]][row] = 1;
            } else {
                outputs[0][row] = codes[row];
            }
        }
        return new TargetValues(type, classes, outputs);
    }

    /** scikit-learn's {@code type_of_target}: continuous for a number that is not whole, else by the class count. */
    private static TargetType inferred(Column<?> target) {
        if (target instanceof NumericColumn<?> numbers && ClassLabels.FLOATING.contains(target.type())) {
            for (int row = 0; row < numbers.size(); row++) {
                if (!ClassLabels.isWhole(numbers.getDouble(row))) {
                    return TargetType.CONTINUOUS;
                }
            }
        }
        return target.countUnique() <= 2 ? TargetType.BINARY : TargetType.MULTICLASS;
    }

    private static TargetValues continuous(Column<?> target, String step) {
        if (!(target instanceof NumericColumn<?> numbers)) {
            throw new IllegalArgumentException(step + ": targetType CONTINUOUS needs a numeric target, found '"
                    + target.name() + "' of type " + target.type() + "; use BINARY, MULTICLASS or AUTO for classes");
        }
        double[] values = numbers.asDoubleArray();
        Checks.noInfinity(values, List.of(target.name()), step, "target column");
        Checks.finiteSquares(values, List.of(target.name()), step, "target column");
        return new TargetValues(TargetType.CONTINUOUS, List.of(), new double[][] {values});
    }

    /** The number of rows. */
    int rows() {
        return outputs[0].length;
    }

    /**
     * The mean of output {@code output} over {@code rows}, as numpy's {@code np.mean} (its pairwise sum).
     */
    double mean(int output, int[] rows) {
        return NumpySum.of(gathered(output, rows)) / rows.length;
    }

    /**
     * The population variance (ddof 0) of output {@code output} over {@code rows} about {@code mean}, as numpy's
     * {@code np.var}: the pairwise sum of the squared deviations over the count.
     */
    double variance(int output, int[] rows, double mean) {
        double[] squares = gathered(output, rows);
        for (int i = 0; i < squares.length; i++) {
            double deviation = squares[i] - mean;
            squares[i] = deviation * deviation;
        }
        return NumpySum.of(squares) / rows.length;
    }

    private double[] gathered(int output, int[] rows) {
        double[] values = outputs[output];
        double[] gathered = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            gathered[i] = values[rows[i]];
        }
        return gathered;
    }
}
