package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Moments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The outcome of a {@link CrossValidation}: per fold, the test score by each scoring and the seconds spent fitting
 * and scoring, as the arrays of scikit-learn's {@code cross_validate} ({@code test_score}, or {@code test_<name>}
 * per scoring among several, {@code fit_time}, {@code score_time}). The methods without a scoring name read the
 * first (with one scoring, the only) scoring. A failed fold scores NaN.
 */
public final class CrossValidationResult {

    private final List<String> scorings;
    private final double[][] testScores;
    private final double[] fitTimes;
    private final double[] scoreTimes;

    CrossValidationResult(String scoring, FoldScore[] folds) {
        this(List.of(scoring), folds);
    }

    CrossValidationResult(List<String> scorings, FoldScore[] folds) {
        this.scorings = List.copyOf(scorings);
        this.testScores = IntStream.range(0, scorings.size())
                .mapToObj(s -> Arrays.stream(folds).mapToDouble(fold -> fold.scores()[s]).toArray())
                .toArray(double[][]::new);
        this.fitTimes = Arrays.stream(folds).mapToDouble(FoldScore::fitTime).toArray();
        this.scoreTimes = Arrays.stream(folds).mapToDouble(FoldScore::scoreTime).toArray();
    }

    /** The name of the first (with one scoring, the only) scoring. */
    public String scoring() {
        return scorings.get(0);
    }

    /** The names of every scoring, in order. */
    public List<String> scorings() {
        return scorings;
    }

    /** Each fold's test score by the first scoring, in fold order; a copy. */
    public double[] testScores() {
        return testScores[0].clone();
    }

    /**
     * Each fold's test score by the scoring named {@code scoring}, in fold order; a copy.
     *
     * @throws IllegalArgumentException if no scoring has that name
     */
    public double[] testScores(String scoring) {
        int index = scorings.indexOf(scoring);
        if (index < 0) {
            throw new IllegalArgumentException("CrossValidationResult: no scoring named '" + scoring
                    + "'; the scorings are " + scorings);
        }
        return testScores[index].clone();
    }

    /** Each fold's fitting time in seconds; a copy. */
    public double[] fitTimes() {
        return fitTimes.clone();
    }

    /** Each fold's scoring time in seconds, by all the scorings; a copy. */
    public double[] scoreTimes() {
        return scoreTimes.clone();
    }

    /** The mean test score over the folds by the first scoring (NaN if a fold failed). */
    public double mean() {
        return Moments.mean(testScores[0]);
    }

    /** The population standard deviation of the first scoring's test scores, as numpy's {@code std}. */
    public double std() {
        return Moments.std(testScores[0]);
    }

    /**
     * One row per fold: {@code fold}, {@code fit_time}, {@code score_time}, then {@code test_score} for one scoring,
     * or {@code test_<name>} for each of several.
     */
    public Table table() {
        List<Column<?>> columns = new ArrayList<>(List.of(
                IntColumn.create("fold", IntStream.range(0, fitTimes.length).toArray()),
                DoubleColumn.create("fit_time", fitTimes),
                DoubleColumn.create("score_time", scoreTimes)));
        for (int s = 0; s < scorings.size(); s++) {
            columns.add(DoubleColumn.create("test_" + Scorings.key(scorings, s), testScores[s]));
        }
        return Table.create("cross-validation", columns.toArray(Column<?>[]::new));
    }

    @Override
    public String toString() {
        return IntStream.range(0, scorings.size()).mapToObj(s -> String.format(Locale.ROOT, "%s %.4f +/- %.4f",
                scorings.get(s), Moments.mean(testScores[s]), Moments.std(testScores[s])))
                .collect(Collectors.joining(", ")) + " over " + fitTimes.length + " folds";
    }
}
