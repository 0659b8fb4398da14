package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.base.Shuffle;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.Scoring;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class PermutationImportanceTest {

    private static Table features(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[3][rows];
        for (double[] column : columns) {
            for (int i = 0; i < rows; i++) {
                column[i] = random.nextDouble(-3, 3);
            }
        }
        return Table.create("features", DoubleColumn.create("x0", columns[0]), DoubleColumn.create("x1", columns[1]),
                DoubleColumn.create("x2", columns[2]));
    }

    private static DoubleColumn target(Table features) {
        double[] y = new double[features.rowCount()];
        SplittableRandom noise = new SplittableRandom(99);
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 * features.doubleColumn("x0").getDouble(i) - 0.5 * features.doubleColumn("x1").getDouble(i)
                    + noise.nextDouble(-0.1, 0.1);
        }
        return DoubleColumn.create("y", y);
    }

    /** A model that reads x0 only: 2 * x0. */
    private static final PredictorModel READS_X0 = new PredictorModel() {
        @Override
        public Column<?> predict(Table features) {
            double[] x0 = features.doubleColumn("x0").asDoubleArray();
            double[] y = new double[x0.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = 2 * x0[i];
            }
            return DoubleColumn.create("y", y);
        }

        @Override
        public Object estimator() {
            return "2 * x0";
        }

        @Override
        public Schema schema() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void matchesAnIndependentComputationGivenTheSamePermutations() {
        Table features = features(200, 1);
        DoubleColumn y = target(features);
        LinearRegressionModel model = new LinearRegression().fit(features, y);
        PermutationImportanceResult result = new PermutationImportance().nRepeats(4).seed(7).nJobs(1)
                .compute(model, features, y);
        double[][] x = {features.doubleColumn("x0").asDoubleArray(), features.doubleColumn("x1").asDoubleArray(),
                features.doubleColumn("x2").asDoubleArray()};
        double baseline = r2(y.asDoubleArray(), predictions(model, x));
        assertEquals(baseline, result.baselineScore(), 1e-12);
        double[][] importances = result.importances();
        for (int j = 0; j < 3; j++) {
            for (int r = 0; r < 4; r++) {
                // the documented draw: column j, repeat r, Fisher-Yates on SplittableRandom(mix(mix(seed, j), r))
                int[] order = Shuffle.permutation(200, new SplittableRandom(Parallel.seed(Parallel.seed(7, j), r)));
                double[][] permuted = x.clone();
                permuted[j] = new double[200];
                for (int i = 0; i < 200; i++) {
                    permuted[j][i] = x[j][order[i]];
                }
                assertEquals(baseline - r2(y.asDoubleArray(), predictions(model, permuted)), importances[j][r], 1e-12,
                        "column " + j + ", repeat " + r);
            }
        }
        assertTrue(result.importancesMean()[0] > 1, "x0 carries the target");
        assertTrue(result.importancesMean()[0] > 10 * Math.abs(result.importancesMean()[2]), "x2 is noise");
    }

    private static double[] predictions(LinearRegressionModel model, double[][] x) {
        double[] w = model.coefficients();
        double[] y = new double[x[0].length];
        for (int i = 0; i < y.length; i++) {
            y[i] = model.intercept() + w[0] * x[0][i] + w[1] * x[1][i] + w[2] * x[2][i];
        }
        return y;
    }

    private static double r2(double[] y, double[] predicted) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            residual += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            total += (y[i] - mean) * (y[i] - mean);
        }
        return 1 - residual / total;
    }

    @Test
    void aForestRememberingTheRowsGivesTheImportancesOfPlainPredictionBitForBit() {
        Table features = features(300, 5);
        StringColumn label = StringColumn.create("label");
        target(features).forEach(y -> label.append(y > 0 ? "up" : "down"));
        RandomForestClassifierModel forest = new RandomForestClassifier().nEstimators(12).seed(4).fit(features, label);
        ClassifierModel plain = new ClassifierModel() { // the same forest, without ReferencePredictor
            @Override
            public Column<?> predict(Table rows) {
                return forest.predict(rows);
            }

            @Override
            public Table predictProba(Table rows) {
                return forest.predictProba(rows);
            }

            @Override
            public TargetClasses targetClasses() {
                return forest.targetClasses();
            }

            @Override
            public Object estimator() {
                return forest.estimator();
            }

            @Override
            public Schema schema() {
                return forest.schema();
            }
        };
        for (Scoring scoring : List.of(Scoring.ACCURACY, Scoring.ROC_AUC)) {
            PermutationImportance importance = new PermutationImportance().scoring(scoring).nRepeats(3).seed(8);
            PermutationImportanceResult remembered = importance.compute(forest, features, label);
            PermutationImportanceResult afresh = importance.compute(plain, features, label);
            assertEquals(afresh.baselineScore(), remembered.baselineScore());
            for (int column = 0; column < features.columnCount(); column++) {
                assertArrayEquals(afresh.importances()[column], remembered.importances()[column], scoring.name());
            }
        }
    }

    @Test
    void aColumnTheModelDoesNotReadHasImportanceExactlyZero() {
        Table features = features(100, 2);
        PermutationImportanceResult result = new PermutationImportance().scoring(Scoring.NEG_MEAN_SQUARED_ERROR)
                .nRepeats(3).compute(READS_X0, features, target(features));
        assertArrayEquals(new double[] {0, 0, 0}, result.importances()[1]);
        assertArrayEquals(new double[] {0, 0, 0}, result.importances()[2]);
        assertEquals(0.0, result.importancesStd()[1]);
        assertTrue(result.importancesMean()[0] > 1);
        assertEquals(List.of("x0", "x1", "x2"), result.features());
        assertEquals("x0", result.table().stringColumn("feature").get(0), "most important first");
    }

    @Test
    void sameForAnyThreadCountAndSeedDecides() {
        Table features = features(150, 3);
        DoubleColumn y = target(features);
        LinearRegressionModel model = new LinearRegression().fit(features, y);
        PermutationImportance importance = new PermutationImportance().seed(11);
        PermutationImportanceResult one = importance.nJobs(1).compute(model, features, y);
        assertEquals(one, importance.nJobs(2).compute(model, features, y));
        assertEquals(one, importance.nJobs(-1).compute(model, features, y));
        assertEquals(one.hashCode(), importance.nJobs(2).compute(model, features, y).hashCode());
        assertNotEquals(one, importance.seed(12).compute(model, features, y));
    }

    @Test
    void worksOnAFittedPipelineAndLeavesItsInputAlone() {
        Table data = features(120, 5);
        double[] x0 = data.doubleColumn("x0").asDoubleArray();
        data.addColumns(StringColumn.create("label", Arrays.stream(x0).mapToObj(v -> v > 0 ? "up" : "down")
                .toArray(String[]::new)));
        ClassifierPipelineModel model = Pipeline.steps().transform("scale", new StandardScaler())
                .classifier("logistic", new LogisticRegression()).fit(data, "label");
        Table before = data.copy();
        PermutationImportanceResult result = new PermutationImportance().nRepeats(2).compute(model, data, "label");
        assertEquals(before.toString(), data.toString());
        assertEquals(List.of("x0", "x1", "x2"), result.features());
        assertEquals(Scoring.ACCURACY.score(model, data.copy().removeColumns("label"), data.column("label")),
                result.baselineScore());
        assertTrue(result.importancesMean()[0] > 0.2, "the label is the sign of x0");
    }

    @Test
    void permutesAStringColumnAsItIs() {
        Table features = Table.create("t", StringColumn.create("s", "a", "b", "c", "d"),
                DoubleColumn.create("x0", 1, 2, 3, 4));
        Table permuted = PermutationImportance.permuted(features, 0, 5);
        assertEquals(List.of("s", "x0"), permuted.columnNames());
        assertEquals(List.of("a", "b", "c", "d"), permuted.stringColumn("s").asList().stream().sorted().toList());
        assertTrue(permuted.column("x0") == features.column("x0"), "the other columns are shared, not copied");
        assertEquals(List.of("a", "b", "c", "d"), features.stringColumn("s").asList(), "the input is untouched");
    }

    @Test
    void rejectsBadParametersAndInputNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PermutationImportance().nRepeats(0))
                .getMessage().contains("nRepeats must be at least 1, found 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PermutationImportance().nJobs(0))
                .getMessage().startsWith("PermutationImportance: nJobs"));
        assertThrows(IllegalArgumentException.class, () -> new PermutationImportance().scoring(null));
        Table features = features(10, 4);
        DoubleColumn y = target(features);
        PermutationImportance importance = new PermutationImportance();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> importance.compute(READS_X0, features, y.first(5))).getMessage().contains("5 values"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> importance.compute(READS_X0, Table.create("empty"), DoubleColumn.create("y")))
                .getMessage().contains("at least one row and one column"));
        Table withTarget = features.copy().addColumns(y.copy());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> importance.compute(READS_X0, withTarget, y)).getMessage().contains("also among the features"));
        LinearRegressionModel model = new LinearRegression().fit(features, y);
        Table extra = features.copy().addColumns(DoubleColumn.create("extra", new double[10]));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> importance.compute(model, extra, y)).getMessage().contains("extra"));
        assertThrows(IllegalArgumentException.class, () -> importance.compute(null, features, y));
        assertThrows(IllegalArgumentException.class, () -> importance.compute(model, features, "nope"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> importance.nRepeats(Integer.MAX_VALUE)
                .compute(model, features, y)).getMessage().contains("more than"));
    }
}
