package io.github.prepkit.pipeline;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.pipeline.ColumnTransformer.Group;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A fitted {@link ColumnTransformer}: each group's fitted chain, and the columns passed through. */
public final class ColumnTransformerModel implements TransformerModel {

    private static final String STEP = "ColumnTransformerModel";

    private final Schema schema;
    private final List<Group> groups;
    private final List<List<TransformerModel>> chains;
    private final List<String> passthrough;

    ColumnTransformerModel(Schema schema, List<Group> groups, List<List<TransformerModel>> chains, List<String> passthrough) {
        this.schema = schema;
        this.groups = List.copyOf(groups);
        this.chains = chains.stream().map(List::copyOf).toList();
        this.passthrough = List.copyOf(passthrough);
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The columns that follow the groups' outputs unchanged (empty when the remainder is dropped). */
    public List<String> passthrough() {
        return passthrough;
    }

    /**
     * A new table: each group's columns through its fitted chain, side by side in group order, then the passed-through
     * columns (copies); {@code table} is not modified.
     *
     * A group whose chain gives no column (a {@code MissingIndicator} on columns that had no gap at fit) adds nothing.
     *
     * @throws IllegalArgumentException if the columns differ from the ones seen at fit, a chain changes the number of
     *                                  rows, or two outputs share a name (naming both groups)
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP);
        Table result = Table.create(table.name());
        Map<String, String> producer = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            Table current = ColumnTransformer.part(table, groups.get(g));
            for (TransformerModel model : chains.get(g)) {
                current = model.transform(current);
            }
            if (current.columnCount() > 0 && current.rowCount() != table.rowCount()) {
                throw new IllegalArgumentException(STEP + ": group '" + groups.get(g).name() + "' returned "
                        + current.rowCount() + " rows for " + table.rowCount());
            }
            for (Column<?> column : current.columns()) {
                add(result, column, groups.get(g).name(), producer, groups.get(g).transformers().isEmpty());
            }
        }
        for (String name : passthrough) {
            add(result, table.column(name), "remainder", producer, true);
        }
        return result;
    }

    private static void add(Table result, Column<?> column, String group, Map<String, String> producer, boolean copy) {
        String earlier = producer.putIfAbsent(column.name(), group);
        if (earlier != null) {
            throw new IllegalArgumentException(STEP + ": column '" + column.name() + "' comes out of both '" + earlier
                    + "' and '" + group + "'; rename one, or leave the column out of one group");
        }
        result.addColumns(copy ? column.copy() : column);
    }
}
