package io.github.prepkit.pipeline;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Different chains of transformers for different lists of columns, their outputs joined side by side, as
 * scikit-learn's {@code ColumnTransformer}:
 * <pre>{@code
 * new ColumnTransformer()
 *         .add("numeric", List.of("age", "fare"), new SimpleImputer().strategy(MEDIAN), new StandardScaler())
 *         .add("categorical", List.of("sex", "port"), new SimpleImputer().strategy(MOST_FREQUENT), new OneHotEncoder())
 *         .remainder(Remainder.PASSTHROUGH);
 * }</pre>
 * Each group's chain sees only the group's columns (so {@code new StandardScaler()} scales exactly those), fitted
 * one transformer on the previous one's output. The output holds the groups' outputs in group order, then, with
 * {@link Remainder#PASSTHROUGH}, the columns no group names, in table order. A group with no transformer passes its
 * columns through; a column may belong to several groups. Unlike scikit-learn, whose default output names are
 * prefixed ({@code numeric__age}), the names the transformers give are kept, and two outputs of the same name fail
 * at transform, naming both groups. It is itself a {@link Transformer}, so it goes in a {@link Pipeline}.
 *
 * @param groups    the named column groups, in output order
 * @param remainder what happens to the columns no group names (default {@link Remainder#DROP}, as scikit-learn)
 */
public record ColumnTransformer(List<Group> groups, Remainder remainder) implements Transformer<ColumnTransformerModel> {

    private static final String STEP = "ColumnTransformer";

    /** What happens to the columns that no group names. */
    public enum Remainder {
        /** They are left out of the output (scikit-learn's default {@code remainder="drop"}). */
        DROP,
        /** They follow the groups' outputs unchanged, in table order ({@code remainder="passthrough"}). */
        PASSTHROUGH
    }

    /**
     * A named group of columns and the transformers applied to them in order.
     *
     * @param name         the group's name, for messages
     * @param columns      the columns the chain sees, in that order
     * @param transformers the chain; empty passes the columns through
     */
    public record Group(String name, List<String> columns, List<Transformer<?>> transformers) {

        /** Validates and freezes the lists. */
        public Group {
            Checks.notNull(name, STEP + " group name");
            columns = Checks.columnNames(columns, STEP + " group '" + name + "'");
            if (columns.isEmpty()) {
                throw new IllegalArgumentException(STEP + ": group '" + name + "' must name at least one column");
            }
            transformers = Checks.noNulls(transformers, STEP + " group '" + name + "' transformers");
        }
    }

    /** Validates the groups (unique names) and the remainder. */
    public ColumnTransformer {
        groups = Checks.noNulls(groups, STEP + " groups");
        Checks.notNull(remainder, STEP + " remainder");
        Set<String> names = new HashSet<>();
        for (Group group : groups) {
            if (!names.add(group.name())) {
                throw new IllegalArgumentException(STEP + ": group name '" + group.name() + "' is used twice");
            }
        }
    }

    /** No group, remainder dropped: add groups with {@link #add}. */
    public ColumnTransformer() {
        this(List.of(), Remainder.DROP);
    }

    /**
     * A copy with one more group: {@code columns} through {@code transformers} in order.
     *
     * @param name         the group's name, unique, for messages
     * @param columns      the exact names of the columns the chain sees, at least one, in that order
     * @param transformers the chain; none passes the columns through
     * @throws IllegalArgumentException if the name is used already, there is no column, or a name or transformer is
     *                                  null
     */
    public ColumnTransformer add(String name, List<String> columns, Transformer<?>... transformers) {
        List<Group> more = new ArrayList<>(groups);
        more.add(new Group(name, columns, Checks.asList(STEP + " group '" + name + "' transformers", transformers)));
        return new ColumnTransformer(more, remainder);
    }

    /**
     * A copy that drops or passes through the columns no group names.
     *
     * @param remainder {@link Remainder#DROP} (default) or {@link Remainder#PASSTHROUGH}
     */
    public ColumnTransformer remainder(Remainder remainder) {
        return new ColumnTransformer(groups, remainder);
    }

    /**
     * Fits each group's chain on the group's columns of {@code table}, each transformer on the previous one's output;
     * the table is not modified. O(the chains' own costs): each transformer but a chain's last transforms the
     * training columns once, for the next one to fit on.
     *
     * @throws IllegalArgumentException if there is no group, the table is empty, a named column is missing, or a
     *                                  transformer fails
     */
    @Override
    public ColumnTransformerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": add at least one group of columns before fitting");
        }
        List<List<TransformerModel>> fitted = new ArrayList<>();
        for (Group group : groups) {
            Table current = part(table, group);
            List<TransformerModel> chain = new ArrayList<>();
            for (Transformer<?> transformer : group.transformers()) {
                if (!chain.isEmpty()) {
                    current = chain.get(chain.size() - 1).transform(current);
                }
                chain.add(transformer.fit(current));
            }
            fitted.add(chain);
        }
        return ColumnTransformerModel.of(this, Schema.of(table), fitted);
    }

    /** The group's columns of {@code table} as a new table sharing them, in the group's order. */
    static Table part(Table table, Group group) {
        List<Column<?>> columns = new ArrayList<>();
        for (String name : group.columns()) {
            try {
                columns.add(Columns.column(table, name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(STEP + ": group '" + group.name() + "': " + e.getMessage(), e);
            }
        }
        return Table.create(table.name(), columns);
    }
}
