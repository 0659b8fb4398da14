package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Checks where synthetic rows lie, independently of the samplers' own neighbour search: neighbours by brute force
 * over every pair, and the segment test by projection.
 */
final class Segments {

    private static final double TOLERANCE = 1e-9;

    private Segments() {
    }

    /** Rows {@code from .. to - 1} of the numeric {@code columns} of {@code table}, one array a row. */
    static double[][] points(Table table, List<String> columns, int from, int to) {
        double[][] points = new double[to - from][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            NumericColumn<?> column = (NumericColumn<?>) table.column(columns.get(j));
            for (int i = from; i < to; i++) {
                points[i - from][j] = column.getDouble(i);
            }
        }
        return points;
    }

    /** The rows of {@code table} whose column {@code target} reads {@code label}, as indexes. */
    static int[] rowsOf(Table table, String target, String label) {
        return IntStream.range(0, table.rowCount()).filter(i -> table.column(target).getString(i).equals(label)).toArray();
    }

    /** Asserts that {@code resampled} has, of each class, the count {@code expected} (a reference case's map) gives. */
    static void assertClassCounts(Table resampled, String target, Object expected) {
        @SuppressWarnings("unchecked")
        Map<String, Number> counts = (Map<String, Number>) expected;
        for (var count : counts.entrySet()) {
            assertEquals(count.getValue().intValue(), rowsOf(resampled, target, count.getKey()).length, count.getKey());
        }
    }

    /** For each point of {@code among}, the indexes of its {@code k} nearest other points of {@code among}. */
    static int[][] neighbours(double[][] among, int k) {
        int[][] neighbours = new int[among.length][];
        for (int i = 0; i < among.length; i++) {
            double[] point = among[i];
            int self = i;
            neighbours[i] = IntStream.range(0, among.length).filter(j -> j != self).boxed()
                    .sorted(Comparator.comparingDouble(j -> squaredDistance(point, among[j])))
                    .limit(k).mapToInt(Integer::intValue).toArray();
        }
        return neighbours;
    }

    /** For each point of {@code from}, the indexes of its {@code k} nearest points of {@code to}. */
    static int[][] neighbours(double[][] from, double[][] to, int k) {
        int[][] neighbours = new int[from.length][];
        for (int i = 0; i < from.length; i++) {
            double[] point = from[i];
            neighbours[i] = IntStream.range(0, to.length).boxed()
                    .sorted(Comparator.comparingDouble(j -> squaredDistance(point, to[j])))
                    .limit(k).mapToInt(Integer::intValue).toArray();
        }
        return neighbours;
    }

    /**
     * Whether {@code point} lies on a segment from some {@code bases[i]} towards one of {@code partners} indexed by
     * {@code neighbours[i]}, at a step in [0, maxStep).
     */
    static boolean onSomeSegment(double[] point, double[][] bases, double[][] partners, int[][] neighbours,
                                 double maxStep) {
        for (int i = 0; i < bases.length; i++) {
            for (int j : neighbours[i]) {
                if (onSegment(point, bases[i], partners[j], maxStep)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code point} = a + u (b - a) for some u in [0, maxStep), within rounding. */
    static boolean onSegment(double[] point, double[] a, double[] b, double maxStep) {
        double along = 0;
        double length = 0;
        for (int j = 0; j < a.length; j++) {
            along += (point[j] - a[j]) * (b[j] - a[j]);
            length += (b[j] - a[j]) * (b[j] - a[j]);
        }
        double u = length == 0 ? 0 : along / length;
        if (u < -TOLERANCE || u >= maxStep + TOLERANCE) {
            return false;
        }
        for (int j = 0; j < a.length; j++) {
            double expected = a[j] + u * (b[j] - a[j]);
            if (Math.abs(point[j] - expected) > TOLERANCE * (1 + Math.abs(a[j]) + Math.abs(b[j]))) {
                return false;
            }
        }
        return true;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return sum;
    }

    /** The rows of {@code points} at {@code indexes}. */
    static double[][] pick(double[][] points, int[] indexes) {
        return Arrays.stream(indexes).mapToObj(i -> points[i]).toArray(double[][]::new);
    }
}
