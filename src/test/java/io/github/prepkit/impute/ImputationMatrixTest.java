package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class ImputationMatrixTest {

    private static final double NaN = Double.NaN;

    private static ImputationMatrix matrix() {
        IntColumn n = IntColumn.create("n", new int[] {1, 2, 3});
        n.setMissing(2);
        Table table = Table.create("t", DoubleColumn.create("x", new double[] {NaN, -7, NaN}), n);
        return new ImputationMatrix(Columns.rowMajor(table, List.of("x", "n"), "Test"), 3, 2, new double[] {10, 20});
    }

    @Test
    void holdsTheColumnsRowMajorWithTheGapsFilledAndRemembered() {
        ImputationMatrix matrix = matrix();
        assertEquals(3, matrix.rows);
        assertEquals(2, matrix.width);
        assertArrayEquals(new double[] {10, 1, -7, 2, 10, 20}, matrix.values);
        assertArrayEquals(new int[] {0, 2}, matrix.missingRows[0]);
        assertArrayEquals(new int[] {2}, matrix.missingRows[1]);
        assertEquals(7, matrix.largestKnownMagnitude(), "the fill values do not count");
    }

    @Test
    void imputeOverwritesOnlyTheGapsOfItsColumn() {
        ImputationMatrix matrix = matrix();
        matrix.impute(0, 0.5, new double[] {0, 2});
        assertArrayEquals(new double[] {2.5, 1, -7, 2, 40.5, 20}, matrix.values);
    }

    @Test
    void largestRowChangeSumsOverTheRowAndTakesTheLargest() {
        ImputationMatrix matrix = matrix();
        double[] previous = matrix.values.clone();
        matrix.values[4] += 1;
        matrix.values[5] -= 2;
        matrix.values[0] += 2.5;
        assertEquals(3, matrix.largestRowChange(previous));
    }

    @Test
    void toColumnsGivesOneDoubleColumnPerName() {
        var columns = matrix().toColumns(List.of("x", "n"));
        assertArrayEquals(new double[] {10, -7, 10}, columns.get("x").get(0).asDoubleArray());
        assertArrayEquals(new double[] {1, 2, 20}, columns.get("n").get(0).asDoubleArray());
    }
}
