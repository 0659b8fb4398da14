package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.linalg.CrossProducts;
import io.github.prepkit.internal.linalg.LeastSquares;
import io.github.prepkit.stats.LinearFit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class RoundRobinTest {

    private static final double NaN = Double.NaN;

    @Test
    void eachRegressionFitsTheKnownRowsOfItsColumnOnTheCurrentValuesOfTheOthers() {
        Table table = Table.create("t",
                DoubleColumn.create("a", new double[] {1, 2, NaN, 4, 5, 7}),
                DoubleColumn.create("b", new double[] {2, NaN, 5, 9, 9, 15}));
        ImputationMatrix matrix = new ImputationMatrix(Columns.rowMajor(table, List.of("a", "b"), "Test"), 6, 2,
                new double[] {3.8, 8});
        List<RoundRobin.Step> steps = new RoundRobin(matrix, LeastSquares::fit).round(new int[] {1, 0});

        // b on a over rows 0, 2, 3, 4, 5, with a's gap at its fill 3.8
        LinearFit b = LeastSquares.fit(CrossProducts.of(new double[] {1, 3.8, 4, 5, 7}, 1,
                new double[] {2, 5, 9, 9, 15}));
        assertEquals(1, steps.get(0).target());
        assertEquals(b.intercept(), steps.get(0).intercept(), 1e-12);
        assertArrayEquals(new double[] {b.coefficients()[0], 0}, steps.get(0).weights(), 1e-12);
        double imputedB = b.predict(new double[] {2});
        assertEquals(imputedB, matrix.values[3], 1e-12);

        // then a on b over rows 0, 1, 3, 4, 5, seeing b's new value in row 1
        LinearFit a = LeastSquares.fit(CrossProducts.of(new double[] {2, imputedB, 9, 9, 15}, 1,
                new double[] {1, 2, 4, 5, 7}));
        assertEquals(a.intercept(), steps.get(1).intercept(), 1e-12);
        assertEquals(a.predict(new double[] {5}), matrix.values[4], 1e-12);
        assertArrayEquals(a.coefficients(), steps.get(1).fit().coefficients(), 1e-12);
    }
}
