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
    private static final String REMAINDER = "remainder";

    /**
     * One group of a fitted column transformer.
     *
     * @param name    the group's name
     * @param columns the columns its chain sees, in that order (those its selector picked at fit, if it has one)
     * @param chain   its fitted transformers, in order; empty passes the columns through
     */
    public record FittedGroup(String name, List<String> columns, List<TransformerModel> chain) {
    }

    private final ColumnTransformer estimator;
    private final Schema schema;
    private final List<List<String>> columns;
    private final List<List<TransformerModel>> chains;
    private final List<String> passthrough;

    private ColumnTransformerModel(ColumnTransformer estimator, Schema schema, List<List<String>> columns,
            List<List<TransformerModel>> chains) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.chains = chains;
        Set<String> named = new HashSet<>();
        columns.forEach(named::addAll);
        this.passthrough = estimator.remainder() == Remainder.PASSTHROUGH
                ? schema.names().stream().filter(name -> !named.contains(name)).toList() : List.of();
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, when every group names its columns: one fitted
     * chain per group, in group order, each with one fitted transformer per transformer of the group.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param chains    per group, in group order, its fitted transformers in order
     * @throws IllegalArgumentException as {@link #of(ColumnTransformer, Schema, List, List)}, or if a group has a
     *                                  selector (give the columns it chose)
     */
    public static ColumnTransformerModel of(ColumnTransformer estimator, Schema schema,
            List<List<TransformerModel>> chains) {
        Checks.notNull(estimator, STEP + ": estimator");
        for (Group group : estimator.groups()) {
            if (group.selector().isPresent()) {
                throw new IllegalArgumentException(STEP + ": group '" + group.name() + "' has a selector; give the"
                        + " columns it chose at fit");
            }
        }
        return of(estimator, schema, estimator.groups().stream().map(Group::columns).toList(), chains);
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}: per group, in group order, the columns its chain
     * sees (named, or picked by its selector on the schema) and its fitted chain, one fitted transformer per
     * transformer of the group.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   per group, in group order, its columns in order
     * @param chains    per group, in group order, its fitted transformers in order
     * @throws IllegalArgumentException if a part is null, a group's columns are not in the schema or not the ones it
     *                                  names or its selector picks on the schema, or the number of groups or of a
     *                                  chain's transformers differs from the estimator's
     */
    public static ColumnTransformerModel of(ColumnTransformer estimator, Schema schema, List<List<String>> columns,
            List<List<TransformerModel>> chains) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(columns, STEP + ": columns");
        Checks.notNull(chains, STEP + ": chains");
        List<Group> groups = estimator.groups();
        if (chains.size() != groups.size()) {
            throw new IllegalArgumentException(STEP + ": " + groups.size() + " groups but " + chains.size()
                    + " fitted chains");
        }
        if (columns.size() != groups.size()) {
            throw new IllegalArgumentException(STEP + ": " + groups.size() + " groups but " + columns.size()
                    + " lists of columns");
        }
        List<List<TransformerModel>> copies = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            List<String> chosen = List.copyOf(Checks.noNulls(columns.get(g), STEP + ": columns of group '"
                    + group.name() + "'"));
            for (String column : chosen) {
                if (!schema.contains(column)) {
                    throw new IllegalArgumentException(STEP + ": group '" + group.name() + "' names column '" + column
                            + "', which is not among the fitted columns " + schema);
                }
            }
            if (chosen.isEmpty() || !chosen.equals(group.columns(schema))) {
                throw new IllegalArgumentException(STEP + ": group '" + group.name() + "' must see the columns "
                        + group.columns(schema) + (group.selector().isPresent() ? ", which its selector picks" : "")
                        + ", found " + chosen);
            }
            names.add(chosen);
            List<TransformerModel> chain = Checks.notNull(chains.get(g), STEP + ": chain of group '" + group.name() + "'");
            if (chain.size() != group.transformers().size()) {
                throw new IllegalArgumentException(STEP + ": group '" + group.name() + "' has "
                        + group.transformers().size() + " transformers but " + chain.size() + " fitted ones");
            }
            chain.forEach(model -> Checks.notNull(model, STEP + ": a fitted transformer of group '" + group.name() + "'"));
            copies.add(List.copyOf(chain));
        }
        return new ColumnTransformerModel(estimator, schema, List.copyOf(names), List.copyOf(copies));
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
            groups.add(new FittedGroup(group.name(), columns.get(g), chains.get(g)));
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
            Table current = ColumnTransformer.part(table, groups.get(g).name(), columns.get(g));
            for (TransformerModel model : chains.get(g)) {
                current = model.transform(current);
            }
            if (current.columnCount() > 0 && current.rowCount() != table.rowCount()) {
                throw new IllegalArgumentException(STEP + ": group '" + groups.get(g).name() + "' returned "
                        + current.rowCount() + " rows for " + table.rowCount());
            }
            for (Column<?> column : current.columns()) {
                // a chain's output may share a column with the input: copy it before renaming it
                Column<?> out = groups.get(g).transformers().isEmpty() || estimator.verboseFeatureNamesOut()
                        ? column.copy() : column;
                result.addColumns(out.setName(outputName(groups.get(g).name(), column.name(), producer)));
            }
        }
        for (String name : passthrough) {
            result.addColumns(table.column(name).copy().setName(outputName(REMAINDER, name, producer)));
        }
        return result;
    }

    /**
     * The name of column {@code column} of group {@code group} in the output (prefixed {@code <group>__} with
     * {@code verboseFeatureNamesOut}), recorded in {@code producer}.
     *
     * @throws IllegalArgumentException if an earlier group gave a column of that name, naming both groups
     */
    private String outputName(String group, String column, Map<String, String> producer) {
        String name = estimator.verboseFeatureNamesOut() ? group + "__" + column : column;
        String earlier = producer.putIfAbsent(name, group);
        if (earlier != null) {
            throw new IllegalArgumentException(STEP + ": column '" + name + "' comes out of both '" + earlier
                    + "' and '" + group + "'; rename one, or leave the column out of one group");
        }
        return name;
    }

    /**
     * The names of {@link #transform}'s columns, in order, known from the fitted chains without transforming a table
     * (each fitted transformer says its own, {@link TransformerModel#featureNamesOut(List)}, from its input names), as
     * scikit-learn's {@code get_feature_names_out}: the groups' outputs in group order, then the passed-through columns;
     * prefixed {@code <group>__} ({@code remainder__}) with {@code verboseFeatureNamesOut}.
     *
     * @return the output names, unmodifiable
     * @throws IllegalArgumentException if two outputs share a name, naming both groups
     */
    public List<String> featureNamesOut() {
        Map<String, String> producer = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int g = 0; g < chains.size(); g++) {
            Group group = estimator.groups().get(g);
            List<String> current = columns.get(g);
            for (TransformerModel model : chains.get(g)) {
                current = model.featureNamesOut(current);
            }
            current.forEach(column -> names.add(outputName(group.name(), column, producer)));
        }
        passthrough.forEach(column -> names.add(outputName(REMAINDER, column, producer)));
        return List.copyOf(names);
    }

    /**
     * {@link #featureNamesOut()}: the output does not depend on the order of the input columns.
     *
     * @throws IllegalArgumentException if {@code inputNames} are not the fitted columns
     */
    @Override
    public List<String> featureNamesOut(List<String> inputNames) {
        if (inputNames == null || inputNames.size() != schema.size()
                || !new HashSet<>(inputNames).equals(new HashSet<>(schema.names()))) {
            throw new IllegalArgumentException(STEP + ".featureNamesOut: the input names must be the fitted columns "
                    + schema.names() + " in some order, found " + inputNames);
        }
        return featureNamesOut();
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
