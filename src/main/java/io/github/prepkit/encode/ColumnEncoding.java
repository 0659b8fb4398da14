package io.github.prepkit.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.columns.Column;

/**
 * How one column becomes its dummy columns: the levels seen at fit and, for each level and for a missing
 * value, which dummy column gets the 1 (or none). The dummy columns are, in this order, one per frequent
 * level, {@code <column>_nan} when missing values get their own column, and {@code <column>_infrequent}
 * when some level was infrequent; dropping the first removes the first of these.
 */
final class ColumnEncoding {

    private static final System.Logger LOG = System.getLogger(OneHotEncoderModel.class.getName());
    private static final int NONE = -1;

    private final String column;
    private final Levels levels;
    private final List<String> infrequentLevels;
    private final int[] dummyOfLevel;
    private final int dummyOfMissing;
    private final List<String> dummyNames;
    private final String dropped;

    private ColumnEncoding(String column, Levels levels, List<String> infrequentLevels, int[] dummyOfLevel,
            int dummyOfMissing, List<String> dummyNames, String dropped) {
        this.column = column;
        this.levels = levels;
        this.infrequentLevels = infrequentLevels;
        this.dummyOfLevel = dummyOfLevel;
        this.dummyOfMissing = dummyOfMissing;
        this.dummyNames = dummyNames;
        this.dropped = dropped;
    }

    /**
     * Lays out the dummy columns of column {@code name} with {@code levels}, of which {@code infrequentLevels} are
     * grouped, as {@code encoder} asks.
     */
    static ColumnEncoding of(String name, Levels levels, List<String> infrequentLevels, OneHotEncoder encoder) {
        Set<String> grouped = Set.copyOf(infrequentLevels);
        int count = levels.names().size();
        boolean[] infrequent = new boolean[count];
        int[] dummyOfLevel = new int[count];
        List<String> dummyNames = new ArrayList<>();
        for (int level = 0; level < count; level++) {
            infrequent[level] = grouped.contains(levels.names().get(level));
            if (!infrequent[level]) {
                dummyOfLevel[level] = add(dummyNames, name + "_" + levels.names().get(level));
            }
        }
        int dummyOfMissing = encoder.dummyNa() ? add(dummyNames, name + "_nan") : NONE;
        if (!infrequentLevels.isEmpty()) {
            int dummyOfInfrequent = add(dummyNames, name + "_infrequent");
            for (int level = 0; level < count; level++) {
                dummyOfLevel[level] = infrequent[level] ? dummyOfInfrequent : dummyOfLevel[level];
            }
        }
        String dropped = null;
        if (encoder.dropFirst() && !dummyNames.isEmpty()) {
            dropped = dummyNames.remove(0);
            for (int level = 0; level < count; level++) {
                dummyOfLevel[level] = withoutFirst(dummyOfLevel[level]);
            }
            dummyOfMissing = withoutFirst(dummyOfMissing);
        }
        return new ColumnEncoding(name, levels, List.copyOf(infrequentLevels), dummyOfLevel, dummyOfMissing,
                List.copyOf(dummyNames), dropped);
    }

    /** Appends {@code name} and returns its index. */
    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }

    /** The index a dummy column has once the first one is dropped; the first one itself goes to {@link #NONE}. */
    private static int withoutFirst(int dummy) {
        return dummy <= 0 ? NONE : dummy - 1;
    }

    /** The encoded column's name. */
    String column() {
        return column;
    }

    /** Every level seen at fit, sorted, infrequent ones included. */
    List<String> levels() {
        return levels.names();
    }

    /** The levels grouped into {@code <column>_infrequent}, sorted. */
    List<String> infrequentLevels() {
        return infrequentLevels;
    }

    /** The names of the dummy columns, in order. */
    List<String> dummyNames() {
        return dummyNames;
    }

    /**
     * The 0/1 dummy columns of {@code values}, which must be of the kind seen at fit.
     *
     * @throws IllegalArgumentException with {@link HandleUnknown#ERROR}, at the first level not seen at fit
     */
    List<IntColumn> encode(Column<?> values, HandleUnknown handleUnknown, String step) {
        int rows = values.size();
        int[] levelOf = levels.indexes(values);
        int[][] dummies = new int[dummyNames.size()][rows];
        int unknown = 0;
        int firstUnknown = NONE;
        for (int row = 0; row < rows; row++) {
            int level = levelOf[row];
            int dummy;
            if (level >= 0) {
                dummy = dummyOfLevel[level];
            } else if (level == Levels.MISSING) {
                dummy = dummyOfMissing;
            } else {
                if (handleUnknown == HandleUnknown.ERROR) {
                    throw unknownLevel(values, row, step);
                }
                firstUnknown = firstUnknown == NONE ? row : firstUnknown;
                unknown++;
                dummy = NONE;
            }
            if (dummy != NONE) {
                dummies[dummy][row] = 1;
            }
        }
        if (unknown > 0 && dropped != null) {
            warnAllZeros(values, unknown, firstUnknown, step);
        }
        List<IntColumn> columns = new ArrayList<>(dummies.length);
        for (int dummy = 0; dummy < dummies.length; dummy++) {
            columns.add(IntColumn.create(dummyNames.get(dummy), dummies[dummy]));
        }
        return columns;
    }

    /** scikit-learn's warning: with a dropped column, an unseen level's all zeros cannot be told from the dropped level's. */
    private void warnAllZeros(Column<?> values, int unknown, int firstUnknown, String step) {
        LOG.log(System.Logger.Level.WARNING, () -> step + ": column '" + column + "' has " + unknown
                + " row(s) with a level not seen at fit (first: '" + levels.nameAt(values, firstUnknown)
                + "'); they are encoded as all zeros, like the dropped column '" + dropped + "'");
    }

    private IllegalArgumentException unknownLevel(Column<?> values, int row, String step) {
        List<String> seen = levels.names();
        String shown = seen.size() <= 20 ? String.join(", ", seen)
                : String.join(", ", seen.subList(0, 20)) + ", ... (" + seen.size() + " levels)";
        return new IllegalArgumentException(step + ": column '" + column + "' has level '" + levels.nameAt(values, row)
                + "' at row " + row + ", not seen at fit (levels seen: [" + shown
                + "]); use handleUnknown(IGNORE) to encode unseen levels as all zeros");
    }
}
