package io.github.prepkit.resample;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.ClassLabels;
import java.util.List;
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

    /** Each class's size, in class order. */
    int[] sizes() {
        int[] sizes = new int[members.length];
        for (int k = 0; k < members.length; k++) {
            sizes[k] = members[k].length;
        }
        return sizes;
    }

    /** The rows of class {@code k}, in row order; the array is this object's own. */
    int[] members(int k) {
        return members[k];
    }
}
