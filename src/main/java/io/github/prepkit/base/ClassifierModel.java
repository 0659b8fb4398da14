package io.github.prepkit.base;

import io.github.prepkit.data.TargetClasses;
import java.util.List;
import tech.tablesaw.api.Table;

/** A fitted classifier: besides the predicted class, the probability of every class. */
public interface ClassifierModel extends PredictorModel {

    /** The classes seen at fit, sorted (numbers numerically, strings alphabetically), with the target's name and type. */
    TargetClasses targetClasses();

    /** The classes seen at fit, sorted (numbers numerically, strings alphabetically), as text. */
    default List<String> classes() {
        return targetClasses().names();
    }

    /**
     * For each row of {@code features}, the probability of each class: one double column per class, named as in
     * {@link #classes()} and in that order; each row sums to 1.
     *
     * @param features a table with exactly the fitted feature columns, in any order
     * @return a new table of one probability column per class, one row per row of {@code features}
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    Table predictProba(Table features);
}
