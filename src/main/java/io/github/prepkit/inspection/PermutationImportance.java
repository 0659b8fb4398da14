package io.github.prepkit.inspection;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.ReferencePredictor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.base.Shuffle;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.selection.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How much a fitted model's score drops when one feature column's values are shuffled among the rows, breaking its
 * link to the target: scikit-learn's {@code permutation_importance}. The model is scored once on the table as it is
 * (the baseline), then {@code nRepeats} times per column with that column permuted and every other column untouched;
 * each importance is the baseline minus the permuted score, so a column the model does not read scores exactly 0.
 * Works on any fitted {@link PredictorModel}, a fitted pipeline included, and on any column type (the values of a
 * string column move as they are).
 * <p>
 * Where we differ: the permutation of column {@code j} in repeat {@code r} is drawn from its own generator
 * ({@link java.util.SplittableRandom}, Fisher-Yates), seeded by mixing {@code seed}, {@code j} and {@code r}
 * (SplitMix64), so the result is the same for any {@code nJobs} and any scheduling; numpy's generator cannot be reproduced, so the
 * permutations are not scikit-learn's. scikit-learn's {@code random_state=None} draws a fresh seed per call; ours
 * defaults to seed 0, and its {@code n_jobs=None} (one process) to every core. {@code max_samples} and
 * {@code sample_weight} are not offered. Cost: {@code 1 + columns x nRepeats} predictions on the whole table, run on
 * {@code nJobs} threads; each permuted table copies one column and shares the others. A model that can remember the
 * rows ({@link ReferencePredictor}: the random forests) predicts them through {@link ReferencePredictor#around}, which
 * gives the same predictions bit for bit, walking again only the trees whose paths test the permuted column.
 *
 * @param scoring  how the model is scored, greater being better (default {@link Scoring#DEFAULT}: accuracy for a
 *                 classifier, R² otherwise)
 * @param nRepeats how many times each column is permuted (default 5)
 * @param seed     seeds every permutation (default 0)
 * @param nJobs    threads over the permutations, -1 for every core (default -1)
 */
public record PermutationImportance(Scoring scoring, int nRepeats, long seed, int nJobs) {

    private static final String STEP = "PermutationImportance";

    /** Validates every parameter. */
    public PermutationImportance {
        Checks.notNull(scoring, STEP + " scoring");
        if (nRepeats < 1) {
            throw new IllegalArgumentException(STEP + ": nRepeats must be at least 1, found " + nRepeats);
        }
        Parallel.requireThreads(STEP, nJobs);
    }

    /** scikit-learn's defaults (the model's own score, 5 repeats), seed 0, on every core. */
    public PermutationImportance() {
        this(Scoring.DEFAULT, 5, 0, -1);
    }

    /** A copy scoring with {@code scoring}. */
    public PermutationImportance scoring(Scoring scoring) {
        return new PermutationImportance(scoring, nRepeats, seed, nJobs);
    }

    /** A copy permuting each column {@code nRepeats} times. */
    public PermutationImportance nRepeats(int nRepeats) {
        return new PermutationImportance(scoring, nRepeats, seed, nJobs);
    }

    /** A copy drawing its permutations from {@code seed}. */
    public PermutationImportance seed(long seed) {
        return new PermutationImportance(scoring, nRepeats, seed, nJobs);
    }

    /** A copy running on {@code nJobs} threads (-1: every core). */
    public PermutationImportance nJobs(int nJobs) {
        return new PermutationImportance(scoring, nRepeats, seed, nJobs);
    }

    /**
     * The importance of every column of {@code features} to {@code model}, scored against {@code target}; neither is
     * modified.
     *
     * @param model    a fitted model (or fitted pipeline) whose feature columns are those of {@code features}
     * @param features the rows to score on, often held-out ones
     * @param target   their true values, one per row
     * @return the baseline score and every column's importance per repeat
     * @throws IllegalArgumentException if the sizes differ, there is no row or no column, the target is a column of
     *                                  the features, or the model cannot score the table (naming the column)
     */
    public PermutationImportanceResult compute(PredictorModel model, Table features, Column<?> target) {
        Checks.notNull(model, "model");
        TrainingData.requireSameRows(features, target, STEP);
        TrainingData.requireTargetApart(features, target, STEP);
        if (features.rowCount() == 0 || features.columnCount() == 0) {
            throw new IllegalArgumentException(STEP + ": the features need at least one row and one column to permute,"
                    + " found " + features.rowCount() + " rows and " + features.columnCount() + " columns");
        }
        PredictorModel scored = model instanceof ReferencePredictor remembering ? remembering.around(features) : model;
        double baseline = scoring.score(scored, features, target);
        int columns = features.columnCount();
        if ((long) columns * nRepeats > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(STEP + ": " + columns + " columns x nRepeats " + nRepeats
                    + " permutations are more than " + Integer.MAX_VALUE);
        }
        double[][] importances = new double[columns][nRepeats];
        Parallel.forEach(columns * nRepeats, nJobs, task -> {
            int column = task / nRepeats;
            int repeat = task % nRepeats;
            Table permuted = permuted(features, column, Parallel.seed(Parallel.seed(seed, column), repeat));
            importances[column][repeat] = baseline - scoring.score(scored, permuted, target);
        });
        return new PermutationImportanceResult(features.columnNames(), baseline, importances);
    }

    /**
     * {@link #compute(PredictorModel, Table, Column)} with column {@code targetColumn} of {@code data} as the target
     * and every other column as a feature.
     *
     * @param model        a fitted model whose feature columns are the other columns of {@code data}
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return the baseline score and every column's importance per repeat
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public PermutationImportanceResult compute(PredictorModel model, Table data, String targetColumn) {
        return compute(model, Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }

    /**
     * A new table of {@code features}' columns, sharing all but column {@code index}, which is replaced by a copy of
     * its values in a random order drawn from {@code permutationSeed}.
     */
    static Table permuted(Table features, int index, long permutationSeed) {
        int[] order = Shuffle.permutation(features.rowCount(), new SplittableRandom(permutationSeed));
        List<Column<?>> columns = new ArrayList<>(features.columns());
        columns.set(index, Tables.rows(features.column(index), order));
        return Table.create(features.name(), columns);
    }
}
