package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * What every cleaning under-sampler starts from: the table's classes, each row's class and the numeric features,
 * with the neighbour searches and class counts the rules of imbalanced-learn's cleaning samplers are made of.
 */
final class CleaningInput {

    private final ClassRows classes;
    private final int[] codes;
    private final FeatureMatrix features;
    private final boolean text;

    private CleaningInput(ClassRows classes, FeatureMatrix features) {
        this.classes = classes;
        this.codes = classes.codes();
        this.features = features;
        this.text = classes.values().get(0) instanceof String;
    }

    /**
     * Reads {@code data}: its classes by column {@code target} and every other column as a numeric feature.
     *
     * @throws IllegalArgumentException if the target is missing, has a missing value or a single class, or a feature
     *                                  is not numeric, has a missing value or an infinite one
     */
    static CleaningInput of(Table data, String target, String step) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, step);
        String hint = step + " measures Euclidean distances between numeric columns only: encode the column first"
                + " (io.github.prepkit.encode) or leave it out";
        return new CleaningInput(classes, NumericFeatures.of(data, target, List.of(), step, hint));
    }

    /** Every row of the table, in order. */
    int[] rows() {
        return IntStream.range(0, codes.length).toArray();
    }

    /** Each row's class index; the array is this object's own. */
    int[] codes() {
        return codes;
    }

    /** The class names, in class order. */
    List<String> names() {
        return classes.names();
    }

    /** The class values, in class order. */
    List<Object> values() {
        return classes.values();
    }

    /** The rows of class {@code k}, in row order; the array is this object's own. */
    int[] members(int k) {
        return classes.members(k);
    }

    /** How many of {@code rows} each class has, in class order (0 for a class with none). */
    int[] sizes(int[] rows) {
        int[] sizes = new int[classes.names().size()];
        for (int row : rows) {
            sizes[codes[row]]++;
        }
        return sizes;
    }

    /**
     * The smallest class as imbalanced-learn's stopping rules take it ({@code min} over a {@code Counter} of the
     * target): on a tie, the class whose first row comes first in the table.
     */
    int firstMinority() {
        int[] sizes = sizes(rows());
        int minority = codes[0];
        for (int code : codes) {
            if (sizes[code] < sizes[minority]) {
                minority = code;
            }
        }
        return minority;
    }

    /**
     * Whether the classes of rows {@code neighbours} (nearest first) agree with class {@code own}: all of them
     * ({@link KindSel#ALL}), or the most common ({@link KindSel#MODE}). Where classes tie for most common, the one
     * imbalanced-learn's mode gives counts: scipy's {@code mode} takes the smallest of numbers (or booleans), and the
     * first met of text, which pandas holds as objects and scipy counts with a {@code Counter}.
     */
    boolean agree(int own, int[] neighbours, KindSel kindSel) {
        if (kindSel == KindSel.ALL) {
            return IntStream.of(neighbours).allMatch(row -> codes[row] == own);
        }
        int[] counts = new int[classes.names().size()];
        int most = 0;
        for (int row : neighbours) {
            most = Math.max(most, ++counts[codes[row]]);
        }
        if (text) {
            for (int row : neighbours) {
                if (counts[codes[row]] == most) {
                    return codes[row] == own;
                }
            }
        }
        int mode = 0;
        while (counts[mode] != most) {
            mode++;
        }
        return mode == own;
    }

    /**
     * Applies {@code pass} to what the last pass kept, as imbalanced-learn's RepeatedEditedNearestNeighbours and
     * AllKNN do, pass {@code i} (from 0) judging rows by {@code neighbours.applyAsInt(i)} neighbours. It stops after
     * {@code passes} passes or after the pass that removes nothing ({@code untilUnchanged}), leaves a class other than
     * the minority ({@link #firstMinority}) smaller than the minority was at the start (unless {@code
     * allowMinority}), or removes a class; that pass's removals stand.
     *
     * @return the rows kept, ascending
     */
    int[] repeat(EditedNearestNeighbours pass, int passes, IntUnaryOperator neighbours, boolean untilUnchanged,
                 boolean allowMinority, String step) {
        int minority = firstMinority();
        int minoritySize = members(minority).length;
        int[] rows = rows();
        for (int i = 0; i < passes; i++) {
            int[] kept = pass.edit(this, rows, neighbours.applyAsInt(i), step);
            boolean unchanged = kept.length == rows.length;
            rows = kept;
            if ((untilUnchanged && unchanged) || (!allowMinority && belowMinority(rows, minority, minoritySize))
                    || IntStream.of(sizes(rows)).anyMatch(size -> size == 0)) {
                break;
            }
        }
        Arrays.sort(rows);
        return rows;
    }

    /** Whether a class other than {@code minority} has fewer of {@code rows} than {@code minoritySize}, yet some. */
    private boolean belowMinority(int[] rows, int minority, int minoritySize) {
        int[] sizes = sizes(rows);
        for (int c = 0; c < sizes.length; c++) {
            if (c != minority && sizes[c] > 0 && sizes[c] < minoritySize) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class a {@code k}-nearest-neighbour vote among {@code candidates} gives each row of {@code queries}, as
     * scikit-learn's {@code KNeighborsClassifier} fitted on them predicts: a query's own row counts where it is a
     * candidate, a row listed twice votes twice, and where classes tie for most votes the first in class order wins.
     * Equal distances go to the candidate that comes first in {@code candidates}.
     *
     * @param candidates table rows, in the order that breaks ties
     * @return each query's predicted class index
     * @throws IllegalArgumentException if there are fewer candidates than {@code k}
     */
    int[] classify(int[] queries, int[] candidates, int k, int nJobs, String step) {
        if (candidates.length < k) {
            throw new IllegalArgumentException(step + ": " + candidates.length + " row(s) to classify by, too few for "
                    + k + " neighbour(s) (imbalanced-learn fails too): lower nNeighbors to at most "
                    + candidates.length);
        }
        int[][] neighbours = Neighbourhood.of(features.values(), features.columns(), queries, candidates, k, false,
                nJobs).neighbours();
        int[] predicted = new int[queries.length];
        int[] votes = new int[classes.names().size()];
        for (int i = 0; i < queries.length; i++) {
            Arrays.fill(votes, 0);
            for (int row : neighbours[i]) {
                votes[codes[row]]++;
            }
            for (int c = 1; c < votes.length; c++) {
                predicted[i] = votes[c] > votes[predicted[i]] ? c : predicted[i];
            }
        }
        return predicted;
    }

    /**
     * For each row of {@code bases}, its {@code k} nearest rows among {@code candidates} besides itself (table row
     * indexes, nearest first), as imbalanced-learn finds them: k + 1 neighbours, the row itself dropped. Equal
     * distances go to the candidate that comes first in {@code candidates}.
     *
     * @param bases      table rows, each among the candidates
     * @param candidates table rows, in the order that breaks ties
     * @throws IllegalArgumentException if there are not more candidates than {@code k}
     */
    int[][] neighbours(int[] bases, int[] candidates, int k, int nJobs, String step) {
        if (candidates.length <= k) {
            throw new IllegalArgumentException(step + ": " + candidates.length + " row(s), too few for " + k
                    + " neighbour(s) of each row besides itself (imbalanced-learn fails too): "
                    + (candidates.length > 1 ? "lower nNeighbors to at most " + (candidates.length - 1) + " or " : "")
                    + "give more rows");
        }
        return Neighbourhood.of(features.values(), features.columns(), bases, candidates, k, true, nJobs)
                .neighbours();
    }
}
