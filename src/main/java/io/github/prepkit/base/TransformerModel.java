package io.github.prepkit.base;

import tech.tablesaw.api.Table;

/** A fitted preprocessing step: immutable, it applies what it learned to any table of the fitted schema. */
public interface TransformerModel extends Model {

    /**
     * Returns a new table with the step applied; {@code table} is not modified.
     *
     * @param table a table with exactly the columns seen at fit, in any order
     * @return the transformed table, a new one
     * @throws IllegalArgumentException if the table's columns differ from the ones seen at fit, naming the column
     */
    Table transform(Table table);
}
