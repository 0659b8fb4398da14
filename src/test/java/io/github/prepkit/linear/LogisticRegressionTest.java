package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression.Penalty;
import io.github.prepkit.linear.LogisticRegression.Solver;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.List;
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
    void multiclassIsOneVersusRestAsScikitLearns() {
        // scikit-learn 1.2.1 LogisticRegression(multi_class="ovr", solver="newton-cg", tol=1e-12) on iris
        double[][] expected = {
            {-0.44502709509967175, 0.9000067940641293, -2.3235363215958946, -0.973450682228528},
            {-0.17931035108940246, -2.128649920080224, 0.6966734806966582, -1.2748065912561037},
            {-0.39442692134872176, -0.5133297020711601, 2.9308643702083437, 2.417064716107403}};
        double[] intercepts = {6.690423621423841, 5.586215760727579, -14.431263897088364};
        LogisticRegressionModel model = new LogisticRegression().fit(Datasets.load("iris"), "species");
        assertEquals(List.of("setosa", "versicolor", "virginica"), model.classes());
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
        assertEquals(0.965034965034965, splitAccuracy("breast_cancer", "diagnosis"), 1e-12);
        assertEquals(1.0, splitAccuracy("wine", "cultivar"), 1e-12);
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
        IllegalStateException setosa = assertThrows(IllegalStateException.class,
                () -> new LogisticRegression().penalty(Penalty.NONE).fit(Datasets.load("iris"), "species"));
        assertTrue(setosa.getMessage().contains("'setosa' and the others are linearly separable"), setosa.getMessage());
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
        LogisticRegressionModel one = new LogisticRegression().fit(wine, "cultivar");
        LogisticRegressionModel two = new LogisticRegression().nJobs(2).fit(wine, "cultivar");
        assertArrayEquals(one.coefficientMatrix(), two.coefficientMatrix());
        assertArrayEquals(one.intercepts(), two.intercepts());
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
        assertEquals(new LogisticRegression(Penalty.L2, 1.0, true, Solver.NEWTON, 100, 1e-4, 1), defaults);
        LogisticRegression changed = defaults.penalty(Penalty.NONE).c(2).fitIntercept(false)
                .solver(Solver.GRADIENT_DESCENT).maxIter(5).tol(0.1).nJobs(-1);
        assertEquals(new LogisticRegression(Penalty.NONE, 2, false, Solver.GRADIENT_DESCENT, 5, 0.1, -1), changed);
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

    private static double splitAccuracy(String name, String target) {
        SeededSplit split = SeededSplit.of(Datasets.load(name), 0.25, 42);
        StandardScalerModel scaler = new StandardScaler().fit(split.train());
        LogisticRegressionModel model = new LogisticRegression().fit(scaler.transform(split.train()), target);
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
}
