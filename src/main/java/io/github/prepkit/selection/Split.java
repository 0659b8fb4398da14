package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;

/**
 * A table split in two, as {@link TrainTestSplit} returns it.
 *
 * @param train the rows to fit on
 * @param test  the rows to score on
 */
public record Split(Table train, Table test) {

    /** Fails on a missing part. */
    public Split {
        Checks.notNull(train, "train");
        Checks.notNull(test, "test");
    }
}
