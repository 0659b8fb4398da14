package io.github.prepkit.selection;

import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A way to cut rows into cross-validation folds: {@link KFold}, {@link StratifiedKFold}, {@link RepeatedStratifiedKFold}. */
public interface CrossValidator {

    /**
     * The folds for {@code features} and {@code target} (one value per row); every row is in exactly one fold's test
     * part per round.
     *
     * @throws IllegalArgumentException if the rows cannot be cut into the folds asked for
     */
    List<Fold> split(Table features, Column<?> target);
}
