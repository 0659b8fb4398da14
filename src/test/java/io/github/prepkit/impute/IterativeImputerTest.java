package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.impute.IterativeImputer.Estimator;
import io.github.prepkit.impute.IterativeImputer.ImputationOrder;
import io.github.prepkit.impute.IterativeImputerModel.ImputationStep;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class IterativeImputerTest {

    private static final double NaN = Double.NaN;

    /** Three correlated columns with gaps, and a string column. */
    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("a", new double[] {1, 2, 3, NaN, 5, 6, 7, 8}),
                DoubleColumn.create("b", new double[] {2, NaN, 6.2, 8.1, 9.8, 12.3, 13.9, 16.1}),
                DoubleColumn.create("c", new double[] {NaN, 3.1, 4, 5.2, 6.1, NaN, 8.2, 9}),
                StringColumn.create("s", "p", "q", "r", "s", "t", "u", "v", "w"));
    }

    private static double[] doubles(Table table, String column) {
        return table.doubleColumn(column).asDoubleArray();
    }

    private static Table numbers(double[]... columns) {
        Table table = Table.create("t");
        for (int j = 0; j < columns.length; j++) {
            table.addColumns(DoubleColumn.create("x" + j, columns[j]));
        }
        return table;
    }

    @Test
    void bayesianRidgeMatchesScikitLearnOnTheTrainingTableAndANewOne() {
        // sklearn: IterativeImputer(random_state=0).fit(T); n_iter_, transform(T), transform(N)
        IterativeImputerModel model = new IterativeImputer().fit(table());
        assertEquals(5, model.iterations());
        Table filled = model.transform(table());
        assertEquals(4.0840015405456125, filled.doubleColumn("a").get(3), 1e-9);
        assertEquals(3.972096820125519, filled.doubleColumn("b").get(1), 1e-9);
        assertEquals(2.078834827843636, filled.doubleColumn("c").get(0), 1e-9);
        assertEquals(6.979711030982118, filled.doubleColumn("c").get(5), 1e-9);
        assertEquals(table().stringColumn("s").asList(), filled.stringColumn("s").asList());

        Table fresh = Table.create("n",
                DoubleColumn.create("a", new double[] {NaN, 3.5, 2}),
                DoubleColumn.create("b", new double[] {4, NaN, 4.1}),
                DoubleColumn.create("c", new double[] {2, NaN, 3}),
                StringColumn.create("s", "x", "y", "z"));
        Table later = model.transform(fresh);
        assertArrayEquals(new double[] {1.4426313646502318, 3.5, 2}, doubles(later, "a"), 1e-9);
        assertArrayEquals(new double[] {4, 7.0211641670185765, 4.1}, doubles(later, "b"), 1e-9);
        assertArrayEquals(new double[] {2, 4.572825043550601, 3}, doubles(later, "c"), 1e-9);
    }

    @Test
    void linearRegressionMatchesScikitLearn() {
        IterativeImputerModel model = new IterativeImputer().estimator(Estimator.LINEAR_REGRESSION).fit(table());
        assertEquals(4, model.iterations());
        Table filled = model.transform(table());
        assertEquals(4.085113484125527, filled.doubleColumn("a").get(3), 1e-9);
        assertEquals(3.964229152913436, filled.doubleColumn("b").get(1), 1e-9);
        assertEquals(2.0765274969986627, filled.doubleColumn("c").get(0), 1e-9);
        assertEquals(6.9571386245378894, filled.doubleColumn("c").get(5), 1e-9);
    }

    @Test
    void anExactLinearRelationIsRecoveredByLinearRegression() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {3, NaN, 7, 9, NaN, 13};
        Table filled = new IterativeImputer().estimator(Estimator.LINEAR_REGRESSION).fitTransform(numbers(x, y));
        assertArrayEquals(new double[] {3, 5, 7, 9, 11, 13}, doubles(filled, "x1"), 1e-12);
    }

    @Test
    void aColumnWithoutGapsAtFitStillGetsRegressionsForLaterTables() {
        // sklearn: IterativeImputer(estimator=LinearRegression(), random_state=0).fit(C).transform([[nan, 5, 3.5]])
        Table train = numbers(new double[] {1, 2, 3, 4, 5, 6}, new double[] {2, 4.1, 6.2, 8.1, 9.8, 12.3},
                new double[] {NaN, 3.1, 4, 5.2, NaN, 7});
        IterativeImputerModel model = new IterativeImputer().estimator(Estimator.LINEAR_REGRESSION).fit(train);
        assertEquals(2, model.iterations());
        assertEquals(List.of("x0", "x1", "x2", "x0", "x1", "x2"),
                model.imputationSequence().stream().map(ImputationStep::column).toList());
        Table later = model.transform(numbers(new double[] {NaN}, new double[] {5}, new double[] {3.5}));
        assertEquals(2.432098765432099, later.doubleColumn("x0").get(0), 1e-9);
    }

    @Test
    void imputationOrdersVisitTheColumnsAsScikitLearnDoes() {
        // gaps per column: 2, 1, 1, 0
        Table gaps = numbers(new double[] {NaN, NaN, 3, 4, 5}, new double[] {NaN, 3, 4, 6, 5},
                new double[] {2, NaN, 5, 7, 6}, new double[] {1, 2, 3, 2, 4});
        assertEquals(List.of("x3", "x1", "x2", "x0"), firstRound(gaps, ImputationOrder.ASCENDING));
        assertEquals(List.of("x0", "x2", "x1", "x3"), firstRound(gaps, ImputationOrder.DESCENDING));
        assertEquals(List.of("x0", "x1", "x2", "x3"), firstRound(gaps, ImputationOrder.ROMAN));
        assertEquals(List.of("x3", "x2", "x1", "x0"), firstRound(gaps, ImputationOrder.ARABIC));
    }

    private static List<String> firstRound(Table table, ImputationOrder order) {
        return new IterativeImputer().imputationOrder(order).maxIter(1).fit(table).imputationSequence().stream()
                .map(ImputationStep::column).toList();
    }

    @Test
    void randomOrderIsReproducibleFromTheSeed() {
        Table wide = table().removeColumns("s");
        for (int j = 0; j < 5; j++) {
            wide.addColumns(wide.doubleColumn("b").multiply(1 + j).setName("b" + j));
        }
        IterativeImputer random = new IterativeImputer().imputationOrder(ImputationOrder.RANDOM).tol(0).maxIter(3);
        List<String> first = columnsOf(random.seed(7).fit(wide));
        assertEquals(first, columnsOf(random.seed(7).fit(wide)));
        assertNotEquals(first, columnsOf(random.seed(8).fit(wide)));
        assertEquals(3 * 8, first.size(), "every round visits every column");
        TableAssertions.assertTableClose(random.seed(7).fitTransform(wide), random.seed(7).fitTransform(wide), 0);
    }

    private static List<String> columnsOf(IterativeImputerModel model) {
        return model.imputationSequence().stream().map(ImputationStep::column).toList();
    }

    @Test
    void zeroRoundsOrOneColumnGiveTheInitialFill() {
        IterativeImputerModel none = new IterativeImputer().maxIter(0).fit(table());
        assertEquals(0, none.iterations());
        assertEquals(List.of(), none.imputationSequence());
        // a: mean of 1, 2, 3, 5, 6, 7, 8
        assertEquals(32.0 / 7, none.transform(table()).doubleColumn("a").get(3), 1e-12);

        IterativeImputerModel single = new IterativeImputer().columns("a").fit(table());
        assertEquals(0, single.iterations());
        assertEquals(32.0 / 7, single.transform(table()).doubleColumn("a").get(3), 1e-12);
        assertTrue(single.transform(table()).doubleColumn("b").isMissing(1), "b is left alone");
    }

    @Test
    void theInitialStrategyGivesTheStartingFill() {
        assertArrayEquals(new double[] {5, 9.8, 5.65},
                new IterativeImputer().initialStrategy(Strategy.MEDIAN).maxIter(0).fit(table()).initialStatistics());
        assertArrayEquals(new double[] {0, 0, 0},
                new IterativeImputer().initialStrategy(Strategy.CONSTANT).maxIter(0).fit(table()).initialStatistics());
    }

    @Test
    void theResultHasNoGapsAndKeepsKnownValues() {
        Table filled = new IterativeImputer().fitTransform(table());
        for (String name : List.of("a", "b", "c")) {
            assertEquals(0, filled.column(name).countMissing(), name);
            double[] before = doubles(table(), name);
            double[] after = doubles(filled, name);
            for (int i = 0; i < before.length; i++) {
                if (!Double.isNaN(before[i])) {
                    assertEquals(before[i], after[i], name + " row " + i);
                }
            }
        }
    }

    @Test
    void integerColumnsComeOutAsDoubleColumns() {
        Table ints = Table.create("t", IntColumn.create("n", new int[] {1, 2, 3, 4}),
                DoubleColumn.create("x", new double[] {2, NaN, 6, 8}));
        Table filled = new IterativeImputer().estimator(Estimator.LINEAR_REGRESSION).fitTransform(ints);
        assertEquals(ColumnType.DOUBLE, filled.column("n").type());
        assertEquals(4, filled.doubleColumn("x").get(1), 1e-12);
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        IterativeImputer defaults = new IterativeImputer();
        assertEquals(new IterativeImputer(Estimator.BAYESIAN_RIDGE, 10, 1e-3, Strategy.MEAN, ImputationOrder.ASCENDING,
                0, List.of()), defaults);
        IterativeImputer changed = defaults.estimator(Estimator.LINEAR_REGRESSION).maxIter(3).tol(0.5)
                .initialStrategy(Strategy.MEDIAN).imputationOrder(ImputationOrder.RANDOM).seed(9).columns("a", "b");
        assertEquals(new IterativeImputer(Estimator.LINEAR_REGRESSION, 3, 0.5, Strategy.MEDIAN, ImputationOrder.RANDOM,
                9, List.of("a", "b")), changed);
        assertEquals(10, defaults.maxIter());
    }

    @Test
    void inputTableIsNotModified() {
        Table input = table();
        new IterativeImputer().fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
    }

    @Test
    void badParametersFailAtConstructionNamingTheParameter() {
        assertEquals("IterativeImputer: maxIter must be >= 0, found -1", assertThrows(IllegalArgumentException.class,
                () -> new IterativeImputer().maxIter(-1)).getMessage());
        assertEquals("IterativeImputer: tol must be a finite number >= 0, found -0.1", assertThrows(
                IllegalArgumentException.class, () -> new IterativeImputer().tol(-0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IterativeImputer().tol(NaN));
        assertEquals("IterativeImputer estimator must not be null", assertThrows(IllegalArgumentException.class,
                () -> new IterativeImputer().estimator(null)).getMessage());
        assertEquals("IterativeImputer initialStrategy must not be null", assertThrows(IllegalArgumentException.class,
                () -> new IterativeImputer().initialStrategy(null)).getMessage());
        assertEquals("IterativeImputer imputationOrder must not be null", assertThrows(IllegalArgumentException.class,
                () -> new IterativeImputer().imputationOrder(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IterativeImputer().columns("a", "a"));
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("IterativeImputer: cannot fit on an empty table (0 rows)", assertThrows(
                IllegalArgumentException.class, () -> new IterativeImputer().fit(table().emptyCopy())).getMessage());
        assertEquals("IterativeImputer: column 's' must be numeric, found STRING", assertThrows(
                IllegalArgumentException.class,
                () -> new IterativeImputer().columns("a", "s").fit(table())).getMessage());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> new IterativeImputer().columns("zzz").fit(table()));
        assertTrue(absent.getMessage().startsWith("IterativeImputer: column 'zzz' not found"), absent.getMessage());
        double[] gone = new double[8];
        Arrays.fill(gone, NaN);
        Table empty = table().addColumns(DoubleColumn.create("gone", gone));
        assertEquals("IterativeImputer: column(s) [gone] have no value present, so there is nothing to regress them"
                + " on; leave them out with columns(...) or drop them", assertThrows(IllegalArgumentException.class,
                () -> new IterativeImputer().fit(empty)).getMessage());

        IterativeImputerModel model = new IterativeImputer().fit(table());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().removeColumns("c")));
        assertTrue(schema.getMessage().startsWith("IterativeImputerModel.transform: the table does not match"),
                schema.getMessage());
        assertTrue(schema.getMessage().contains("column 'c' is missing"), schema.getMessage());
    }

    @Test
    void extremeMagnitudesImputeTheOrdinaryValuesScaled() {
        // scikit-learn's cross products overflow near 1e300 ("shift must hold finite values" here, before) and
        // underflow near 1e-200; the largest spread below is in [1, 2), so the scaled fit is the ordinary one
        double nan = Double.NaN;
        Table ordinary = Table.create("t",
                DoubleColumn.create("x", new double[] {0.25, 1.5, 1.125, nan, 0.5, 0.75, 1.25, 0.375, 0.125}),
                DoubleColumn.create("y", new double[] {1, 1.5, 0.25, 0.0625, nan, 1.375, 0.5, 0.625, 1.25}),
                DoubleColumn.create("z", new double[] {0.5, nan, 0.75, 1, 1.25, 0.25, 1.125, nan, 0.875}));
        for (Estimator estimator : Estimator.values()) {
            IterativeImputer imputer = new IterativeImputer().estimator(estimator).maxIter(3);
            IterativeImputerModel base = imputer.fit(ordinary);
            Table expected = base.transform(ordinary);
            for (int exponent : Extremes.EXPONENTS) {
                Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
                IterativeImputerModel model = imputer.fit(moved);
                Table imputed = model.transform(moved);
                if (exponent > -1000) {
                    TableAssertions.assertTableIdentical(Extremes.timesPowerOfTwo(expected, exponent), imputed);
                } else { // the subnormal intercepts the model keeps have fewer bits
                    TableAssertions.assertTableClose(expected, Extremes.timesPowerOfTwo(imputed, -exponent), 1e-3);
                }
                for (int k = 0; k < base.imputationSequence().size(); k++) { // subnormal: the initial fill is rounded
                    assertArrayEquals(base.imputationSequence().get(k).fit().coefficients(),
                            model.imputationSequence().get(k).fit().coefficients(), exponent > -1000 ? 0 : 1e-3,
                            estimator + " at 2^" + exponent);
                }
            }
        }
    }
}
