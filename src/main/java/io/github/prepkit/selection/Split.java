package io.github.prepkit.selection;

import tech.tablesaw.api.Table;

/**
 * A table split in two, as {@link TrainTestSplit} returns it.
 *
 * @param train the rows to fit on
 * @param test  the rows to score on
 */
public record Split(Table train, Table test) {
}
