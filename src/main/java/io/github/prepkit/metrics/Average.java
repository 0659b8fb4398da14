package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import java.util.Locale;

/**
 * How the scores of the single classes (precision, recall, F1, sensitivity, specificity) combine into one number, as
 * scikit-learn's and imbalanced-learn's {@code average} parameter: {@link #binary(Object)} scores one positive class
 * only; {@link #MACRO} takes the plain mean over the classes; {@link #WEIGHTED} the mean weighted by each class's
 * number of true values (its support); {@link #MICRO} scores the counts of all classes pooled. The classes are the
 * distinct values of the true and the predicted labels together.
 */
public final class Average {

    /** The unweighted mean over the classes, as scikit-learn's {@code average="macro"}. */
    public static final Average MACRO = new Average(Kind.MACRO, null);
    /** The mean over the classes weighted by their support, as scikit-learn's {@code average="weighted"}. */
    public static final Average WEIGHTED = new Average(Kind.WEIGHTED, null);
    /**
     * The score of the one-vs-rest counts summed over the classes, as scikit-learn's {@code average="micro"}: for
     * precision, recall and F1 of single-label classes it is the accuracy.
     */
    public static final Average MICRO = new Average(Kind.MICRO, null);

    /** The ways of averaging, for the metrics' dispatch. */
    enum Kind { BINARY, MACRO, WEIGHTED, MICRO }

    private final Kind kind;
    private final Object positiveLabel;

    private Average(Kind kind, Object positiveLabel) {
        this.kind = kind;
        this.positiveLabel = positiveLabel;
    }

    /**
     * The score of class {@code positiveLabel} alone, as scikit-learn's {@code average="binary"} with
     * {@code pos_label}: the labels may hold at most two classes. The label is compared by value: a number for
     * numeric columns (1 matches 1.0), otherwise a value of the column's type, such as a String.
     *
     * @param positiveLabel the class to score, such as {@code 1} or {@code "malignant"}
     * @throws IllegalArgumentException if {@code positiveLabel} is null
     */
    public static Average binary(Object positiveLabel) {
        return new Average(Kind.BINARY, Checks.notNull(positiveLabel, "positiveLabel"));
    }

    Kind kind() {
        return kind;
    }

    Object positiveLabel() {
        return positiveLabel;
    }

    @Override
    public String toString() {
        return kind == Kind.BINARY ? "binary(" + positiveLabel + ")" : kind.name().toLowerCase(Locale.ROOT);
    }
}
