package io.github.prepkit.pipeline;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.pipeline.ColumnTransformer.Group;
import io.github.prepkit.pipeline.ColumnTransformer.Remainder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A fitted {@link ColumnTransformer}: each group's fitted chain, and the columns passed through. */
public final class ColumnTransformerModel implements TransformerModel {

    private static final String STEP = "ColumnTransformerModel";

    /**
     * One group of a fitted column transformer.
     *
     * @param name    the group's name
     * @param columns the columns its chain sees, in that order
     * @param chain   its fitted transformers, in order; empty passes the columns through
     */
    public record FittedGroup(String name, List<String> columns, List<TransformerModel> chain) {
    }

    private final ColumnTransformer estimator;
    private final Schema schema;
    private final List<List<TransformerModel>> chains;
    private final List<String> passthrough;

    private ColumnTransformerModel(ColumnTransformer estimator, Schema schema, List<List<TransformerModel>> chains) {
        this.estimator = estimator;
        this.schema = schema;
        this.chains = chains;
        Set<String> named = new HashSet<>();
        estimator.groups().forEach(group -> named.addAll(group.columns()));
        this.passthrough = estimator.remainder() == Remainder.PASSTHROUGH
                ? schema.names().stream().filter(name -> !named.contains(name)).toList() : List.of();
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}: one fitted chain per group, in group order,
     * each with one fitted transformer per transformer of the group.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param chains    per group, in group order, its fitted transformers in order
     * @throws IllegalArgumentException if a part is null, a group's column is not in the schema, or the number of
     *                                  chains or of a chain's transformers differs from the estimator's
     */
    public static ColumnTransformerModel of(ColumnTransformer estimator, Schema schema,
            List<List<TransformerModel>> chains) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(chains, STEP + ": chains");
        List<Group> groups = estimator.groups();
        if (chains.size() != groups.size()) {
            throw new IllegalArgumentException(STEP + ": " + groups.size() + " groups but " + chains.size()
                    + " fitted chains");
        }
        List<List<TransformerModel>> copies = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            for (String column : group.columns()) {
                if (!schema.contains(column)) {
                    throw new IllegalArgumentException(STEP + ": group '" + group.name() + "' names column '" + column
                            + "', which is not among the fitted columns " + schema);
                }
            }
            List<TransformerModel> chain = Checks.notNull(chains.get(g), STEP + ": chain of group '" + group.name() + "'");
            if (chain.size() != group.transformers().size()) {
                throw new IllegalArgumentException(STEP + ": group '" + group.name() + "' has "
                        + group.transformers().size() + " transformers but " + chain.size() + " fitted ones");
            }
            chain.forEach(model -> Checks.notNull(model, STEP + ": a fitted transformer of group '" + group.name() + "'"));
            copies.add(List.copyOf(chain));
        }
        return new ColumnTransformerModel(estimator, schema, List.copyOf(copies));
    }

    /** The estimator this model was fitted with. */
    public ColumnTransformer estimator() {
        return estimator;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    /** The groups with their columns and fitted chains, in output order. */
    public List<FittedGroup> groups() {
        List<FittedGroup> groups = new ArrayList<>();
        for (int g = 0; g < chains.size(); g++) {
            Group group = estimator.groups().get(g);
            groups.add(new FittedGroup(group.name(), group.columns(), chains.get(g)));
        }
        return List.copyOf(groups);
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
        List<Group> groups = estimator.groups();
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

    /** The type and the columns, then each group on a line of its own with its fitted chain. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(schema.names()) + groups().stream()
                .map(group -> "\n  " + group.name() + " " + Summary.names(group.columns()) + ": "
                        + (group.chain().isEmpty() ? "passthrough" : group.chain().stream().map(Object::toString)
                        .collect(Collectors.joining(" -> "))))
                .collect(Collectors.joining())
                + (passthrough.isEmpty() ? "" : "\n  remainder " + Summary.names(passthrough) + ": passthrough");
    }
}
