package io.github.prepkit.linear;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
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

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table diabetes = Datasets.load("diabetes");
        SGDRegressorModel model = new SGDRegressor().fit(diabetes, "progression");
        SGDRegressorModel rebuilt = SGDRegressorModel.of(model.estimator(), model.schema(), model.target(),
                model.coefficients(), model.intercept(), model.lossHistory(), model.converged());
        Table features = Columns.without(diabetes, "progression");
        assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
        assertArrayEquals(model.lossHistory(), rebuilt.lossHistory());
        assertEquals(model.nIter(), rebuilt.nIter());
        assertEquals(model.converged(), rebuilt.converged());
        assertEquals(new SGDRegressor(), rebuilt.estimator());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        SGDRegressor sgd = new SGDRegressor().maxIter(10);
        Schema schema = Schema.of(List.of("x"), List.of(ColumnType.DOUBLE));
        double[] w = {2};
        double[] losses = {3, 2, 1};
        assertRejected(() -> SGDRegressorModel.of(sgd, schema, "y", w, 1, new double[0], true),
                "SGDRegressorModel: a descent runs from 1 to maxIter = 10 epochs", "found 0 epochs");
        assertRejected(() -> SGDRegressorModel.of(sgd, schema, "y", w, 1, new double[11], true), "found 11 epochs");
        assertRejected(() -> SGDRegressorModel.of(sgd, schema, "y", w, 1, losses, false),
                "all of them unless it converged; found 3 epochs, converged false");
        assertRejected(() -> SGDRegressorModel.of(sgd, schema, "y", w, 1, new double[] {3, Double.NaN}, true),
                "SGDRegressorModel: lossHistory must be finite, found NaN at index 1");
        assertRejected(() -> SGDRegressorModel.of(sgd, schema, "y", w, 1, null, true),
                "SGDRegressorModel: lossHistory must not be null");
        assertRejected(() -> SGDRegressorModel.of(sgd, schema, "y", new double[] {2, 3}, 1, losses, true),
                "SGDRegressorModel: coefficients must hold 1 values, found 2");
        assertRejected(() -> SGDRegressorModel.of(sgd.fitIntercept(false), schema, "y", w, 1, losses, true),
                "fitIntercept is false; found 1.0");
    }

    @Test
    void itPrintsItsCoefficientsAndEpochs() {
        Schema schema = Schema.of(List.of("x"), List.of(ColumnType.DOUBLE));
        assertEquals("SGDRegressorModel on [x]: target y, coefficients [2.001], intercept 0.5, 2 epochs",
                SGDRegressorModel.of(new SGDRegressor(), schema, "y", new double[] {2.0012}, 0.5, new double[] {3, 2},
                        true).toString());
        assertEquals("SGDRegressorModel on [x]: target y, coefficients [2], intercept 0, 2 epochs, not converged",
                SGDRegressorModel.of(new SGDRegressor().maxIter(2), schema, "y", new double[] {2}, 0,
                        new double[] {3, 2}, false).toString());
    }
}
