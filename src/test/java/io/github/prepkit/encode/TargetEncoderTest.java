package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Encodings computed by hand with scikit-learn 1.3's formulas (1.2.1 has no TargetEncoder, so there is no reference
 * case), the formula checked on random data by an independent computation, and the cross-fitting fold by fold.
 */
class TargetEncoderTest {

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    private static double[] column(Table table, String name) {
        return table.numberColumn(name).asDoubleArray();
    }

    @Test
    void defaultsAreScikitLearnsAndCopiesChangeOneParameter() {
        TargetEncoder defaults = new TargetEncoder();
        assertEquals(new TargetEncoder(List.of(), Map.of(), TargetType.AUTO, OptionalDouble.empty(), 5, true, 0),
                defaults);
        TargetEncoder changed = defaults.columns("g").categories("g", "b", "a").targetType(TargetType.BINARY)
                .smooth(2.5).cv(3).shuffle(false).seed(9);
        assertEquals(new TargetEncoder(List.of("g"), Map.of("g", List.of("b", "a")), TargetType.BINARY,
                OptionalDouble.of(2.5), 3, false, 9), changed);
        assertEquals(OptionalDouble.empty(), changed.smoothAuto().smooth());
        assertEquals(new TargetEncoder(), defaults, "the receiver is unchanged");
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertTrue(message(() -> new TargetEncoder().cv(1)).contains("cv"));
        assertTrue(message(() -> new TargetEncoder().smooth(-0.5)).contains("smooth"));
        assertTrue(message(() -> new TargetEncoder().smooth(Double.NaN)).contains("smooth"));
        assertTrue(message(() -> new TargetEncoder().smooth(Double.POSITIVE_INFINITY)).contains("smooth"));
        assertTrue(message(() -> new TargetEncoder().targetType(null)).contains("targetType"));
        assertTrue(message(() -> new TargetEncoder().categories("g", "a", "a")).contains("repeat 'a'"));
    }

    /**
     * Binary target, m-estimate with m = 1. color a a b b b c, y 1 0 1 1 0 0: the mean is 3/6 = 0.5, and
     * a = (1 + 1·0.5) / (2 + 1) = 0.5, b = (2 + 0.5) / (3 + 1) = 0.625, c = (0 + 0.5) / (1 + 1) = 0.25; an unseen d gets
     * the mean 0.5. The number column passes through.
     */
    @Test
    void aBinaryTargetWithAnMEstimateByHand() {
        Table features = Table.create("t", StringColumn.create("color", "a", "a", "b", "b", "b", "c"),
                DoubleColumn.create("x", 1, 2, 3, 4, 5, 6));
        IntColumn y = IntColumn.create("y", 1, 0, 1, 1, 0, 0);
        TargetEncoderModel model = new TargetEncoder().smooth(1).fit(features, y);
        assertEquals(TargetType.BINARY, model.targetType());
        assertEquals(List.of("0", "1"), model.classes());
        assertArrayEquals(new double[] {0.5}, model.targetMean());
        assertArrayEquals(new double[][] {{0.5, 0.625, 0.25}}, model.encodings("color"));
        Table test = Table.create("t", StringColumn.create("color", "c", "d", "b"), DoubleColumn.create("x", 7, 8, 9));
        Table out = model.transform(test);
        assertEquals(List.of("color", "x"), out.columnNames());
        assertArrayEquals(new double[] {0.25, 0.5, 0.625}, column(out, "color"));
        assertArrayEquals(new double[] {7, 8, 9}, column(out, "x"));
        assertEquals(List.of("color", "x"), model.featureNamesOut(List.of("color", "x")));
    }

    /**
     * Continuous target, empirical Bayes. g a a a b b c, y 1 2 3 10 10 4: mean 30/6 = 5, variance (16 + 9 + 4 + 25 +
     * 25 + 1)/6 = 80/6. a: n 3, mean 2, Σ(y - 2)² = 2, λ = 3·80/6 / (3·80/6 + 2/3) = 40 / (122/3) = 60/61, so
     * 60/61·2 + 1/61·5 = 125/61; b: n 2, mean 10, no spread, λ = 1: 10; c: one row, λ = 1: 4.
     */
    @Test
    void aContinuousTargetWithEmpiricalBayesByHand() {
        Table features = Table.create("t", StringColumn.create("g", "a", "a", "a", "b", "b", "c"));
        DoubleColumn y = DoubleColumn.create("y", 1, 2, 3, 10, 10, 4);
        TargetEncoderModel model = new TargetEncoder().targetType(TargetType.CONTINUOUS).fit(features, y);
        assertEquals(List.of(), model.classes());
        assertArrayEquals(new double[] {5}, model.targetMean());
        double[] encodings = model.encodings("g")[0];
        assertEquals(125.0 / 61, encodings[0], 1e-15);
        assertEquals(10, encodings[1], 0);
        assertEquals(4, encodings[2], 0);
    }

    /** y 1.5 everywhere: variance 0, so every λ is 0 / 0 and every category gets the mean, 1.5 (scikit-learn's NaN rule). */
    @Test
    void aConstantTargetEncodesEveryCategoryByTheMean() {
        Table features = Table.create("t", StringColumn.create("g", "a", "b", "b"));
        TargetEncoderModel model = new TargetEncoder().fit(features, DoubleColumn.create("y", 1.5, 1.5, 1.5));
        assertEquals(TargetType.CONTINUOUS, model.targetType(), "1.5 is not whole: continuous");
        assertArrayEquals(new double[][] {{1.5, 1.5}}, model.encodings("g"));
    }

    /**
     * Multiclass target with m = 0 (no smoothing): each category's share of each class. g a a b b c c, y x y z x y z:
     * a = (x 1/2, y 1/2, z 0), b = (x 1/2, y 0, z 1/2), c = (0, 1/2, 1/2); one column g_class per class, in place;
     * an unseen category gets the class shares (1/3 each).
     */
    @Test
    void aMulticlassTargetGivesOneColumnPerClassNamedAsScikitLearn() {
        Table features = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, 5, 6),
                StringColumn.create("g", "a", "a", "b", "b", "c", "c"), IntColumn.create("k", 1, 1, 1, 1, 1, 1));
        StringColumn y = StringColumn.create("y", "x", "y", "z", "x", "y", "z");
        TargetEncoderModel model = new TargetEncoder().smooth(0).fit(features, y);
        assertEquals(TargetType.MULTICLASS, model.targetType());
        assertArrayEquals(new double[][] {{0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}}, model.encodings("g"));
        Table out = model.transform(Table.create("t", DoubleColumn.create("x", 0, 0),
                StringColumn.create("g", "c", "new"), IntColumn.create("k", 1, 1)));
        assertEquals(List.of("x", "g_x", "g_y", "g_z", "k"), out.columnNames());
        assertEquals(out.columnNames(), model.featureNamesOut(List.of("x", "g", "k")));
        assertEquals(List.of("k", "g_x", "g_y", "g_z", "x"), model.featureNamesOut(List.of("k", "g", "x")));
        assertArrayEquals(new double[] {0, 1.0 / 3}, column(out, "g_x"));
        assertArrayEquals(new double[] {0.5, 1.0 / 3}, column(out, "g_z"));
    }

    /**
     * Missing values are a category: g a "" a "", y 1 0 0 0 (binary), m = 0. The learned categories are [a, ""];
     * a = 1/2, "" = 0/2 = 0. With given categories [a] the missing value is unknown: not counted at fit (a = 1/2) and
     * the mean 1/4 at transform.
     */
    @Test
    void missingValuesAreACategoryUnlessGivenCategoriesLeaveThemOut() {
        Table features = Table.create("t", StringColumn.create("g", "a", "", "a", ""));
        IntColumn y = IntColumn.create("y", 1, 0, 0, 0);
        TargetEncoderModel learned = new TargetEncoder().smooth(0).fit(features, y);
        assertEquals(Map.of("g", List.of("a", "")), learned.categories());
        assertArrayEquals(new double[] {0.5, 0, 0.5, 0}, column(learned.transform(features), "g"));
        TargetEncoderModel given = new TargetEncoder().smooth(0).categories("g", "a").fit(features, y);
        assertArrayEquals(new double[] {0.5, 0.25, 0.5, 0.25}, column(given.transform(features), "g"));
    }

    /** A numeric column named in columns(...) is encoded by value, NaN its own category. */
    @Test
    void aNamedNumericColumnIsEncodedByValue() {
        Table features = Table.create("t", DoubleColumn.create("n", 2, 10, 2, Double.NaN));
        TargetEncoderModel model = new TargetEncoder().columns("n").smooth(0).fit(features,
                DoubleColumn.create("y", 1, 4, 3, 7.5));
        assertEquals(List.of("2", "10", "NaN"), model.categories().get("n"));
        assertArrayEquals(new double[] {2, 4, 2, 7.5}, column(model.transform(features), "n"));
    }

    @Test
    void theWrongTargetForTheTypeIsRefusedClearly() {
        Table features = Table.create("t", StringColumn.create("g", "a", "b", "c"));
        assertTrue(message(() -> new TargetEncoder().targetType(TargetType.CONTINUOUS)
                .fit(features, StringColumn.create("y", "p", "q", "r"))).contains("CONTINUOUS needs a numeric target"));
        assertTrue(message(() -> new TargetEncoder().targetType(TargetType.BINARY)
                .fit(features, DoubleColumn.create("y", 0.5, 1, 2))).contains("continuous values"));
        assertTrue(message(() -> new TargetEncoder().targetType(TargetType.BINARY)
                .fit(features, IntColumn.create("y", 0, 1, 2))).contains("at most two classes"));
        assertTrue(message(() -> new TargetEncoder().fit(features, DoubleColumn.create("y", 0.5, Double.NaN, 2)))
                .contains("missing"));
        assertTrue(message(() -> new TargetEncoder().fit(features,
                DoubleColumn.create("y", 0.5, Double.POSITIVE_INFINITY, 2))).contains("infinite"));
        assertTrue(message(() -> new TargetEncoder().fit(features, DoubleColumn.create("y", 0.5, 1e300, 2)))
                .contains("too large"));
        assertTrue(message(() -> new TargetEncoder().fit(features, IntColumn.create("y", 0, 1))).contains("2 values"));
        assertTrue(message(() -> new TargetEncoder().fit(features.emptyCopy(), IntColumn.create("y")))
                .contains("empty"));
        assertTrue(message(() -> new TargetEncoder().categories("nope", "a").fit(features, IntColumn.create("y", 0,
                1, 0))).contains("'nope'"));
    }

    @Test
    void integerTargetsOfMoreThanTwoValuesAreMulticlassAndWholeFloatsAreClasses() {
        Table features = Table.create("t", StringColumn.create("g", "a", "b", "c", "a"));
        assertEquals(TargetType.MULTICLASS, new TargetEncoder().fit(features, IntColumn.create("y", 0, 1, 2, 0))
                .targetType());
        assertEquals(TargetType.BINARY, new TargetEncoder().fit(features, DoubleColumn.create("y", 0, 1, 1, 0))
                .targetType());
        assertEquals(TargetType.CONTINUOUS, new TargetEncoder().targetType(TargetType.CONTINUOUS)
                .fit(features, IntColumn.create("y", 0, 1, 2, 0)).targetType());
    }

    @Test
    void aMulticlassOutputNameTakenByAnotherColumnIsRefused() {
        Table features = Table.create("t", StringColumn.create("g", "a", "b", "c"), DoubleColumn.create("g_x", 1, 2,
                3));
        assertTrue(message(() -> new TargetEncoder().fit(features, StringColumn.create("y", "x", "y", "z")))
                .contains("'g_x' would appear twice"));
    }

    /** Random categories and targets: the encoder's fit agrees with a direct reading of the documented formulas. */
    @Test
    void theFormulasHoldOnRandomData() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            int rows = 20 + random.nextInt(200);
            String[] g = new String[rows];
            double[] y = new double[rows];
            for (int row = 0; row < rows; row++) {
                g[row] = "c" + random.nextInt(1 + random.nextInt(12));
                y[row] = random.nextDouble(-50, 50);
            }
            Table features = Table.create("t", StringColumn.create("g", g));
            DoubleColumn target = DoubleColumn.create("y", y);
            OptionalDouble smooth = trial % 2 == 0 ? OptionalDouble.empty() : OptionalDouble.of(random.nextDouble(5));
            TargetEncoderModel model = new TargetEncoder(List.of(), Map.of(), TargetType.AUTO, smooth, 5, true, 0)
                    .fit(features, target);
            double[] encoded = column(model.transform(features), "g");
            double[] expected = byFormula(g, y, smooth);
            for (int row = 0; row < rows; row++) {
                assertEquals(expected[row], encoded[row], 1e-12 * (1 + Math.abs(expected[row])), "row " + row);
            }
        }
    }

    /** Each row's encoding read straight from the formulas, category by category. */
    private static double[] byFormula(String[] g, double[] y, OptionalDouble smooth) {
        Map<String, List<Double>> byCategory = new HashMap<>();
        double total = 0;
        for (int row = 0; row < g.length; row++) {
            byCategory.computeIfAbsent(g[row], k -> new ArrayList<>()).add(y[row]);
            total += y[row];
        }
        double mean = total / y.length;
        double variance = 0;
        for (double v : y) {
            variance += (v - mean) * (v - mean) / y.length;
        }
        Map<String, Double> encoding = new HashMap<>();
        for (Map.Entry<String, List<Double>> category : byCategory.entrySet()) {
            List<Double> values = category.getValue();
            double n = values.size();
            double sum = values.stream().mapToDouble(Double::doubleValue).sum();
            if (smooth.isPresent()) {
                double m = smooth.getAsDouble();
                encoding.put(category.getKey(), (sum + m * mean) / (n + m));
            } else {
                double categoryMean = sum / n;
                double squares = values.stream().mapToDouble(v -> (v - categoryMean) * (v - categoryMean)).sum();
                double lambda = n * variance / (n * variance + squares / n);
                encoding.put(category.getKey(), lambda * categoryMean + (1 - lambda) * mean);
            }
        }
        double[] out = new double[g.length];
        for (int row = 0; row < g.length; row++) {
            out[row] = encoding.get(g[row]);
        }
        return out;
    }

    /**
     * The cross-fitted training output, fold by fold: each KFold test fold (continuous target) is what an encoder fitted
     * on the other folds alone gives it; the full fit gives other numbers.
     */
    @Test
    void trainingOutputCrossFitsAContinuousTargetFoldByFold() {
        SplittableRandom random = new SplittableRandom(5);
        int rows = 103;
        String[] g = new String[rows];
        double[] y = new double[rows];
        for (int row = 0; row < rows; row++) {
            g[row] = row % 17 == 3 ? "" : "c" + random.nextInt(6);
            y[row] = random.nextDouble(0, 10);
        }
        Table features = Table.create("t", StringColumn.create("g", g), DoubleColumn.create("x", y));
        DoubleColumn target = DoubleColumn.create("y", y);
        TargetEncoder encoder = new TargetEncoder().cv(4).seed(21);
        Table crossFitted = encoder.fitTransform(features, target);
        List<Fold> folds = new KFold(4, true, 21).split(rows);
        assertFoldByFold(encoder, features, target, crossFitted, folds, "g");
        assertNotEquals(encoder.fit(features, target).transform(features).toString(), crossFitted.toString());
    }

    /** The same for a multiclass target and StratifiedKFold, each class column fold by fold. */
    @Test
    void trainingOutputCrossFitsAMulticlassTargetWithStratifiedFolds() {
        SplittableRandom random = new SplittableRandom(8);
        int rows = 90;
        String[] g = new String[rows];
        String[] y = new String[rows];
        for (int row = 0; row < rows; row++) {
            g[row] = "c" + random.nextInt(5);
            y[row] = List.of("p", "q", "r").get(random.nextInt(3));
        }
        Table features = Table.create("t", StringColumn.create("g", g));
        StringColumn target = StringColumn.create("y", y);
        TargetEncoder encoder = new TargetEncoder().smooth(1.5).cv(3).seed(2);
        Table crossFitted = encoder.fitTransform(features, target);
        assertEquals(List.of("g_p", "g_q", "g_r"), crossFitted.columnNames());
        List<Fold> folds = new StratifiedKFold(3, true, 2).split(target);
        for (String column : crossFitted.columnNames()) {
            assertFoldByFold(encoder, features, target, crossFitted, folds, column);
        }
    }

    private static void assertFoldByFold(TargetEncoder encoder, Table features, Column<?> target, Table crossFitted,
            List<Fold> folds, String column) {
        double[] got = column(crossFitted, column);
        for (Fold fold : folds) {
            TargetEncoderModel onTrain = encoder.fit(Tables.rows(features, fold.train()),
                    Tables.rows(target, fold.train()));
            double[] expected = column(onTrain.transform(Tables.rows(features, fold.test())), column);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], got[fold.test()[i]], 1e-12, column + " row " + fold.test()[i]);
            }
        }
    }

    @Test
    void trainingOutputRefusesATargetWithOtherClasses() {
        Table features = Table.create("t", StringColumn.create("g", "a", "b", "a", "b", "a", "b"));
        TargetEncoder encoder = new TargetEncoder().cv(2);
        TargetEncoderModel model = encoder.fit(features, IntColumn.create("y", 0, 1, 0, 1, 0, 1));
        assertTrue(message(() -> encoder.trainingOutput(model, features, IntColumn.create("y", 0, 2, 0, 2, 0, 2)))
                .contains("not the model's"));
    }
}
