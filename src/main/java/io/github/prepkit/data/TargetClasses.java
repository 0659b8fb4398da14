package io.github.prepkit.data;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.Column;

/**
 * The classes a classifier learned: the target column's name and type, and its distinct values sorted as
 * scikit-learn sorts {@code classes_} (numbers numerically, strings alphabetically). {@link #decode} turns class
 * indexes back into a column of the target's own type and name, so predictions look like the target, also after a
 * model has been rebuilt from its state (an integer target stays integer). Immutable.
 */
public final class TargetClasses {

    private final Column<?> template;
    private final List<Object> values;
    private final List<String> names;

    private TargetClasses(Column<?> template, List<Object> values, List<String> names) {
        this.template = template;
        this.values = values;
        this.names = names;
    }

    /**
     * The classes {@code values} of a target column named {@code target} of type {@code type}.
     *
     * @param target the target column's name
     * @param type   its Tablesaw column type
     * @param values the distinct classes in increasing order, each of the column type's own value class
     *               ({@code Integer} for {@code INTEGER}, {@code String} for {@code STRING}...)
     * @throws IllegalArgumentException if there is no class, a class is null, not of the type (a whole number for a
     *                                  float type), repeated or out of order, naming it
     */
    public static TargetClasses of(String target, ColumnType type, List<?> values) {
        Checks.notNull(target, "target name");
        Checks.notNull(type, "target type");
        Checks.notNull(values, "classes");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("TargetClasses: target '" + target + "' needs at least one class");
        }
        Column<?> template = type.create(target);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            Object value = Checks.notNull(values.get(k), "class " + k + " of target '" + target + "'");
            append(template, value, target);
            if (ClassLabels.FLOATING.contains(type) && !ClassLabels.isWhole(((Number) value).doubleValue())) {
                throw new IllegalArgumentException("TargetClasses: class " + value + " of target '" + target
                        + "' is not a whole number; a float target's classes are");
            }
            names.add(template.getString(k));
            if (k > 0 && compare(values.get(k - 1), value) >= 0) {
                throw new IllegalArgumentException("TargetClasses: the classes of target '" + target
                        + "' must be distinct and increasing, found " + values.get(k - 1) + " before " + value);
            }
        }
        return new TargetClasses(template.emptyCopy(), List.copyOf(values), List.copyOf(names));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void append(Column template, Object value, String target) {
        try {
            template.appendObj(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("TargetClasses: class " + value + " (" + value.getClass().getSimpleName()
                    + ") does not fit target '" + target + "' of type " + template.type().name(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object earlier, Object later) {
        return ((Comparable) earlier).compareTo(later);
    }

    /** The target column's name, which predictions carry. */
    public String target() {
        return template.name();
    }

    /** The target column's type, which predictions keep. */
    public ColumnType type() {
        return template.type();
    }

    /** The classes as values of the target's type, in index order. */
    public List<Object> values() {
        return values;
    }

    /** The classes as text, in index order, formatted as the target column formats them. */
    public List<String> names() {
        return names;
    }

    /** The number of classes. */
    public int count() {
        return values.size();
    }

    /**
     * A new column of the target's type and name holding the class of each index in {@code indexes}.
     *
     * @param indexes class indexes into {@link #values()}
     * @return a column of as many values
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Column<?> decode(int[] indexes) {
        Column column = template.emptyCopy();
        for (int k : indexes) {
            column.appendObj(values.get(k));
        }
        return column;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetClasses classes && target().equals(classes.target())
                && type().equals(classes.type()) && values.equals(classes.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@code target (TYPE): [class, ...]}. */
    @Override
    public String toString() {
        return target() + " (" + type().name() + "): " + names;
    }
}
