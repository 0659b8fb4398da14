package io.github.prepkit.scale;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.scale.Normalizer.Norm;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NormalizerTest {

    /** Rows (3, 4), (-4, 2), (0, 0), (1, 3); a string column between. */
    private static Table table() {
        return Table.create("t", DoubleColumn.create("a", new double[] {3, -4, 0, 1}),
                StringColumn.create("name", "p", "q", "r", "s"), IntColumn.create("b", new int[] {4, 2, 0, 3}));
    }

    private static double[] column(Table table, String name) {
        return table.doubleColumn(name).asDoubleArray();
    }

    @Test
    void theL2NormIsTheDefault() {
        Table normalised = new Normalizer().fitTransform(table());
        // (3, 4) / 5; (-4, 2) / sqrt(20); (0, 0) stays; (1, 3) / sqrt(10)
        assertArrayEquals(new double[] {0.6, -4 / Math.sqrt(20), 0, 1 / Math.sqrt(10)}, column(normalised, "a"), 1e-15);
        assertArrayEquals(new double[] {0.8, 2 / Math.sqrt(20), 0, 3 / Math.sqrt(10)}, column(normalised, "b"), 1e-15);
        assertEquals(List.of("a", "name", "b"), normalised.columnNames());
        assertEquals(ColumnType.DOUBLE, normalised.column("b").type());
    }

    @Test
    void theL1AndMaxNormsDivideByTheSumAndTheLargestMagnitude() {
        Table l1 = new Normalizer().norm(Norm.L1).fitTransform(table());
        assertArrayEquals(new double[] {3 / 7.0, -4 / 6.0, 0, 0.25}, column(l1, "a"), 1e-15);
        assertArrayEquals(new double[] {4 / 7.0, 2 / 6.0, 0, 0.75}, column(l1, "b"), 1e-15);
        Table max = new Normalizer().norm(Norm.MAX).fitTransform(table());
        assertArrayEquals(new double[] {0.75, -1, 0, 1 / 3.0}, column(max, "a"), 1e-15);
        assertArrayEquals(new double[] {1, 0.5, 0, 1}, column(max, "b"), 1e-15);
    }

    @Test
    void aRowWhoseNormIsBelowTenMachineEpsilonsStaysAsItIs() {
        // scikit-learn's _handle_zeros_in_scale: a norm below 10 * eps counts as 0, and the row is divided by 1
        Table tiny = Table.create("t", DoubleColumn.create("a", new double[] {1e-17, 1e-14}),
                DoubleColumn.create("b", new double[] {-1e-17, 0}));
        Table normalised = new Normalizer().fitTransform(tiny);
        assertArrayEquals(new double[] {1e-17, 1}, column(normalised, "a"));
        assertArrayEquals(new double[] {-1e-17, 0}, column(normalised, "b"));
    }

    @Test
    void aNormBeyondTheDoubleRangeStillNormalisesTheRow() {
        // scikit-learn: the norms overflow to inf and the rows become 0; prepkit gives their true values
        Table huge = Table.create("t", DoubleColumn.create("a", new double[] {1e200, 1e308, Double.MAX_VALUE}),
                DoubleColumn.create("b", new double[] {-1e200, 1e308, 1}));
        Table l2 = new Normalizer().fitTransform(huge);
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(0.5), 1}, column(l2, "a"), 1e-15);
        assertArrayEquals(new double[] {-Math.sqrt(0.5), Math.sqrt(0.5), 0}, column(l2, "b"), 1e-15);
        Table l1 = new Normalizer().norm(Norm.L1).fitTransform(huge);
        assertArrayEquals(new double[] {0.5, 0.5, 1}, column(l1, "a"), 1e-15);
        assertArrayEquals(new double[] {-0.5, 0.5, 0}, column(l1, "b"), 1e-15);
        Table max = new Normalizer().norm(Norm.MAX).fitTransform(huge);
        assertArrayEquals(new double[] {1, 1, 1}, column(max, "a"), 1e-15);
    }

    @Test
    void columnsNarrowsTheNormAndOthersPassThrough() {
        Table normalised = new Normalizer().norm(Norm.MAX).columns("a").fitTransform(table());
        assertArrayEquals(new double[] {1, -1, 0, 1}, column(normalised, "a"));
        assertEquals(ColumnType.INTEGER, normalised.column("b").type());
    }

    @Test
    void aMissingValueIsRefusedNamingTheColumnAndRowAtFitAndTransform() {
        Table gap = Extremes.withValue(table(), "a", 2, Double.NaN);
        assertRejected(() -> new Normalizer().fit(gap), "Normalizer: column 'a' has a missing value in row 2",
                "impute");
        NormalizerModel model = new Normalizer().fit(table());
        assertRejected(() -> model.transform(gap), "NormalizerModel.transform: column 'a' has a missing value in row 2");
        // a column that does not count may have gaps
        Table other = new Normalizer().columns("b").fitTransform(gap);
        assertEquals(1, other.column("a").countMissing());
    }

    @Test
    void theInputIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        Normalizer normalizer = new Normalizer();
        normalizer.norm(Norm.L1).columns("a", "b").fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(Norm.L2, normalizer.norm());
        assertEquals(List.of(), normalizer.columns());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertRejected(() -> new Normalizer().norm(null), "Normalizer: norm must not be null");
        assertRejected(() -> new Normalizer().fit(table().emptyCopy()), "Normalizer: cannot fit on an empty table");
        assertRejected(() -> new Normalizer().columns("name").fit(table()),
                "Normalizer: column 'name' must be numeric, found STRING");
        Extremes.assertRefusesInfinity(() -> new Normalizer().fit(Extremes.withValue(table(), "a", 3,
                Double.POSITIVE_INFINITY)), "Normalizer", "a", 3);
    }
}
