package io.github.prepkit.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * True and predicted labels encoded over their classes: the distinct values of both columns together, sorted as
 * scikit-learn's {@code unique_labels} sorts them. Values are compared by value: numeric columns of any type as
 * doubles (an int 1 equals a double 1.0), other columns by their objects (strings, booleans, dates).
 */
final class PairedLabels {

    private final List<Object> classes;
    private final List<String> names;
    private final int[] trueCodes;
    private final int[] predictedCodes;
    private final boolean numeric;

    private PairedLabels(List<Object> classes, List<String> names, int[] trueCodes, int[] predictedCodes,
                         boolean numeric) {
        this.classes = classes;
        this.names = names;
        this.trueCodes = trueCodes;
        this.predictedCodes = predictedCodes;
        this.numeric = numeric;
    }

    /**
     * Encodes {@code yTrue} and {@code yPred}.
     *
     * @throws IllegalArgumentException if either is null or empty, their sizes differ, a value is missing, or one is
     *                                  numeric and the other not (or they are non-numeric of different types)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static PairedLabels of(Column<?> yTrue, Column<?> yPred) {
        Inputs.sameSize(yTrue, yPred);
        Inputs.noMissing(yTrue, "yTrue");
        Inputs.noMissing(yPred, "yPred");
        boolean numeric = yTrue instanceof NumericColumn<?>;
        if (numeric != yPred instanceof NumericColumn<?> || !numeric && yTrue.type() != yPred.type()) {
            throw new IllegalArgumentException("yTrue (" + yTrue.type().name() + ") and yPred (" + yPred.type().name()
                    + ") must be both numeric or of the same type, as scikit-learn refuses a mix of label types");
        }
        TreeMap<Object, String> sorted = new TreeMap<>();
        for (Column<?> column : List.of(yTrue, yPred)) {
            for (int i = 0; i < column.size(); i++) {
                Object key = key(column, i, numeric);
                if (!sorted.containsKey(key)) { // a label's text is formatted once, not once a row
                    sorted.put(key, column.getString(i));
                }
            }
        }
        Map<Object, Integer> index = new HashMap<>();
        for (Object key : sorted.keySet()) {
            index.put(key, index.size());
        }
        return new PairedLabels(List.copyOf(sorted.keySet()), List.copyOf(sorted.values()),
                codes(yTrue, index, numeric), codes(yPred, index, numeric), numeric);
    }

    private static Object key(Column<?> column, int i, boolean numeric) {
        return numeric ? (Object) number(((NumericColumn<?>) column).getDouble(i)) : column.get(i);
    }

    /** {@code value} as a map key: -0.0 is the same class as 0.0. */
    private static Double number(double value) {
        return value == 0 ? 0.0 : value;
    }

    private static int[] codes(Column<?> column, Map<Object, Integer> index, boolean numeric) {
        int[] codes = new int[column.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.get(key(column, i, numeric));
        }
        return codes;
    }

    /** The number of classes. */
    int count() {
        return classes.size();
    }

    /** The number of labelled values. */
    int size() {
        return trueCodes.length;
    }

    /** Each class as text, formatted as the column that holds it first formats it, in class order. */
    List<String> names() {
        return names;
    }

    /**
     * The index of class {@code label}, or -1 if neither column holds it.
     *
     * @throws IllegalArgumentException if {@code label} is not a number for numeric labels
     */
    int indexOf(Object label) {
        Object key = label;
        if (numeric) {
            if (!(label instanceof Number number)) {
                throw new IllegalArgumentException("the labels are numeric, so the positive label must be a number,"
                        + " found " + label + " (" + label.getClass().getSimpleName() + ")");
            }
            key = number(number.doubleValue());
        }
        return classes.indexOf(key);
    }

    /** The counts of (true class, predicted class) pairs: {@code counts[t][p]}. */
    long[][] confusion() {
        long[][] counts = new long[count()][count()];
        for (int i = 0; i < trueCodes.length; i++) {
            counts[trueCodes[i]][predictedCodes[i]]++;
        }
        return counts;
    }

    /** The classes, as text, for messages. */
    @Override
    public String toString() {
        return names.toString();
    }
}
