package io.github.prepkit.bench;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.FeatureColumns;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression.Penalty;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.regression.LinearModel;
import smile.regression.OLS;
import tech.tablesaw.api.Table;

/**
 * Logistic regression on {@code cls_100k.csv} (100,000 x 20, classes 9:1) and linear regression on
 * {@code reg_100k.csv} (100,000 x 20), ours beside Smile 3.1.1's on the same data, one thread. Our fits start from
 * the Tablesaw table (the conversion to column arrays included; {@link #featureColumnsOnly} times it alone);
 * Smile's logistic regression takes prepared arrays, its OLS a DataFrame, as in the peers' anchors (Bench.java).
 * scikit-learn's figures come from {@code bench_sklearn.py logreg linreg}. Run with
 * {@code OPENBLAS_NUM_THREADS=1 mvn -q test-compile exec:exec@bench -Dbench=LinearModelsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class LinearModelsBenchmark {

    private Table classification;
    private double[][] classificationX;
    private int[] classificationY;
    private Table regression;
    private double[][] regressionX;
    private double[] regressionY;
    private DataFrame regressionFrame;

    @Setup
    public void read() {
        classification = BenchData.csv("cls_100k.csv");
        classificationX = rows(classification);
        classificationY = classification.intColumn("y").asIntArray();
        regression = BenchData.csv("reg_100k.csv");
        regressionX = rows(regression);
        regressionY = regression.numberColumn("y").asDoubleArray();
        String[] names = regression.columnNames().subList(0, regressionX[0].length).toArray(String[]::new);
        regressionFrame = DataFrame.of(regressionX, names).merge(DoubleVector.of("y", regressionY));
    }

    /** Newton without penalty, with intercept: scikit-learn's lbfgs row (penalty=None) and Smile's L-BFGS. */
    @Benchmark
    public LogisticRegressionModel logisticNewton() {
        return new LogisticRegression().penalty(Penalty.NONE).fit(classification, "y");
    }

    /** Newton without penalty or intercept: scikit-learn's newton-cg row. */
    @Benchmark
    public LogisticRegressionModel logisticNewtonNoIntercept() {
        return new LogisticRegression().penalty(Penalty.NONE).fitIntercept(false).fit(classification, "y");
    }

    /** Smile's binomial logistic regression, L-BFGS, lambda 0, tol 1e-5, at most 500 iterations (Bench.java). */
    @Benchmark
    public smile.classification.LogisticRegression smileLogistic() {
        return smile.classification.LogisticRegression.binomial(classificationX, classificationY, 0.0, 1e-5, 500);
    }

    @Benchmark
    public LinearRegressionModel linearRegression() {
        return new LinearRegression().fit(regression, "y");
    }

    /** Smile's OLS by QR (LAPACK through OpenBLAS), no standard errors (Bench.java's linreg_ols). */
    @Benchmark
    public LinearModel smileOls() {
        return OLS.fit(Formula.lhs("y"), regressionFrame, "qr", false, false);
    }

    /** The route not taken: Commons Math's Householder QR on the prepared arrays (no centring, no intercept). */
    @Benchmark
    public double[] commonsMathQr() {
        return new QRDecomposition(new Array2DRowRealMatrix(regressionX, false)).getSolver()
                .solve(new ArrayRealVector(regressionY, false)).toArray();
    }

    /** What the row-major conversion costs (the linear models' fits read column arrays instead, below). */
    @Benchmark
    public FeatureMatrix featureMatrixOnly() {
        return FeatureMatrix.of(Columns.without(classification, "y"), "benchmark");
    }

    /** What our fits spend reading the table's columns into arrays, checked. */
    @Benchmark
    public double[][] featureColumnsOnly() {
        return FeatureColumns.of(Columns.without(classification, "y"), "benchmark").arrays();
    }

    private static double[][] rows(Table table) {
        FeatureMatrix x = FeatureMatrix.of(Columns.without(table, "y"), "benchmark");
        double[][] rows = new double[x.rows()][x.columns()];
        for (int i = 0; i < x.rows(); i++) {
            System.arraycopy(x.values(), i * x.columns(), rows[i], 0, x.columns());
        }
        return rows;
    }
}
