package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression.MultiClass;
import io.github.prepkit.linear.LogisticRegression.Penalty;
import io.github.prepkit.linear.LogisticRegression.Solver;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.reference.WeightCases;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class LogisticRegressionTest {

    /** x = 0: one positive in four; x = 1: three in four. */
    private static Table groups() {
        return Table.create("t",
                DoubleColumn.create("x", 0, 0, 0, 0, 1, 1, 1, 1),
                IntColumn.create("y", 1, 0, 0, 0, 1, 1, 1, 0));
    }

    private static Table separable() {
        return Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4), StringColumn.create("y", "no", "no", "yes", "yes"));
    }

    @Test
    void maximumLikelihoodMatchesTheGroupLogOdds() {
        // intercept = log-odds at x = 0 = log(1/3); coefficient = log(3) - log(1/3) = 2 log 3; the default tol
        // stops within 1e-8, a tighter one goes to rounding
        LogisticRegressionModel model = new LogisticRegression().penalty(Penalty.NONE).fit(groups(), "y");
        assertEquals(Math.log(1.0 / 3), model.intercept(), 1e-8);
        assertArrayEquals(new double[] {2 * Math.log(3)}, model.coefficients(), 1e-8);
        LogisticRegressionModel tight = new LogisticRegression().penalty(Penalty.NONE).tol(1e-10).fit(groups(), "y");
        assertEquals(Math.log(1.0 / 3), tight.intercept(), 1e-14);
        assertArrayEquals(new double[] {2 * Math.log(3)}, tight.coefficients(), 1e-14);
        assertEquals(List.of("0", "1"), model.classes());
    }

    @Test
    void withoutInterceptTheOddsComeFromTheCoefficientAlone() {
        // x = 1: three positives in four, x = -1: one in four, so sigmoid(w) = 3/4 and w = log 3
        Table table = Table.create("t", DoubleColumn.create("x", 1, 1, 1, 1, -1, -1, -1, -1),
                IntColumn.create("y", 1, 1, 1, 0, 1, 0, 0, 0));
        LogisticRegressionModel model = new LogisticRegression().fitIntercept(false).penalty(Penalty.NONE).fit(table, "y");
        assertArrayEquals(new double[] {Math.log(3)}, model.coefficients(), 1e-8);
        assertEquals(0, model.intercept());
    }

    @Test
    void theL2PenaltyMatchesScikitLearnsObjective() {
        Table data = standardised("breast_cancer");
        // scikit-learn 1.2.1 LogisticRegression(solver="newton-cg", tol=1e-12, C=...) on the standardised data set
        double[][] expected = {
            {0.3630925351735085, 0.3876754363954575, 0.351062117318102, 0.4356097894196358, 0.16183109836973472},
            {0.3461730591260366, 0.35220691318343716, 0.33823514474653427, 0.3285741719821254, 0.1373185503082798}};
        double[] intercepts = {-0.21450271534040266, -0.5795155245133607};
        double[] cs = {1, 0.05};
        for (int k = 0; k < cs.length; k++) {
            LogisticRegressionModel model = new LogisticRegression().c(cs[k]).fit(data, "diagnosis");
            for (int j = 0; j < expected[k].length; j++) {
                Tolerance.assertClose(expected[k][j], model.coefficients()[j], 1e-6, "C " + cs[k] + ", coefficient " + j);
            }
            Tolerance.assertClose(intercepts[k], model.intercept(), 1e-6, "C " + cs[k] + ", intercept");
        }
    }

    @Test
    void oneVersusRestIsStillThereAsScikitLearns() {
        // scikit-learn 1.2.1 LogisticRegression(multi_class="ovr", solver="newton-cg", tol=1e-12) on iris
        double[][] expected = {
            {-0.44502709509967175, 0.9000067940641293, -2.3235363215958946, -0.973450682228528},
            {-0.17931035108940246, -2.128649920080224, 0.6966734806966582, -1.2748065912561037},
            {-0.39442692134872176, -0.5133297020711601, 2.9308643702083437, 2.417064716107403}};
        double[] intercepts = {6.690423621423841, 5.586215760727579, -14.431263897088364};
        LogisticRegressionModel model = new LogisticRegression().multiClass(MultiClass.OVR).fit(Datasets.load("iris"), "species");
        assertEquals(List.of("setosa", "versicolor", "virginica"), model.classes());
        assertFalse(model.multinomial());
        assertEquals(3, model.nIter().length, "one count per binary model");
        double[][] coefficients = model.coefficientMatrix();
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 4; j++) {
                Tolerance.assertClose(expected[k][j], coefficients[k][j], 1e-6, "class " + k + ", coefficient " + j);
            }
            Tolerance.assertClose(intercepts[k], model.intercepts()[k], 1e-6, "class " + k + ", intercept");
        }
    }

    @Test
    void accuracyOnTheBundledDataMatchesScikitLearnOnTheSameSplit() {
        // SeededSplit 25 % test, seed 42; StandardScaler fitted on the training rows. scikit-learn 1.2.1's
        // LogisticRegression() (lbfgs; multinomial for wine) and LogisticRegression(multi_class="ovr") on the same
        // rows: breast cancer 0.965034965034965 (138 of 143), wine 1.0 (45 of 45), both ways.
        for (MultiClass multiClass : List.of(MultiClass.AUTO, MultiClass.OVR)) {
            assertEquals(0.965034965034965, splitAccuracy("breast_cancer", "diagnosis", multiClass), 1e-12);
            assertEquals(1.0, splitAccuracy("wine", "cultivar", multiClass), 1e-12);
        }
    }

    @Test
    void moreThanTwoClassesAreMultinomialByDefaultAsScikitLearns() {
        // scikit-learn 1.2.1 LogisticRegression(solver="newton-cg", tol=1e-10) on iris, multi_class "auto"; every
        // multinomial case (iris, wine, C 1 and 0.01, with and without intercept, no penalty) is under
        // reference/models/logistic_multinomial_* and checked by ModelsReferenceTest
        ReferenceCase reference = ReferenceCase.of("models/logistic_multinomial_iris_c1");
        LogisticRegressionModel model = new LogisticRegression().fit(reference.input(), "species");
        assertTrue(model.multinomial());
        assertEquals(1, model.nIter().length, "one count for the one model, as scikit-learn's n_iter_");
        assertArrayEquals(new double[] {9.849568050459212, 2.237205632205556, -12.08677368266462}, model.intercepts(), 1e-6);
        LogisticRegressionModel explicit = new LogisticRegression().multiClass(MultiClass.MULTINOMIAL)
                .fit(reference.input(), "species");
        assertArrayEquals(model.coefficientMatrix(), explicit.coefficientMatrix());
        assertArrayEquals(model.intercepts(), explicit.intercepts());
    }

    @Test
    void multinomialProbabilitiesSumToOne() {
        for (String[] data : new String[][] {{"iris", "species"}, {"wine", "cultivar"}}) {
            Table table = standardised(data[0]);
            for (double c : new double[] {1, 0.01}) {
                Table proba = new LogisticRegression().c(c).fit(table, data[1]).predictProba(table.copy().removeColumns(data[1]));
                for (int i = 0; i < proba.rowCount(); i++) {
                    double sum = 0;
                    for (int k = 0; k < proba.columnCount(); k++) {
                        double p = proba.doubleColumn(k).getDouble(i);
                        assertTrue(p >= 0 && p <= 1, data[0] + " row " + i + ": " + p);
                        sum += p;
                    }
                    assertEquals(1, sum, 1e-15, data[0] + " row " + i);
                }
            }
        }
    }

    @Test
    void unpenalisedParametersSumToZeroOverTheClassesAsScikitLearns() {
        // the softmax is the same when one vector is added to every class: scikit-learn's answer, and ours, is the
        // one whose unpenalised parameters (the intercepts with L2, everything without a penalty) sum to 0
        Table synthetic = ReferenceCase.of("models/logistic_multinomial_none_synthetic").input();
        LogisticRegressionModel none = new LogisticRegression().penalty(Penalty.NONE).fit(synthetic, "y");
        LogisticRegressionModel l2 = new LogisticRegression().fit(standardised("wine"), "cultivar");
        for (LogisticRegressionModel model : List.of(none, l2)) {
            double[][] w = model.coefficientMatrix();
            for (int j = 0; j < w[0].length; j++) {
                assertEquals(0, w[0][j] + w[1][j] + w[2][j], 1e-12, "feature " + j);
            }
            assertEquals(0, model.intercepts()[0] + model.intercepts()[1] + model.intercepts()[2], 1e-12);
        }
    }

    @Test
    void twoClassesGiveExactlyTheBinaryModelUnderAuto() {
        Table data = standardised("breast_cancer");
        for (Solver solver : Solver.values()) {
            LogisticRegression binary = new LogisticRegression().c(0.05).solver(solver).maxIter(500);
            LogisticRegressionModel auto = binary.fit(data, "diagnosis");
            LogisticRegressionModel ovr = binary.multiClass(MultiClass.OVR).fit(data, "diagnosis");
            assertFalse(auto.multinomial());
            assertArrayEquals(ovr.coefficients(), auto.coefficients());
            assertEquals(ovr.intercept(), auto.intercept());
            Table features = data.copy().removeColumns("diagnosis");
            TableAssertions.assertTableIdentical(ovr.predictProba(features), auto.predictProba(features));
        }
    }

    @Test
    void multinomialOnTwoClassesIsScikitLearnsHalfOfTheBinaryFitAtTwiceC() {
        // scikit-learn's multi_class="multinomial" on two classes: the softmax of (-eta, eta), both vectors
        // penalised; checked against scikit-learn by reference/models/logistic_multinomial_binary_cancer
        Table data = standardised("breast_cancer");
        LogisticRegressionModel softmax = new LogisticRegression().multiClass(MultiClass.MULTINOMIAL).tol(1e-10)
                .fit(data, "diagnosis");
        LogisticRegressionModel binary = new LogisticRegression().c(2).tol(1e-10).fit(data, "diagnosis");
        assertTrue(softmax.multinomial());
        double[] half = binary.coefficients();
        for (int j = 0; j < half.length; j++) {
            half[j] /= 2;
        }
        assertArrayEquals(half, softmax.coefficients(), 1e-9);
        assertEquals(binary.intercept() / 2, softmax.intercept(), 1e-9);
        Table features = data.copy().removeColumns("diagnosis");
        TableAssertions.assertTableClose(binary.predictProba(features), softmax.predictProba(features), 1e-9);
    }

    @Test
    void gradientDescentIsOneVersusRestOnly() {
        LogisticRegressionModel model = new LogisticRegression().solver(Solver.GRADIENT_DESCENT).maxIter(300)
                .fit(standardised("iris"), "species");
        assertFalse(model.multinomial(), "AUTO with gradient descent is one-vs-rest, as scikit-learn's with liblinear");
        assertEquals(3, model.nIter().length);
        String refused = "LogisticRegression: multiClass MULTINOMIAL needs the NEWTON solver; the GRADIENT_DESCENT"
                + " solver fits binary and one-vs-rest models only (multiClass OVR or AUTO)";
        LinearRegressionTest.assertMessage(refused,
                () -> new LogisticRegression().solver(Solver.GRADIENT_DESCENT).multiClass(MultiClass.MULTINOMIAL));
        LinearRegressionTest.assertMessage(refused,
                () -> new LogisticRegression().multiClass(MultiClass.MULTINOMIAL).solver(Solver.GRADIENT_DESCENT));
    }

    @Test
    void separableClassesFailTheMultinomialFitWithoutAPenalty() {
        // three clusters a hyperplane pair separates: every row's own class comes first
        Table clusters = Table.create("t", DoubleColumn.create("x", 0, 0.5, 1, 5, 5.5, 6, 10, 10.5, 11),
                StringColumn.create("y", "a", "a", "a", "b", "b", "b", "c", "c", "c"));
        IllegalStateException all = assertThrows(IllegalStateException.class,
                () -> new LogisticRegression().penalty(Penalty.NONE).fit(clusters, "y"));
        assertTrue(all.getMessage().contains("the classes 'a', 'b' and 'c' are linearly separable"), all.getMessage());
        LogisticRegressionModel penalised = new LogisticRegression().fit(clusters, "y");
        assertEquals(List.of("a", "a", "a", "b", "b", "b", "c", "c", "c"),
                ((StringColumn) penalised.predict(clusters.copy().removeColumns("y"))).asList());
    }

    @Test
    void collinearFeaturesMakeTheMultinomialHessianSingularWithoutAPenalty() {
        Table synthetic = ReferenceCase.of("models/logistic_multinomial_none_synthetic").input();
        Table doubled = synthetic.copy().addColumns(synthetic.doubleColumn("x0").multiply(2).setName("twice_x0"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LogisticRegression().penalty(Penalty.NONE).fit(doubled, "y"));
        assertTrue(e.getMessage().contains("the multinomial Hessian is singular for the classes 'a', 'b' and 'c'"),
                e.getMessage());
    }

    @Test
    void aHessianTooLargeForNewtonIsSolvedByLbfgs() {
        // 3 classes x (350 features + 1) = 1053 parameters, above LARGEST_NEWTON_HESSIAN: L-BFGS, to the same
        // optimum as Newton's method on the same problem
        SplittableRandom random = new SplittableRandom(3);
        int rows = 120;
        int features = 350;
        Table wide = Table.create("wide");
        double[][] columns = new double[features][rows];
        for (int j = 0; j < features; j++) {
            for (int i = 0; i < rows; i++) {
                columns[j][i] = random.nextGaussian();
            }
            wide.addColumns(DoubleColumn.create("x" + j, columns[j]));
        }
        String[] labels = new String[rows];
        for (int i = 0; i < rows; i++) {
            double score = columns[0][i] - columns[1][i] + random.nextGaussian();
            labels[i] = score < -0.5 ? "low" : score < 0.5 ? "mid" : "high";
        }
        wide.addColumns(StringColumn.create("y", labels));
        assertTrue(3 * (features + 1) > LogisticRegression.LARGEST_NEWTON_HESSIAN);
        LogisticRegressionModel model = new LogisticRegression().c(0.1).tol(1e-8).maxIter(1000).fit(wide, "y");
        assertTrue(model.multinomial());
        double[] design = new double[rows * (features + 1)];
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < features; j++) {
                design[i * (features + 1) + j] = columns[j][i];
            }
            design[i * (features + 1) + features] = 1;
            codes[i] = model.classes().indexOf(labels[i]);
        }
        SoftmaxLoss loss = new SoftmaxLoss(design, features + 1, codes, 3, features, 10, model.classes(), 1, null);
        double[] newton = new NewtonSoftmax(loss).fit(new double[loss.size()], 100, 1e-10).theta();
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < features; j++) {
                assertEquals(newton[k * (features + 1) + j], model.coefficientMatrix()[k][j], 1e-7, "class " + k + ", " + j);
            }
            assertEquals(newton[k * (features + 1) + features], model.intercepts()[k], 1e-7, "intercept " + k);
        }
        assertTrue(model.nIter()[0] > 20, "L-BFGS takes more iterations than Newton: " + model.nIter()[0]);
    }

    @Test
    void gradientDescentReachesNewtonsAnswer() {
        // C = 0.05 keeps the problem well conditioned, so that plain gradient descent gets there in a few hundred epochs
        Table data = standardised("breast_cancer");
        LogisticRegression newton = new LogisticRegression().c(0.05);
        LogisticRegressionModel exact = newton.fit(data, "diagnosis");
        LogisticRegressionModel descent = newton.solver(Solver.GRADIENT_DESCENT).maxIter(10_000).tol(0)
                .fit(data, "diagnosis");
        assertArrayEquals(exact.coefficients(), descent.coefficients(), 1e-5);
        assertEquals(exact.intercept(), descent.intercept(), 1e-5);
        assertTrue(descent.nIter()[0] > 10 * exact.nIter()[0], "descent takes many more iterations: " + descent.nIter()[0]);
    }

    @Test
    void separableClassesFailWithoutAPenaltyAndSuggestOne() {
        for (Solver solver : Solver.values()) {
            LogisticRegression unpenalised = new LogisticRegression().penalty(Penalty.NONE).solver(solver).maxIter(10_000);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> unpenalised.fit(separable(), "y"));
            assertTrue(e.getMessage().contains("the classes 'no' and 'yes' are linearly separable"), e.getMessage());
            assertTrue(e.getMessage().contains("penalty(Penalty.L2)"), e.getMessage());
        }
        for (MultiClass multiClass : MultiClass.values()) {
            IllegalStateException setosa = assertThrows(IllegalStateException.class, () -> new LogisticRegression()
                    .penalty(Penalty.NONE).multiClass(multiClass).fit(Datasets.load("iris"), "species"));
            assertTrue(setosa.getMessage().contains("'setosa' and the others are linearly separable"),
                    multiClass + ": " + setosa.getMessage());
        }
        LogisticRegressionModel penalised = new LogisticRegression().fit(separable(), "y");
        assertEquals(List.of("no", "no", "yes", "yes"), ((StringColumn) penalised.predict(separable().removeColumns("y"))).asList());
    }

    @Test
    void aConstantFeatureWithAnInterceptHasASingularHessianWithoutPenalty() {
        Table table = groups().addColumns(DoubleColumn.create("c", 1, 1, 1, 1, 1, 1, 1, 1));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LogisticRegression().penalty(Penalty.NONE).fit(table, "y"));
        assertTrue(e.getMessage().contains("Hessian is singular"), e.getMessage());
        assertEquals(0, new LogisticRegression().fit(table, "y").coefficients()[1], 1e-12, "with L2 a constant gets 0");
    }

    @Test
    void theSameModelForAnyNumberOfThreads() {
        Table wine = standardised("wine");
        for (MultiClass multiClass : List.of(MultiClass.OVR, MultiClass.MULTINOMIAL)) {
            LogisticRegression logistic = new LogisticRegression().multiClass(multiClass);
            LogisticRegressionModel one = logistic.fit(wine, "cultivar");
            LogisticRegressionModel two = logistic.nJobs(2).fit(wine, "cultivar");
            assertArrayEquals(one.coefficientMatrix(), two.coefficientMatrix());
            assertArrayEquals(one.intercepts(), two.intercepts());
        }
    }

    @Test
    void notConvergingWithinMaxIterReturnsTheLastIterate() {
        LogisticRegressionModel model = new LogisticRegression().maxIter(1).tol(0).fit(standardised("breast_cancer"), "diagnosis");
        assertArrayEquals(new int[] {1}, model.nIter());
    }

    @Test
    void fittingLeavesTheInputAloneAndTwiceGivesEqualModels() {
        Table input = Datasets.load("iris");
        LogisticRegressionModel first = new LogisticRegression().fit(input, "species");
        LogisticRegressionModel second = new LogisticRegression().fit(input, "species");
        TableAssertions.assertTableClose(Datasets.load("iris"), input, 0);
        assertArrayEquals(first.coefficientMatrix(), second.coefficientMatrix());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        LogisticRegression defaults = new LogisticRegression();
        assertEquals(new LogisticRegression(Penalty.L2, 1.0, true, Solver.NEWTON, 100, 1e-4, MultiClass.AUTO, 1,
                ClassWeight.NONE), defaults);
        LogisticRegression changed = defaults.penalty(Penalty.NONE).c(2).fitIntercept(false)
                .solver(Solver.GRADIENT_DESCENT).maxIter(5).tol(0.1).multiClass(MultiClass.OVR).nJobs(-1);
        assertEquals(new LogisticRegression(Penalty.NONE, 2, false, Solver.GRADIENT_DESCENT, 5, 0.1, MultiClass.OVR, -1,
                ClassWeight.NONE), changed);
        assertEquals(ClassWeight.BALANCED, defaults.classWeight(ClassWeight.BALANCED).classWeight());
        assertEquals(MultiClass.AUTO, defaults.multiClass());
        assertEquals(Penalty.L2, defaults.penalty());
    }

    @Test
    void invalidParametersFailNamingThem() {
        LogisticRegression defaults = new LogisticRegression();
        LinearRegressionTest.assertMessage("LogisticRegression: c must be a finite number above 0, found 0.0", () -> defaults.c(0));
        LinearRegressionTest.assertMessage("LogisticRegression: maxIter must be a positive whole number, found 0",
                () -> defaults.maxIter(0));
        LinearRegressionTest.assertMessage("LogisticRegression: tol must be a finite number of at least 0, found -1.0",
                () -> defaults.tol(-1));
        LinearRegressionTest.assertMessage("LogisticRegression: penalty must not be null", () -> defaults.penalty(null));
        LinearRegressionTest.assertMessage("LogisticRegression: solver must not be null", () -> defaults.solver(null));
        LinearRegressionTest.assertMessage("LogisticRegression: multiClass must not be null", () -> defaults.multiClass(null));
        LinearRegressionTest.assertMessage(
                "LogisticRegression: nJobs must be a positive number of threads or -1 for every core, found 0",
                () -> defaults.nJobs(0));
    }

    @Test
    void badInputFailsNamingTheColumn() {
        Table oneClass = Table.create("t", DoubleColumn.create("x", 1, 2), StringColumn.create("y", "a", "a"));
        LinearRegressionTest.assertMessage(
                "LogisticRegression: target column 'y' has a single class ('a'); a classifier needs at least two",
                () -> new LogisticRegression().fit(oneClass, "y"));
        Table text = separable().addColumns(StringColumn.create("s", "a", "b", "c", "d"));
        LinearRegressionTest.assertMessage("LogisticRegression: feature column 's' must be numeric, found STRING",
                () -> new LogisticRegression().fit(text, "y"));
        Table gap = Table.create("t", DoubleColumn.create("x", 1, Double.NaN), StringColumn.create("y", "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression().fit(gap, "y"));
        LinearRegressionTest.assertMessage("LogisticRegression: target column 'y' has 3 values but the features have 4 rows",
                () -> new LogisticRegression().fit(separable().removeColumns("y"), StringColumn.create("y", "a", "b", "a")));
    }

    private static double splitAccuracy(String name, String target, MultiClass multiClass) {
        SeededSplit split = SeededSplit.of(Datasets.load(name), 0.25, 42);
        StandardScalerModel scaler = new StandardScaler().fit(split.train());
        LogisticRegressionModel model = new LogisticRegression().multiClass(multiClass)
                .fit(scaler.transform(split.train()), target);
        Table test = scaler.transform(split.test());
        List<String> predicted = ((StringColumn) model.predict(test.copy().removeColumns(target))).asList();
        List<String> truth = test.stringColumn(target).asList();
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            right += predicted.get(i).equals(truth.get(i)) ? 1 : 0;
        }
        return (double) right / truth.size();
    }

    private static Table standardised(String name) {
        return new StandardScaler().fitTransform(Datasets.load(name));
    }

    @Test
    void aFeatureWhoseSquaresOverflowIsRefusedNamingIt() {
        // scaling it inside would change what C means; scikit-learn's Hessian would overflow to NaN
        Table data = Table.create("t", DoubleColumn.create("a", new double[] {0, 1, 2, 3}),
                DoubleColumn.create("big", new double[] {1e200, -1e200, 3e200, -2e200}),
                StringColumn.create("y", "p", "q", "p", "q"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().fit(data, "y"));
        assertTrue(e.getMessage().startsWith("LogisticRegression: feature column 'big' is too large for this model"
                + " (largest magnitude 3.0E200): its sum of squares exceeds the double range"), e.getMessage());
    }

    @Test
    void integerSampleWeightsEqualDuplicatedRows() {
        Table iris = standardised("iris");
        int[] counts = new SplittableRandom(3).ints(iris.rowCount(), 0, 4).toArray();
        double[] weights = java.util.Arrays.stream(counts).asDoubleStream().toArray();
        for (LogisticRegression logistic : List.of(new LogisticRegression().tol(1e-10),
                new LogisticRegression().tol(1e-10).multiClass(MultiClass.OVR)
                        .classWeight(ClassWeight.given(java.util.Map.of("virginica", 2.0))))) {
            LogisticRegressionModel weighted = logistic.fit(iris.copy().removeColumns("species"),
                    iris.column("species"), weights);
            Table copies = WeightCases.duplicated(iris, counts);
            LogisticRegressionModel repeated = logistic.fit(copies, "species");
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(repeated.coefficientMatrix()[k], weighted.coefficientMatrix()[k], 1e-7);
            }
            assertArrayEquals(repeated.intercepts(), weighted.intercepts(), 1e-7);
        }
    }

    @Test
    void weightsAllOneAndGivenClassWeightsOfOneAreTheUnweightedFitBitForBit() {
        Table cancer = standardised("breast_cancer");
        Table features = cancer.copy().removeColumns("diagnosis");
        double[] ones = new double[cancer.rowCount()];
        java.util.Arrays.fill(ones, 1);
        for (LogisticRegression logistic : List.of(new LogisticRegression(),
                new LogisticRegression().multiClass(MultiClass.MULTINOMIAL))) {
            LogisticRegressionModel plain = logistic.fit(cancer, "diagnosis");
            LogisticRegressionModel weighted = logistic.fit(features, cancer.column("diagnosis"), ones);
            assertArrayEquals(plain.coefficientMatrix()[0], weighted.coefficientMatrix()[0], 0);
            assertArrayEquals(plain.intercepts(), weighted.intercepts(), 0);
            LogisticRegressionModel given = logistic.classWeight(ClassWeight.given(java.util.Map.of("benign", 1.0)))
                    .fit(cancer, "diagnosis");
            assertArrayEquals(plain.coefficientMatrix()[0], given.coefficientMatrix()[0], 0);
        }
    }

    @Test
    void aBalancedClassWeightIsTheSampleWeightOfScikitLearnsComputeSampleWeight() {
        Table cancer = standardised("breast_cancer");
        Table features = cancer.copy().removeColumns("diagnosis");
        List<String> labels = cancer.stringColumn("diagnosis").asList();
        long benign = labels.stream().filter("benign"::equals).count();
        double n = labels.size();
        double[] weights = labels.stream().mapToDouble(l -> n / (2.0 * ("benign".equals(l) ? benign : n - benign)))
                .toArray();
        LogisticRegressionModel balanced = new LogisticRegression().classWeight(ClassWeight.BALANCED)
                .fit(cancer, "diagnosis");
        LogisticRegressionModel weighted = new LogisticRegression().fit(features, cancer.column("diagnosis"), weights);
        assertArrayEquals(weighted.coefficientMatrix()[0], balanced.coefficientMatrix()[0], 1e-12);
    }

    @Test
    void zeroWeightRowsCountForNothing() {
        // without a penalty, the rows of weight 0 would make the classes overlap; weighted out, they are separable
        Table data = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, 2.5, 1.5),
                StringColumn.create("y", "no", "no", "yes", "yes", "no", "yes"));
        double[] weights = {1, 1, 1, 1, 0, 0};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LogisticRegression()
                .penalty(Penalty.NONE).fit(data.copy().removeColumns("y"), data.column("y"), weights));
        assertTrue(e.getMessage().contains("linearly separable"), e.getMessage());
        LogisticRegressionModel kept = new LogisticRegression().fit(data.rows(0, 1, 2, 3), "y");
        LogisticRegressionModel zeroed = new LogisticRegression().fit(data.copy().removeColumns("y"), data.column("y"),
                weights);
        assertEquals(kept.intercept(), zeroed.intercept(), 1e-9);
        assertArrayEquals(kept.coefficients(), zeroed.coefficients(), 1e-9);
    }

    @Test
    void badWeightsAreRefusedNamingThem() {
        Table data = separable();
        Table features = data.copy().removeColumns("y");
        LinearRegressionTest.assertMessage("LogisticRegression: sampleWeight must hold one weight per row (4), found null",
                () -> new LogisticRegression().fit(features, data.column("y"), null));
        LinearRegressionTest.assertMessage("LogisticRegression: sampleWeight must be finite and at least 0, found -1.0"
                + " at row 2", () -> new LogisticRegression().fit(features, data.column("y"), new double[] {1, 1, -1, 1}));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().fit(features, data.column("y"), new double[] {1, 1, 0, 0}));
        assertTrue(zero.getMessage().contains("one side has a total weight of 0"), zero.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().classWeight(ClassWeight.given(java.util.Map.of("maybe", 2.0)))
                        .fit(data, "y"));
        assertEquals("LogisticRegression: classWeight names class 'maybe', but the classes are [no, yes]",
                unknown.getMessage());
        IllegalArgumentException descent = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().solver(Solver.GRADIENT_DESCENT).fit(features, data.column("y"),
                        new double[] {1, 1, 1, 1}));
        assertTrue(descent.getMessage().contains("sampleWeight needs the NEWTON solver"), descent.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().classWeight(ClassWeight.BALANCED_SUBSAMPLE));
    }
}
