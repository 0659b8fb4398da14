package io.github.prepkit.internal.csv;

/**
 * The primitive arrays of one column of the whole table, one per number type, each made on first use: every block
 * parses its rows straight into them at its first row, so that no block holds arrays of its own to join up and
 * collect (see {@link BlockColumn}).
 */
final class ColumnArrays {

    private final int rows;
    private int[] ints;
    private long[] longs;
    private double[] doubles;

    /** Arrays of {@code rows} values. */
    ColumnArrays(int rows) {
        this.rows = rows;
    }

    /** The int[], long[] or double[] for type {@code type} of {@code candidates}; null for other types. */
    synchronized Object of(int type, Candidates candidates) {
        if (type == candidates.integer) {
            ints = ints == null ? new int[rows] : ints;
            return ints;
        }
        if (type == candidates.longInteger) {
            longs = longs == null ? new long[rows] : longs;
            return longs;
        }
        if (type == candidates.floating) {
            doubles = doubles == null ? new double[rows] : doubles;
            return doubles;
        }
        return null;
    }
}
