package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.columns.Column;

/**
 * The one-vs-rest counts of every class of paired labels (true positives, predictions, true values, true negatives),
 * the ratios scikit-learn and imbalanced-learn build from them, and their {@link Average}. A ratio whose denominator
 * is 0 is 0, as the libraries' default {@code zero_division="warn"} without the warning.
 */
final class ClassCounts {

    /** A score of class {@code c} of {@code counts}, such as {@link ClassCounts#precision}. */
    @FunctionalInterface
    interface ClassScore {

        /** The score of class {@code c}. */
        double of(ClassCounts counts, int c);
    }

    private final PairedLabels labels;
    private final long[] truePositives;
    private final long[] predicted;
    private final long[] support;
    private final long[] trueNegatives;

    private ClassCounts(PairedLabels labels, long[] truePositives, long[] predicted, long[] support,
                        long[] trueNegatives) {
        this.labels = labels;
        this.truePositives = truePositives;
        this.predicted = predicted;
        this.support = support;
        this.trueNegatives = trueNegatives;
    }

    /**
     * Counts {@code yTrue} against {@code yPred}. O(rows + classes²).
     *
     * @throws IllegalArgumentException for bad input (see {@link PairedLabels#of})
     */
    static ClassCounts of(Column<?> yTrue, Column<?> yPred) {
        PairedLabels labels = PairedLabels.of(yTrue, yPred);
        long[][] confusion = labels.confusion();
        int count = labels.count();
        long[] truePositives = new long[count];
        long[] predicted = new long[count];
        long[] support = new long[count];
        long[] trueNegatives = new long[count];
        for (int t = 0; t < count; t++) {
            truePositives[t] = confusion[t][t];
            for (int p = 0; p < count; p++) {
                support[t] += confusion[t][p];
                predicted[p] += confusion[t][p];
            }
        }
        for (int c = 0; c < count; c++) {
            trueNegatives[c] = labels.size() - (predicted[c] + support[c] - truePositives[c]);
        }
        return new ClassCounts(labels, truePositives, predicted, support, trueNegatives);
    }

    /** The labels counted: their classes, names and lookup. */
    PairedLabels labels() {
        return labels;
    }

    /** The number of true values of class {@code c}. */
    long support(int c) {
        return support[c];
    }

    /** Of the rows predicted as class {@code c}, the fraction truly of it. */
    double precision(int c) {
        return ratio(truePositives[c], predicted[c]);
    }

    /** Of the rows of class {@code c}, the fraction predicted as it: the recall, or sensitivity. */
    double recall(int c) {
        return ratio(truePositives[c], support[c]);
    }

    /** Of the rows not of class {@code c}, the fraction not predicted as it. */
    double specificity(int c) {
        long falsePositives = predicted[c] - truePositives[c];
        return ratio(trueNegatives[c], trueNegatives[c] + falsePositives);
    }

    /** The harmonic mean of class {@code c}'s precision and recall, 0 where both are 0. */
    double f1(int c) {
        double precision = precision(c);
        double recall = recall(c);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The square root of class {@code c}'s recall times its specificity (one-vs-rest). */
    double geometricMean(int c) {
        return Math.sqrt(recall(c) * specificity(c));
    }

    /**
     * {@code score} combined over the classes as {@code average} says.
     *
     * @throws IllegalArgumentException if {@code average} is null or binary and does not fit the labels: more than two
     *                                  classes, or two classes of which its positive label is none
     */
    double average(Average average, ClassScore score) {
        Checks.notNull(average, "average");
        return switch (average.kind()) {
            case BINARY -> binary(average.positiveLabel(), score);
            case MICRO -> score.of(pooled(), 0);
            case MACRO, WEIGHTED -> {
                double total = 0;
                double weights = 0;
                for (int c = 0; c < truePositives.length; c++) {
                    double weight = average.kind() == Average.Kind.WEIGHTED ? support[c] : 1;
                    total += weight * score.of(this, c);
                    weights += weight;
                }
                yield total / weights;
            }
        };
    }

    /** {@code score} of every class, by the class's name, in class order. */
    Map<String, Double> perClass(ClassScore score) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < truePositives.length; c++) {
            scores.put(labels.names().get(c), score.of(this, c));
        }
        return Collections.unmodifiableMap(scores);
    }

    private double binary(Object positive, ClassScore score) {
        if (labels.count() > 2) {
            throw new IllegalArgumentException("average binary needs at most two classes, found " + labels.count()
                    + " " + labels + "; use Average.MACRO, Average.WEIGHTED or Average.MICRO");
        }
        int index = labels.indexOf(positive);
        if (index >= 0) {
            return score.of(this, index);
        }
        if (labels.count() == 2) {
            throw new IllegalArgumentException("positive label " + positive + " is not one of the classes " + labels);
        }
        return 0; // the positive class is neither true nor predicted anywhere: the libraries' zero division
    }

    /** The counts of all classes summed into one class, as scikit-learn's {@code average="micro"} pools them. */
    private ClassCounts pooled() {
        return new ClassCounts(labels, new long[] {sum(truePositives)}, new long[] {sum(predicted)},
                new long[] {sum(support)}, new long[] {sum(trueNegatives)});
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
