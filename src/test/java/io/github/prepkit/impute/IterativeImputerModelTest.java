package io.github.prepkit.impute;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.IterativeImputer.Estimator;
import io.github.prepkit.impute.IterativeImputer.ImputationOrder;
import io.github.prepkit.impute.IterativeImputerModel.ImputationStep;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.stats.LinearFit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class IterativeImputerModelTest {

    private static final double NaN = Double.NaN;

    /**
     * x1 = 2 x0 + 1 exactly where it is known (rows 0, 2, 3, 5); x0 and x2 have no gap. Mean fill: x0 3.5, x1 8,
     * x2 0.5. The ascending order visits x0, x2 (no gaps) and then x1 (two gaps).
     */
    private static Table train() {
        return Table.create("train",
                IntColumn.create("x0", new int[] {1, 2, 3, 4, 5, 6}),
                StringColumn.create("tag", "a", "b", "c", "d", "e", "f"),
                DoubleColumn.create("x1", new double[] {3, NaN, 7, 9, NaN, 13}),
                DoubleColumn.create("x2", new double[] {1, 0, 1, 0, 0, 1}));
    }

    private static Table later(double[] x0, double[] x1, double[] x2) {
        return Table.create("later", DoubleColumn.create("x0", x0), StringColumn.create("tag", new String[x0.length]),
                DoubleColumn.create("x1", x1), DoubleColumn.create("x2", x2));
    }

    /*
     * sklearn: IterativeImputer(estimator=LinearRegression(), random_state=0).fit(X) with X = train() without tag:
     * n_iter_ 2, initial_imputer_.statistics_ [3.5, 8, 0.5]; imputation_sequence_ (feat_idx, intercept_, coef_):
     * (0, -0.5, [0.5, 0]), (2, 0.6538461538461536, [0, -0.0192307692]), (1, 1.0, [2, 0]),
     * (0, -0.5, [0.5, 0]), (2, 0.6114285714285713, [-0.00571429, -0.01142857]), (1, 1.0, [2, 0]);
     * transform([[10, nan, 1], [nan, 9, 0]]) = [[10, 21, 1], [4, 9, 0]]
     */
    private static IterativeImputerModel model() {
        return new IterativeImputer().estimator(Estimator.LINEAR_REGRESSION).fit(train());
    }

    @Test
    void accessorsHoldTheColumnsTheRoundsAndTheInitialFill() {
        IterativeImputerModel model = model();
        assertEquals(List.of("x0", "x1", "x2"), model.columns());
        assertEquals(2, model.iterations());
        assertArrayEquals(new double[] {3.5, 8, 0.5}, model.initialStatistics());
    }

    @Test
    void theSequenceHoldsOneRegressionPerColumnAndRoundOnTheOtherColumnsInOrder() {
        List<ImputationStep> sequence = model().imputationSequence();
        assertEquals(List.of("x0", "x2", "x1", "x0", "x2", "x1"), sequence.stream().map(ImputationStep::column).toList());
        // x1 on (x0, x2) over its known rows: exactly 1 + 2 x0 + 0 x2, in both rounds
        for (ImputationStep step : List.of(sequence.get(2), sequence.get(5))) {
            assertEquals(1, step.fit().intercept(), 1e-12);
            assertArrayEquals(new double[] {2, 0}, step.fit().coefficients(), 1e-12);
        }
        // round 2: x0 on (x1, x2), with x1 now imputed on its line: x0 = -0.5 + 0.5 x1
        assertEquals(-0.5, sequence.get(3).fit().intercept(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0}, sequence.get(3).fit().coefficients(), 1e-12);
        // round 1: x2 on (x0, x1), as scikit-learn
        assertEquals(0.6538461538461536, sequence.get(1).fit().intercept(), 1e-12);
        assertArrayEquals(new double[] {0, -0.0192307692}, sequence.get(1).fit().coefficients(), 1e-10);
    }

    @Test
    void returnedArraysAndListsCannotChangeTheModel() {
        IterativeImputerModel model = model();
        model.initialStatistics()[1] = 0;
        assertEquals(8, model.initialStatistics()[1]);
        assertThrows(UnsupportedOperationException.class, () -> model.columns().add("tag"));
        assertThrows(UnsupportedOperationException.class, () -> model.imputationSequence().clear());
    }

    @Test
    void transformReplaysTheRegressionsOnRowsNotSeenAtFit() {
        // x1 = 1 + 2 * 10 = 21; x0 = -0.5 + 0.5 * 9 = 4 (the last regression of x0)
        Table filled = model().transform(later(new double[] {10, NaN}, new double[] {NaN, 9}, new double[] {1, 0}));
        assertArrayEquals(new double[] {10, 4}, filled.doubleColumn("x0").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {21, 9}, filled.doubleColumn("x1").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {1, 0}, filled.doubleColumn("x2").asDoubleArray());
    }

    @Test
    void theTrainingTableComesOutOnTheLine() {
        // scikit-learn's transform(X): x1 = 5 and 11 in rows 1 and 4
        Table filled = model().transform(train());
        assertArrayEquals(new double[] {3, 5, 7, 9, 11, 13}, filled.doubleColumn("x1").asDoubleArray(), 1e-12);
    }

    @Test
    void theOutputKeepsNameAndOrderAndTurnsImputedIntegersIntoDoubles() {
        Table filled = model().transform(train());
        assertEquals("train", filled.name());
        assertEquals(List.of("x0", "tag", "x1", "x2"), filled.columnNames());
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.STRING, ColumnType.DOUBLE, ColumnType.DOUBLE),
                filled.columns().stream().map(column -> column.type()).toList());
        assertEquals(train().stringColumn("tag").asList(), filled.stringColumn("tag").asList());
    }

    @Test
    void aSecondCallGivesTheSameTable() {
        IterativeImputerModel model = new IterativeImputer().fit(train());
        Table gaps = later(new double[] {NaN, 2}, new double[] {NaN, NaN}, new double[] {NaN, 1});
        assertEquals(model.transform(gaps).printAll(), model.transform(gaps).printAll());
    }

    @Test
    void transformLeavesTheInputAlone() {
        assertInputUnchanged(later(new double[] {NaN, 2}, new double[] {4, NaN}, new double[] {1, 1}), model()::transform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        IterativeImputerModel model = model();
        assertRejected(() -> model.transform(train().removeColumns("tag")), "column 'tag' is missing");
        assertRejected(() -> model.transform(train().addColumns(DoubleColumn.create("x3", new double[6]))),
                "IterativeImputerModel.transform: the table does not match", "column 'x3' was not seen at fit");
        assertRejected(() -> model.transform(train().replaceColumn("x2", StringColumn.create("x2", "1", "0", "1", "0", "0", "1"))),
                "column 'x2' was DOUBLE at fit, found STRING");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table gaps = later(new double[] {NaN, 2, 30, NaN}, new double[] {NaN, NaN, 4, 1}, new double[] {1, NaN, NaN, NaN});
        IterativeImputer linear = new IterativeImputer().estimator(Estimator.LINEAR_REGRESSION);
        for (IterativeImputer imputer : List.of(new IterativeImputer(), linear,
                new IterativeImputer().imputationOrder(ImputationOrder.RANDOM).seed(3).maxIter(4).tol(0),
                linear.imputationOrder(ImputationOrder.ARABIC).initialStrategy(Strategy.MEDIAN),
                linear.imputationOrder(ImputationOrder.DESCENDING).initialStrategy(Strategy.CONSTANT).tol(0),
                new IterativeImputer().columns("x2", "x1"), new IterativeImputer().columns("x1"))) {
            IterativeImputerModel model = imputer.fit(train());
            IterativeImputerModel rebuilt = IterativeImputerModel.of(model.estimator(), model.schema(), model.columns(),
                    model.initialStatistics(), model.imputationSequence());
            assertTableIdentical(model.transform(gaps), rebuilt.transform(gaps));
            assertEquals(model.iterations(), rebuilt.iterations());
            assertEquals(imputer, rebuilt.estimator());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        IterativeImputerModel model = model();
        IterativeImputer imputer = model.estimator();
        Schema schema = model.schema();
        List<String> columns = List.of("x0", "x1", "x2");
        double[] fill = {3.5, 8, 0.5};
        List<ImputationStep> sequence = model.imputationSequence();
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, new double[] {3.5, 8}, sequence),
                "IterativeImputerModel: initialStatistics must hold 3 values, found 2");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, new double[] {3.5, NaN, 1}, sequence),
                "IterativeImputerModel: initialStatistics must be finite, found NaN at index 1");
        assertRejected(() -> IterativeImputerModel.of(imputer.initialStrategy(Strategy.CONSTANT), schema, columns, fill,
                sequence), "the initial statistic of column 'x0' must be 0 with initial strategy CONSTANT, found 3.5");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, List.of("x0", "tag", "x2"), fill, sequence),
                "IterativeImputerModel: column 'tag' must be numeric, found STRING");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill, sequence.subList(0, 5)),
                "IterativeImputerModel: imputationSequence must hold whole rounds of 3 regressions, at most maxIter = 10,"
                + " found 5");
        assertRejected(() -> IterativeImputerModel.of(imputer.maxIter(1), schema, columns, fill, sequence),
                "at most maxIter = 1, found 6");
        assertRejected(() -> IterativeImputerModel.of(imputer.columns("x1"), schema, List.of("x1"), new double[] {8},
                sequence.subList(2, 3)), "imputationSequence must hold no regression with fewer than 2 columns, found 1");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 0, new ImputationStep("tag", sequence.get(0).fit()))),
                "IterativeImputerModel: imputationSequence regression 0 imputes column 'tag', not one of [x0, x1, x2]");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 0, new ImputationStep(null, sequence.get(0).fit()))),
                "imputationSequence regression 0 imputes column 'null', not one of [x0, x1, x2]");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 2, new ImputationStep("x1", new LinearFit(1, new double[] {2})))),
                "imputationSequence regression 2 coefficients must hold 2 values, found 1");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 2, new ImputationStep("x1", new LinearFit(1, new double[] {2, NaN})))),
                "imputationSequence regression 2 coefficients must be finite, found NaN at index 1");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 4, new ImputationStep("x2", new LinearFit(Double.NEGATIVE_INFINITY, new double[2])))),
                "imputationSequence regression 4 intercept must be finite, found -Infinity");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 1, new ImputationStep("x2", null))),
                "imputationSequence regression 1 fit must not be null");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill, replaced(sequence, 1, null)),
                "imputationSequence regression 1 must not be null");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill,
                replaced(sequence, 1, new ImputationStep("x0", sequence.get(0).fit()))),
                "IterativeImputerModel: imputationSequence round 1 regresses [x0, x0, x1], but imputation order ASCENDING"
                + " regresses each column once, the same in every round");
        List<ImputationStep> reordered = List.of(sequence.get(0), sequence.get(1), sequence.get(2), sequence.get(4),
                sequence.get(3), sequence.get(5));
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill, reordered),
                "imputationSequence round 2 regresses [x2, x0, x1], but imputation order ASCENDING regresses [x0, x2, x1],"
                + " the same in every round");
        assertRejected(() -> IterativeImputerModel.of(imputer.imputationOrder(ImputationOrder.ROMAN), schema, columns,
                fill, sequence), "round 1 regresses [x0, x2, x1], but imputation order ROMAN regresses [x0, x1, x2]");
        assertRejected(() -> IterativeImputerModel.of(imputer, schema, columns, fill, null),
                "IterativeImputerModel: imputationSequence must not be null");
    }

    /** {@code sequence} with regression {@code index} replaced by {@code step}. */
    private static List<ImputationStep> replaced(List<ImputationStep> sequence, int index, ImputationStep step) {
        List<ImputationStep> copy = new ArrayList<>(sequence);
        copy.set(index, step);
        return copy;
    }

    @Test
    void itPrintsItsTypeColumnsInitialStatisticsAndIterations() {
        assertEquals("IterativeImputerModel on [x0, x1, x2]: initialStatistics [3.5, 8, 0.5], iterations 2",
                model().toString());
    }
}
