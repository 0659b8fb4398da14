package io.github.prepkit.base;

import io.github.prepkit.data.Schema;
import java.util.HashSet;
import java.util.List;
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

    /**
     * The names of the columns {@link #transform} gives, in order, for a table whose columns come in the order
     * {@code inputNames}, as scikit-learn's {@code get_feature_names_out(input_features)}: known from the fitted state
     * alone. By default a table of no rows with the fitted columns in that order is transformed and its names read;
     * a model whose transform needs rows says the names itself.
     *
     * @param inputNames the fitted columns' names, each once, in the order a table would hold them
     * @return the output names, unmodifiable
     * @throws IllegalArgumentException if {@code inputNames} are not the fitted columns, naming the difference
     */
    default List<String> featureNamesOut(List<String> inputNames) {
        Schema schema = schema();
        if (inputNames == null || inputNames.size() != schema.size()
                || !new HashSet<>(inputNames).equals(new HashSet<>(schema.names()))) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".featureNamesOut: the input names must be"
                    + " the fitted columns " + schema.names() + " in some order, found " + inputNames);
        }
        Table empty = Table.create("names");
        for (String name : inputNames) {
            empty.addColumns(schema.type(name).create(name));
        }
        return List.copyOf(transform(empty).columnNames());
    }
}
