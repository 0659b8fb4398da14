package io.github.prepkit.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.columns.Column;

/**
 * A classification target encoded as class indexes: the distinct values of the target column, sorted as
 * scikit-learn sorts its {@code classes_} (numbers numerically, strings alphabetically), and each row's index
 * into them. {@link #decode} turns indexes back into a column of the target's own type and name, so a
 * classifier's predictions look like its target.
 */
public final class ClassLabels {

    private final Column<?> template;
    private final List<Object> classes;
    private final List<String> names;
    private final int[] codes;

    private ClassLabels(Column<?> template, List<Object> classes, List<String> names, int[] codes) {
        this.template = template;
        this.classes = classes;
        this.names = names;
        this.codes = codes;
    }

    /**
     * Encodes {@code target}.
     *
     * @param step names the model in error messages
     * @throws IllegalArgumentException if the target has a missing value or fewer than one row
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ClassLabels of(Column<?> target, String step) {
        Checks.notNull(target, "target");
        int missing = Columns.countMissing(target);
        if (missing > 0) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + missing
                    + " missing value(s); drop those rows or impute the target first");
        }
        if (target.isEmpty()) {
            throw new IllegalArgumentException(step + ": cannot fit on an empty target column '" + target.name() + "'");
        }
        List<Object> classes = new ArrayList<>(target.unique().asList());
        Collections.sort((List) classes);
        Map<Object, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        int[] codes = new int[target.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.get(target.get(i));
        }
        Column<?> template = target.emptyCopy();
        List<String> names = new ArrayList<>();
        for (Object value : classes) {
            ((Column) template).appendObj(value);
            names.add(template.getString(template.size() - 1));
        }
        return new ClassLabels(template.emptyCopy(), List.copyOf(classes), List.copyOf(names), codes);
    }

    /** The number of classes. */
    public int count() {
        return classes.size();
    }

    /** The classes as text, in index order, formatted as the target column formats them. */
    public List<String> names() {
        return names;
    }

    /** Each row's class index; a copy. */
    public int[] codes() {
        return codes.clone();
    }

    /** A new column of the target's type and name holding the class of each index in {@code indexes}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Column<?> decode(int[] indexes) {
        Column column = template.emptyCopy();
        for (int k : indexes) {
            column.appendObj(classes.get(k));
        }
        return column;
    }
}
