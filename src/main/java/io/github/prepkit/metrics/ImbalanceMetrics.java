package io.github.prepkit.metrics;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores of predicted class labels that stay informative when the classes are imbalanced, as imbalanced-learn 0.10's
 * {@code sensitivity_score}, {@code specificity_score}, {@code geometric_mean_score} and
 * {@code classification_report_imbalanced}.
 *
 * <p>The labels are taken as {@link ClassificationMetrics} takes them: two columns of one value per row, compared by
 * value, the classes being the sorted distinct values of both; a missing value, columns of different sizes or an
 * empty column fail with an {@link IllegalArgumentException}. Each class is scored one-vs-rest: its sensitivity is the
 * fraction of its rows predicted as it (its recall), its specificity the fraction of the other rows not predicted as
 * it. {@link Average} combines the classes' scores as imbalanced-learn's {@code average}; the methods ending in
 * {@code PerClass} give imbalanced-learn's {@code average=None}, by class name.
 *
 * <p>Zero division follows imbalanced-learn's default ({@code "warn"}), without its warning: a ratio whose denominator
 * is 0 is 0. So a class never true (only predicted) has sensitivity 0, and a class that every row truly is of has
 * specificity 0; both count as 0 in the averages. Precision and F1 in the report follow scikit-learn's same default.
 */
public final class ImbalanceMetrics {

    /** The name of the first column of {@link #classificationReportImbalanced}, which names each row's class. */
    public static final String CLASS_COLUMN = "class";
    /** The name of the last row of {@link #classificationReportImbalanced}, which averages the classes. */
    public static final String AVERAGE_ROW = "avg / total";
    /** The default weighting factor of the index balanced accuracy, imbalanced-learn's {@code alpha=0.1}. */
    public static final double DEFAULT_ALPHA = 0.1;

    private ImbalanceMetrics() {
    }

    /**
     * Sensitivity, the fraction of the rows of a class predicted as it (the recall), averaged as {@code average} says.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED},
     *                {@link Average#MICRO} or {@link Average#binary} for one class
     * @return the sensitivity, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double sensitivity(Column<?> yTrue, Column<?> yPred, Average average) {
        return ClassCounts.of(yTrue, yPred).average(average, ClassCounts::recall);
    }

    /**
     * The sensitivity of each class, as imbalanced-learn's {@code sensitivity_score(average=None)}.
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return an unmodifiable map from each class, as its column formats it, to its sensitivity, in class order
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static Map<String, Double> sensitivityPerClass(Column<?> yTrue, Column<?> yPred) {
        return ClassCounts.of(yTrue, yPred).perClass(ClassCounts::recall);
    }

    /**
     * Specificity, the fraction of the rows not of a class that are not predicted as it, tn / (tn + fp), averaged as
     * {@code average} says.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED},
     *                {@link Average#MICRO} or {@link Average#binary} for one class
     * @return the specificity, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double specificity(Column<?> yTrue, Column<?> yPred, Average average) {
        return ClassCounts.of(yTrue, yPred).average(average, ClassCounts::specificity);
    }

    /**
     * The specificity of each class, as imbalanced-learn's {@code specificity_score(average=None)}.
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return an unmodifiable map from each class, as its column formats it, to its specificity, in class order
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static Map<String, Double> specificityPerClass(Column<?> yTrue, Column<?> yPred) {
        return ClassCounts.of(yTrue, yPred).perClass(ClassCounts::specificity);
    }

    /**
     * The geometric mean of the recalls of all classes, imbalanced-learn's {@code geometric_mean_score} with its
     * default {@code average="multiclass"}: 0 as soon as one class is never predicted right (a class predicted but
     * never true has recall 0 too). For two classes it is the square root of sensitivity times specificity.
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return the geometric mean, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double geometricMeanScore(Column<?> yTrue, Column<?> yPred) {
        return geometricMeanScore(yTrue, yPred, 0.0);
    }

    /**
     * The geometric mean of the recalls of all classes with each recall of 0 replaced by {@code correction}, as
     * imbalanced-learn's {@code geometric_mean_score(average="multiclass", correction=...)}: with many classes, a
     * single unrecognised one no longer takes the score to 0. Computed as scipy's {@code gmean}, exp(mean(log r)).
     *
     * @param yTrue      the true labels, one per row
     * @param yPred      the predicted labels, as many and compared by value
     * @param correction what a recall of 0 counts as, finite and at least 0 (0 is no correction)
     * @return the geometric mean, at least 0 (at most 1 for a correction of at most 1)
     * @throws IllegalArgumentException for bad input (see the class comment) or a negative, NaN or infinite correction
     */
    public static double geometricMeanScore(Column<?> yTrue, Column<?> yPred, double correction) {
        if (!(correction >= 0) || correction == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("correction must be a finite number at least 0, found " + correction);
        }
        ClassCounts counts = ClassCounts.of(yTrue, yPred);
        int classes = counts.labels().count();
        double logs = 0;
        for (int c = 0; c < classes; c++) {
            double recall = counts.recall(c);
            logs += Math.log(recall == 0 ? correction : recall);
        }
        return Math.exp(logs / classes);
    }

    /**
     * The one-vs-rest geometric mean, imbalanced-learn's {@code geometric_mean_score} with another {@code average}:
     * the square root of the averaged sensitivity times the averaged specificity (for {@link Average#MACRO}, of the
     * mean sensitivity times the mean specificity, not the mean of the classes' geometric means). imbalanced-learn's
     * {@code correction} does not apply to these averages.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how sensitivity and specificity combine over the classes: {@link Average#MACRO},
     *                {@link Average#WEIGHTED}, {@link Average#MICRO} or {@link Average#binary} for one class
     * @return the geometric mean, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double geometricMeanScore(Column<?> yTrue, Column<?> yPred, Average average) {
        ClassCounts counts = ClassCounts.of(yTrue, yPred);
        return Math.sqrt(counts.average(average, ClassCounts::recall) * counts.average(average, ClassCounts::specificity));
    }

    /**
     * The one-vs-rest geometric mean of each class, the square root of its sensitivity times its specificity, as
     * imbalanced-learn's {@code geometric_mean_score(average=None)}.
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return an unmodifiable map from each class, as its column formats it, to its geometric mean, in class order
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static Map<String, Double> geometricMeanScorePerClass(Column<?> yTrue, Column<?> yPred) {
        return ClassCounts.of(yTrue, yPred).perClass(ClassCounts::geometricMean);
    }

    /**
     * {@link #classificationReportImbalanced(Column, Column, double)} with imbalanced-learn's default
     * {@code alpha = 0.1}.
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return a new table, one row per class and the {@value #AVERAGE_ROW} row
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static Table classificationReportImbalanced(Column<?> yTrue, Column<?> yPred) {
        return classificationReportImbalanced(yTrue, yPred, DEFAULT_ALPHA);
    }

    /**
     * imbalanced-learn's {@code classification_report_imbalanced} as a table: the string column {@value #CLASS_COLUMN}
     * names each class (as its column formats it, in class order), then the double columns {@code pre} (precision),
     * {@code rec} (recall, the sensitivity), {@code spe} (specificity), {@code f1}, {@code geo} (the one-vs-rest
     * geometric mean) and {@code iba} (the index balanced accuracy of the geometric mean: (1 + alpha (rec - spe))
     * geo²), and the int column {@code sup} (the number of true values). The last row, {@value #AVERAGE_ROW}, holds
     * the scores' means weighted by support and the total support. The values are full doubles, as imbalanced-learn's
     * {@code output_dict=True} gives them, not rounded to its printed {@code digits=2}. O(rows + classes²).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @param alpha the weighting factor of the dominance (rec - spe) in the index balanced accuracy, finite
     * @return a new table of 8 columns, one row per class and the {@value #AVERAGE_ROW} row
     * @throws IllegalArgumentException for bad input (see the class comment) or a NaN or infinite alpha
     */
    public static Table classificationReportImbalanced(Column<?> yTrue, Column<?> yPred, double alpha) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number, found " + alpha);
        }
        ClassCounts counts = ClassCounts.of(yTrue, yPred);
        List<String> names = counts.labels().names();
        int classes = names.size();
        double[][] scores = new double[6][classes + 1];
        int[] support = new int[classes + 1];
        for (int c = 0; c < classes; c++) {
            double recall = counts.recall(c);
            double specificity = counts.specificity(c);
            double geometricMean = counts.geometricMean(c);
            scores[0][c] = counts.precision(c);
            scores[1][c] = recall;
            scores[2][c] = specificity;
            scores[3][c] = counts.f1(c);
            scores[4][c] = geometricMean;
            scores[5][c] = (1 + alpha * (recall - specificity)) * (geometricMean * geometricMean);
            support[c] = Math.toIntExact(counts.support(c));
            support[classes] += support[c];
        }
        for (double[] score : scores) {
            double total = 0;
            for (int c = 0; c < classes; c++) {
                total += score[c] * support[c];
            }
            score[classes] = total / support[classes];
        }
        StringColumn rows = StringColumn.create(CLASS_COLUMN, names);
        rows.append(AVERAGE_ROW);
        Table report = Table.create("classification report imbalanced", rows);
        List<String> columns = List.of("pre", "rec", "spe", "f1", "geo", "iba");
        for (int s = 0; s < columns.size(); s++) {
            report.addColumns(DoubleColumn.create(columns.get(s), scores[s]));
        }
        return report.addColumns(IntColumn.create("sup", support));
    }
}
