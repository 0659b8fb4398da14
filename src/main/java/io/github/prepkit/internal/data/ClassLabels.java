package io.github.prepkit.internal.data;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.TargetClasses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * A classification target encoded as class indexes: its {@link TargetClasses} (the distinct values, sorted as
 * scikit-learn sorts its {@code classes_}) and each row's index into them. A fitted classifier keeps the classes;
 * the codes are for training.
 */
public final class ClassLabels {

    /** The column types of floating-point targets, whose classes must be whole numbers. */
    public static final List<ColumnType> FLOATING = List.of(ColumnType.DOUBLE, ColumnType.FLOAT);

    private final TargetClasses classes;
    private final int[] codes;

    private ClassLabels(TargetClasses classes, int[] codes) {
        this.classes = classes;
        this.codes = codes;
    }

    /**
     * Encodes {@code target}.
     *
     * @param step names the model in error messages
     * @throws IllegalArgumentException if the target has a missing value or fewer than one row
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ClassLabels of(Column<?> target, String step) {
        Checks.notNull(target, "target");
        int missing = Columns.countMissing(target);
        if (missing > 0) {
            throw missingTargets(step, target.name(), missing);
        }
        if (target.isEmpty()) {
            throw new IllegalArgumentException(step + ": cannot fit on an empty target column '" + target.name() + "'");
        }
        requireDiscrete(target, step);
        List<Object> values = new ArrayList<>(target.unique().asList());
        Collections.sort((List) values);
        Map<Object, Integer> index = new HashMap<>();
        for (int k = 0; k < values.size(); k++) {
            index.put(values.get(k), k);
        }
        int[] codes = new int[target.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.get(target.get(i));
        }
        return new ClassLabels(TargetClasses.of(target.name(), target.type(), values), codes);
    }

    /** Whether {@code value} is finite and a whole number, as a float target's classes are. */
    public static boolean isWhole(double value) {
        return Double.isFinite(value) && value == Math.rint(value);
    }

    /**
     * Fails on a target scikit-learn's {@code type_of_target} calls continuous: a float column holding a value that is
     * not a whole number (or is infinite). A float column of whole numbers (0.0, 1.0) holds classes.
     */
    private static void requireDiscrete(Column<?> target, String step) {
        if (!(target instanceof NumericColumn<?> numbers) || !FLOATING.contains(target.type())) {
            return;
        }
        for (int row = 0; row < numbers.size(); row++) {
            double value = numbers.getDouble(row);
            if (!isWhole(value)) {
                throw continuous(step, target.name(), value, row);
            }
        }
    }

    /**
     * The failure of {@link #of} for a target column {@code target} with {@code missing} missing values; it and the
     * failures below serve the same checks made elsewhere too, on a Spark cluster.
     */
    public static IllegalArgumentException missingTargets(String step, String target, long missing) {
        return new IllegalArgumentException(step + ": target column '" + target + "' has " + missing
                + " missing value(s); drop those rows or impute the target first");
    }

    /** The failure of {@link #of} for a float column {@code target} whose first value not whole is {@code value}. */
    public static IllegalArgumentException continuous(String step, String target, double value, long row) {
        return new IllegalArgumentException(step + ": target column '" + target + "' holds continuous values (" + value
                + " at row " + row + "), what scikit-learn calls an unknown label type 'continuous'; classes are text,"
                + " integers or whole numbers: bin or round the target, or use a regressor");
    }

    /** A sampler's failure for a target column {@code target} of one class, {@code name}. */
    public static IllegalArgumentException singleClass(String step, String target, String name) {
        return new IllegalArgumentException(step + ": the target '" + target + "' has a single class ('" + name
                + "'): there is nothing to balance (imbalanced-learn fails too)");
    }

    /** SMOTENC's failure for a categorical column {@code column} with {@code missing} missing values. */
    public static IllegalArgumentException missingCategories(String step, String column, long missing) {
        return new IllegalArgumentException(step + ": categorical column '" + column + "' has " + missing
                + " missing value(s); impute them first (io.github.prepkit.impute.SimpleImputer, strategy"
                + " MOST_FREQUENT or CONSTANT)");
    }

    /** The classes, which a fitted classifier keeps. */
    public TargetClasses classes() {
        return classes;
    }

    /** The number of classes. */
    public int count() {
        return classes.count();
    }

    /** The classes as text, in index order, formatted as the target column formats them. */
    public List<String> names() {
        return classes.names();
    }

    /** Each row's class index; a copy. */
    public int[] codes() {
        return codes.clone();
    }

    /** The rows of each class, in class order, each in row order. */
    public int[][] members() {
        int[] sizes = new int[count()];
        for (int code : codes) {
            sizes[code]++;
        }
        int[][] members = new int[sizes.length][];
        for (int k = 0; k < members.length; k++) {
            members[k] = new int[sizes[k]];
        }
        int[] filled = new int[sizes.length];
        for (int i = 0; i < codes.length; i++) {
            members[codes[i]][filled[codes[i]]++] = i;
        }
        return members;
    }
}
