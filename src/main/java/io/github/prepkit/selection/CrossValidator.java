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
     * @param features the feature columns; only their row count is read
     * @param target   the target, one value per row; the stratified folds read its classes
     * @return the folds, in order
     * @throws IllegalArgumentException if the rows cannot be cut into the folds asked for
     */
    List<Fold> split(Table features, Column<?> target);
}
