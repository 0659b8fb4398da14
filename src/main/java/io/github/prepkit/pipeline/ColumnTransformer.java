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
import java.util.Optional;
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
 * prefixed ({@code numeric__age}, its {@code verbose_feature_names_out=True}), the names the transformers give are
 * kept by default, so that tables keep the names they had before the option existed; two outputs of the same name
 * then fail at transform, naming both groups. {@link #verboseFeatureNamesOut(boolean)} gives scikit-learn's
 * {@code <group>__<column>} names ({@code remainder__<column>} for the passed-through columns).
 * {@link ColumnTransformerModel#featureNamesOut()} says the output names without a table. It is itself a
 * {@link Transformer}, so it goes in a {@link Pipeline}.
 *
 * @param groups                 the named column groups, in output order
 * @param remainder              what happens to the columns no group names (default {@link Remainder#DROP}, as
 *                               scikit-learn)
 * @param verboseFeatureNamesOut whether each output column's name is prefixed by its group's name and {@code __}
 *                               (default false; scikit-learn's default is true)
 */
public record ColumnTransformer(List<Group> groups, Remainder remainder, boolean verboseFeatureNamesOut)
        implements Transformer<ColumnTransformerModel> {

    private static final String STEP = "ColumnTransformer";

    /** What happens to the columns that no group names. */
    public enum Remainder {
        /** They are left out of the output (scikit-learn's default {@code remainder="drop"}). */
        DROP,
        /** They follow the groups' outputs unchanged, in table order ({@code remainder="passthrough"}). */
        PASSTHROUGH
    }

    /**
     * A named group of columns, named or chosen at fit by a selector, and the transformers applied to them in order.
     *
     * @param name         the group's name, for messages
     * @param columns      the columns the chain sees, in that order; empty when a selector chooses them
     * @param selector     the selector that chooses the columns at fit, or empty when they are named
     * @param transformers the chain; empty passes the columns through
     */
    public record Group(String name, List<String> columns, Optional<ColumnSelector> selector,
            List<Transformer<?>> transformers) {

        /**
         * Validates and freezes the lists.
         *
         * @throws IllegalArgumentException if a part is null, or there is neither a column nor a selector, or both
         */
        public Group {
            Checks.notNull(name, STEP + " group name");
            columns = Checks.columnNames(columns, STEP + " group '" + name + "'");
            Checks.notNull(selector, STEP + " group '" + name + "' selector");
            if (columns.isEmpty() == selector.isEmpty()) {
                throw new IllegalArgumentException(STEP + ": group '" + name + "' must name at least one column or"
                        + " give a selector, " + (columns.isEmpty() ? "found neither" : "not both"));
            }
            transformers = Checks.noNulls(transformers, STEP + " group '" + name + "' transformers");
        }

        /** A group of the named columns. */
        public Group(String name, List<String> columns, List<Transformer<?>> transformers) {
            this(name, columns, Optional.empty(), transformers);
        }

        /** The columns of {@code schema} the chain sees: the named ones, or those the selector picks. */
        List<String> columns(Schema schema) {
            return selector.map(chooser -> chooser.select(schema)).orElse(columns);
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

    /** No group, remainder dropped, names unprefixed: add groups with {@link #add}. */
    public ColumnTransformer() {
        this(List.of(), Remainder.DROP, false);
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
        return new ColumnTransformer(more, remainder, verboseFeatureNamesOut);
    }

    /**
     * A copy with one more group: the columns {@code selector} picks at fit, in table order, through
     * {@code transformers} in order. Unlike scikit-learn, which skips a selector that picks nothing, fit then fails.
     *
     * @param name         the group's name, unique, for messages
     * @param selector     chooses the columns at fit, on the table seen; the fitted model remembers them
     * @param transformers the chain; none passes the columns through
     * @throws IllegalArgumentException if the name is used already, or the selector or a transformer is null
     */
    public ColumnTransformer add(String name, ColumnSelector selector, Transformer<?>... transformers) {
        List<Group> more = new ArrayList<>(groups);
        more.add(new Group(name, List.of(), Optional.of(Checks.notNull(selector, "selector")),
                Checks.asList(STEP + " group '" + name + "' transformers", transformers)));
        return new ColumnTransformer(more, remainder, verboseFeatureNamesOut);
    }

    /**
     * A copy that drops or passes through the columns no group names.
     *
     * @param remainder {@link Remainder#DROP} (default) or {@link Remainder#PASSTHROUGH}
     */
    public ColumnTransformer remainder(Remainder remainder) {
        return new ColumnTransformer(groups, remainder, verboseFeatureNamesOut);
    }

    /**
     * A copy that names each output column {@code <group>__<column>} ({@code remainder__<column>} for a column passed
     * through), as scikit-learn's {@code verbose_feature_names_out=True}, or ({@code false}, the default) keeps the
     * names the transformers give.
     */
    public ColumnTransformer verboseFeatureNamesOut(boolean verboseFeatureNamesOut) {
        return new ColumnTransformer(groups, remainder, verboseFeatureNamesOut);
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
        Schema schema = Schema.of(table);
        List<List<String>> columns = new ArrayList<>();
        List<List<TransformerModel>> fitted = new ArrayList<>();
        for (Group group : groups) {
            List<String> chosen = group.columns(schema);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException(STEP + ": group '" + group.name() + "': its selector "
                        + group.selector().orElseThrow() + " picks none of the columns " + schema.names());
            }
            columns.add(chosen);
            Table current = part(table, group.name(), chosen);
            List<TransformerModel> chain = new ArrayList<>();
            for (Transformer<?> transformer : group.transformers()) {
                if (!chain.isEmpty()) {
                    current = chain.get(chain.size() - 1).transform(current);
                }
                chain.add(transformer.fit(current));
            }
            fitted.add(chain);
        }
        return ColumnTransformerModel.of(this, schema, columns, fitted);
    }

    /** The columns {@code names} of {@code table}, those of group {@code group}, as a new table sharing them. */
    static Table part(Table table, String group, List<String> names) {
        List<Column<?>> columns = new ArrayList<>();
        for (String name : names) {
            try {
                columns.add(Columns.column(table, name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(STEP + ": group '" + group + "': " + e.getMessage(), e);
            }
        }
        return Table.create(table.name(), columns);
    }
}
