package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.ClassLabels;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * True labels turned into positive (the class scored) and negative rows for the ranking metrics: the positive class
 * is the one given, compared by value (a number for numeric labels, 1 matching 1.0), or by default the greater of two
 * classes, as {@link ProbabilityMetrics#rocAuc(Column, double[])} takes it.
 */
final class PositiveClass {

    private final boolean[] positive;
    private final String name;
    private final int classes;
    private final boolean present;

    private PositiveClass(boolean[] positive, String name, int classes, boolean present) {
        this.positive = positive;
        this.name = name;
        this.classes = classes;
        this.present = present;
    }

    /**
     * Marks the rows of {@code yTrue} whose class is {@code positiveLabel}, or with a null label the greater of two
     * classes; a single numeric class without a label is positive if it is 1, as scikit-learn's default.
     *
     * @param step names the metric in error messages
     * @throws IllegalArgumentException for a missing or continuous label, a label of the wrong kind, or no label with
     *                                  more than two classes or a single class that is not a number
     */
    static PositiveClass of(Column<?> yTrue, Object positiveLabel, String step) {
        ClassLabels labels = ClassLabels.of(yTrue, step);
        boolean numeric = yTrue instanceof NumericColumn<?>;
        List<Object> values = labels.classes().values();
        Object label = positiveLabel;
        if (label == null) {
            if (labels.count() > 2) {
                throw new IllegalArgumentException(step + ": yTrue holds " + labels.count() + " classes " + labels.names()
                        + "; give the positive label to score one class against the rest (scikit-learn: multiclass"
                        + " format is not supported)");
            }
            if (labels.count() == 2) {
                label = values.get(1);
            } else if (numeric) {
                label = 1;
            } else {
                throw new IllegalArgumentException(step + ": yTrue holds the single class " + labels.names()
                        + "; give the positive label");
            }
        }
        if (numeric && !(label instanceof Number)) {
            throw new IllegalArgumentException(step + ": the labels are numeric, so the positive label must be a number,"
                    + " found " + label + " (" + label.getClass().getSimpleName() + ")");
        }
        int index = -1;
        for (int k = 0; k < values.size(); k++) {
            if (same(values.get(k), label, numeric)) {
                index = k;
            }
        }
        boolean[] positive = new boolean[yTrue.size()];
        int[] codes = labels.codes();
        for (int i = 0; i < positive.length; i++) {
            positive[i] = codes[i] == index;
        }
        String name = index >= 0 ? labels.names().get(index) : String.valueOf(label);
        return new PositiveClass(positive, name, labels.count(), index >= 0);
    }

    private static boolean same(Object value, Object label, boolean numeric) {
        return numeric ? ((Number) value).doubleValue() == ((Number) label).doubleValue() : value.equals(label);
    }

    /** Whether each row is of the positive class; the array itself. */
    boolean[] positive() {
        return positive;
    }

    /** The positive class as text: the probability column that holds its scores. */
    String name() {
        return name;
    }

    /** The number of distinct true classes. */
    int classes() {
        return classes;
    }

    /** Whether some row is of the positive class. */
    boolean present() {
        return present;
    }
}
