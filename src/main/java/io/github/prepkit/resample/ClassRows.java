package io.github.prepkit.resample;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.ClassLabels;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/** A table's rows grouped by the class of its target column, what every sampler starts from. */
final class ClassRows {

    private final ClassLabels labels;
    private final int[][] members;

    private ClassRows(ClassLabels labels, int[][] members) {
        this.labels = labels;
        this.members = members;
    }

    /**
     * The classes of column {@code target} of {@code data} and the rows of each, in row order.
     *
     * @throws IllegalArgumentException if the target is missing, has a missing value, is continuous or has a single
     *                                  class (there is nothing to balance; imbalanced-learn fails too)
     */
    static ClassRows of(Table data, String target, String step) {
        ClassLabels labels = ClassLabels.of(Columns.column(data, target), step);
        if (labels.count() < 2) {
            throw ClassLabels.singleClass(step, target, labels.names().get(0));
        }
        return new ClassRows(labels, labels.members());
    }

    /** The class names, in class order. */
    List<String> names() {
        return labels.names();
    }

    /** Each row's class, as its index in class order, a new array. */
    int[] codes() {
        return labels.codes();
    }

    /** The class values (as the target column holds them), in class order. */
    List<Object> values() {
        return labels.classes().values();
    }

    /** Each class's size, in class order. */
    int[] sizes() {
        int[] sizes = new int[members.length];
        for (int k = 0; k < members.length; k++) {
            sizes[k] = members[k].length;
        }
        return sizes;
    }

    /**
     * The smallest class, as imbalanced-learn's prototype samplers take it ({@code min} over a {@code Counter}): on a
     * tie, the class whose first row comes first in the table, not the first in class order.
     */
    int minority() {
        int minority = 0;
        for (int k = 1; k < members.length; k++) {
            int size = members[k].length;
            int least = members[minority].length;
            if (size < least || size == least && members[k][0] < members[minority][0]) {
                minority = k;
            }
        }
        return minority;
    }

    /**
     * The rows an under-sampler keeps, ascending: the union over the classes, in class order, of {@code kept.apply(k)},
     * the rows class {@code k} keeps.
     */
    int[] keptRows(IntFunction<int[]> kept) {
        boolean[] isKept = new boolean[labels.codes().length];
        for (int k = 0; k < members.length; k++) {
            for (int row : kept.apply(k)) {
                isKept[row] = true;
            }
        }
        return IntStream.range(0, isKept.length).filter(i -> isKept[i]).toArray();
    }

    /** The rows of class {@code k}, in row order; the array is this object's own. */
    int[] members(int k) {
        return members[k];
    }
}
