package io.github.prepkit.inspection;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.selection.CrossValidator;
import io.github.prepkit.selection.DefaultFolds;
import io.github.prepkit.selection.Fold;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every row predicted by the model fitted on the other folds, as scikit-learn's {@code cross_val_predict}:
 * {@link #predict} ({@code method="predict"}) and {@link #predictProba} ({@code method="predict_proba"}), aligned with
 * the input rows. The folds must test every row exactly once ({@link io.github.prepkit.selection.KFold},
 * {@link io.github.prepkit.selection.StratifiedKFold}); the default is scikit-learn's {@code cv=5}: stratified for a
 * classifier, consecutive otherwise, unshuffled. The folds' fits run on {@code nJobs} threads with the same result for
 * any count; a fit that fails is thrown, as scikit-learn does. Such predictions serve to look at errors and to feed
 * other models; they are no estimate of the score, which depends on how the folds were cut.
 *
 * @param cv    how the rows are cut into folds (default 5 folds, stratified for a classifier)
 * @param nJobs threads over the folds, -1 for every core (default -1)
 */
public record CrossValPredict(CrossValidator cv, int nJobs) {

    private static final String STEP = "CrossValPredict";

    /** Validates every parameter. */
    public CrossValPredict {
        Checks.notNull(cv, STEP + " cv");
        Parallel.requireThreads(STEP, nJobs);
    }

    /** scikit-learn's defaults (5 folds, stratified for a classifier) on every core. */
    public CrossValPredict() {
        this(new DefaultFolds(5), -1);
    }

    /** A copy with {@code nSplits} unshuffled folds, stratified for a classifier (scikit-learn's {@code cv=<int>}). */
    public CrossValPredict cv(int nSplits) {
        return new CrossValPredict(new DefaultFolds(nSplits), nJobs);
    }

    /** A copy cutting the rows with {@code cv}. */
    public CrossValPredict cv(CrossValidator cv) {
        return new CrossValPredict(cv, nJobs);
    }

    /** A copy running the folds on {@code nJobs} threads (-1: every core). */
    public CrossValPredict nJobs(int nJobs) {
        return new CrossValPredict(cv, nJobs);
    }

    /**
     * Each row's prediction by the model fitted on the folds that do not test it; neither input is modified.
     *
     * @param estimator the predictor or pipeline to fit on each fold, not modified
     * @param features  the feature columns
     * @param target    the target, one value per row
     * @return one prediction per row, in the rows' order, of the target's type and named like it
     * @throws IllegalArgumentException if the sizes differ, the folds do not test every row exactly once, or a fit
     *                                  fails
     */
    public Column<?> predict(Predictor<?> estimator, Table features, Column<?> target) {
        Checks.notNull(estimator, "estimator");
        List<Fold> folds = partition(estimator, features, target);
        Table[] predictions = new Table[folds.size()];
        Parallel.forEach(folds.size(), nJobs, f -> {
            Fold fold = folds.get(f);
            int[] train = fold.train();
            predictions[f] = Table.create("fold", estimator.fit(Tables.rows(features, train), Tables.rows(target, train))
                    .predict(Tables.rows(features, fold.test())));
        });
        Table stacked = predictions[0].copy();
        for (int f = 1; f < predictions.length; f++) {
            stacked.append(predictions[f]);
        }
        return Tables.rows(stacked.column(0), positions(folds, features.rowCount()));
    }

    /**
     * {@link #predict(Predictor, Table, Column)} with column {@code targetColumn} of {@code data} as the target and
     * every other column as a feature.
     *
     * @param estimator    the predictor or pipeline to fit on each fold, not modified
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return one prediction per row, in the rows' order
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public Column<?> predict(Predictor<?> estimator, Table data, String targetColumn) {
        return predict(estimator, Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }

    /**
     * Each row's class probabilities by the model fitted on the folds that do not test it: one column per class of
     * the whole target, sorted and named as a classifier names them. A class that a fold's training rows lack gets
     * probability 0 from that fold's model, as scikit-learn fills it in.
     *
     * @param estimator the classifier or classifier pipeline to fit on each fold, not modified
     * @param features  the feature columns
     * @param target    the classes, one per row
     * @return a new table of one probability column per class, one row per input row in their order
     * @throws IllegalArgumentException if the sizes differ, the folds do not test every row exactly once, the target
     *                                  has a missing value or one class, or a fit fails
     */
    public Table predictProba(Classifier<?> estimator, Table features, Column<?> target) {
        Checks.notNull(estimator, "estimator");
        List<Fold> folds = partition(estimator, features, target);
        List<String> classes = ClassLabels.of(target, STEP).names();
        double[][] probabilities = new double[classes.size()][features.rowCount()];
        Parallel.forEach(folds.size(), nJobs, f -> {
            Fold fold = folds.get(f);
            int[] train = fold.train();
            int[] test = fold.test();
            ClassifierModel model = estimator.fit(Tables.rows(features, train), Tables.rows(target, train));
            Table proba = model.predictProba(Tables.rows(features, test));
            for (String name : model.classes()) {
                int k = classes.indexOf(name);
                if (k < 0) {
                    throw new IllegalStateException(STEP + ": the model of fold " + f + " predicts class '" + name
                            + "', which is not among the target's classes " + classes);
                }
                double[] column = ((NumericColumn<?>) proba.column(name)).asDoubleArray();
                for (int i = 0; i < test.length; i++) {
                    probabilities[k][test[i]] = column[i];
                }
            }
        });
        Table result = Table.create("predict_proba");
        for (int k = 0; k < classes.size(); k++) {
            result.addColumns(DoubleColumn.create(classes.get(k), probabilities[k]));
        }
        return result;
    }

    /**
     * {@link #predictProba(Classifier, Table, Column)} with column {@code targetColumn} of {@code data} as the target
     * and every other column as a feature.
     *
     * @param estimator    the classifier or classifier pipeline to fit on each fold, not modified
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return one probability column per class, one row per input row
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public Table predictProba(Classifier<?> estimator, Table data, String targetColumn) {
        return predictProba(estimator, Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }

    /** The folds for {@code estimator}, after checking that their test rows cover every row exactly once. */
    private List<Fold> partition(Predictor<?> estimator, Table features, Column<?> target) {
        TrainingData.requireTargetApart(features, target, STEP);
        List<Fold> folds = Splits.of(cv, estimator, features, target, STEP);
        int[] tested = new int[features.rowCount()];
        for (Fold fold : folds) {
            for (int row : fold.test()) {
                tested[row]++;
            }
        }
        for (int row = 0; row < tested.length; row++) {
            if (tested[row] != 1) {
                throw new IllegalArgumentException(STEP + ": the folds must test every row exactly once (a partition,"
                        + " as KFold and StratifiedKFold cut), but row " + row + " is tested " + tested[row]
                        + " times by " + cv);
            }
        }
        return folds;
    }

    /** Where each row's prediction lies among the folds' test rows laid end to end. */
    private static int[] positions(List<Fold> folds, int rows) {
        int[] positions = new int[rows];
        int next = 0;
        for (Fold fold : folds) {
            for (int row : fold.test()) {
                positions[row] = next++;
            }
        }
        return positions;
    }
}
