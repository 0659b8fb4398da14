package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class SGDRegressorModelTest {

    private static final Table LINE = Table.create("t", DoubleColumn.create("x", -1, 0, 1, 2),
            DoubleColumn.create("y", -1, 1, 3, 5));

    @Test
    void predictsWithTheDescentsCoefficients() {
        SGDRegressorModel model = new SGDRegressor().learningRate(LearningRate.constant(0.05)).tol(0).alpha(0)
                .maxIter(3000).fit(LINE, "y");
        assertArrayEquals(new double[] {2}, model.coefficients(), 1e-3);
        assertEquals(1, model.intercept(), 1e-3);
        assertArrayEquals(new double[] {7, -3}, model.predict(Table.create("q", DoubleColumn.create("x", 3, -2)))
                .asDoubleArray(), 1e-2);
    }

    @Test
    void reportsItsEpochsAndLossHistory() {
        SGDRegressorModel model = new SGDRegressor().maxIter(4).tol(0).fit(LINE, "y");
        assertEquals(4, model.nIter());
        assertFalse(model.converged(), "stopped at maxIter");
        double[] history = model.lossHistory();
        history[0] = -1;
        assertEquals(4, model.lossHistory().length);
        assertEquals(model.lossHistory()[0] > 0, true, "a copy");
    }
}
