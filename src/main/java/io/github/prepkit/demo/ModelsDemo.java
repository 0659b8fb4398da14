package io.github.prepkit.demo;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.cluster.KMeansModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.GradientBoostingClassifier;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.exercises.InterviewModels;
import io.github.prepkit.linear.LearningRate;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.SGDRegressor;
import io.github.prepkit.linear.SGDRegressorModel;
import io.github.prepkit.metrics.Average;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.metrics.ClusteringMetrics;
import io.github.prepkit.metrics.ProbabilityMetrics;
import io.github.prepkit.metrics.RegressionMetrics;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.plot.XYPlot;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code models} topic: each model on a bundled data set with a seeded, stratified 75 / 25 split, its test
 * score and a few predictions; k-means on iris and the gradient-descent loss curve as PNG charts in
 * {@code target/charts/}; and the interview variants.
 */
final class ModelsDemo {

    private ModelsDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        classifiers(tour, out);
        tree(tour);
        regression(tour, out);
        clustering(tour, out);
        interviewModels(tour);
    }

    private static Split split(String dataset, String target) {
        return new TrainTestSplit().stratify(target).seed(0).split(Datasets.load(dataset));
    }

    private static void classifiers(Tour tour, PrintStream out) {
        tour.heading("Classifiers on a seeded, stratified 75 / 25 split");
        tour.question("How well does each model classify rows it has not seen?");
        Map<String, Object[]> runs = new LinkedHashMap<>();
        runs.put("kNN (k = 5), iris", new Object[] {"iris", "species", new KNeighborsClassifier()});
        runs.put("logistic regression (multinomial, Newton, L2), wine, scaled", new Object[] {"wine", "cultivar", new LogisticRegression()});
        runs.put("decision tree (depth 4), breast cancer", new Object[] {"breast_cancer", "diagnosis",
                new DecisionTreeClassifier().maxDepth(4).seed(0)});
        runs.put("random forest (100 trees), breast cancer", new Object[] {"breast_cancer", "diagnosis",
                new RandomForestClassifier().seed(0)});
        runs.put("gradient boosting (100 stages), breast cancer", new Object[] {"breast_cancer", "diagnosis",
                new GradientBoostingClassifier().seed(0)});
        out.printf("  %-59s %9s %9s%n", "model, data set", "accuracy", "macro F1");
        for (Map.Entry<String, Object[]> run : runs.entrySet()) {
            String target = (String) run.getValue()[1];
            Split split = split((String) run.getValue()[0], target);
            Table train = split.train();
            Table test = split.test();
            if (run.getKey().endsWith("scaled")) {
                StandardScalerModel scaler = new StandardScaler().fit(Columns.without(train, target));
                train = scaler.transform(Columns.without(train, target)).addColumns(train.column(target).copy());
                test = scaler.transform(Columns.without(test, target)).addColumns(test.column(target).copy());
            }
            PredictorModel model = ((Predictor<?>) run.getValue()[2]).fit(train, target);
            Column<?> truth = test.column(target);
            Column<?> predicted = model.predict(Columns.without(test, target));
            out.printf("  %-59s %9.3f %9.3f%n", run.getKey(), ClassificationMetrics.accuracy(truth, predicted),
                    ClassificationMetrics.f1(truth, predicted, Average.MACRO));
        }
        Split cancer = split("breast_cancer", "diagnosis");
        ClassifierModel forest = new RandomForestClassifier().seed(0).fit(cancer.train(), "diagnosis");
        Table features = Columns.without(cancer.test(), "diagnosis");
        tour.answer("random forest ROC AUC on breast cancer: " + String.format("%.4f",
                ProbabilityMetrics.rocAuc(cancer.test().column("diagnosis"), forest.predictProba(features))));
        tour.answer(ClassificationMetrics.confusionMatrix(cancer.test().column("diagnosis"), forest.predict(features)));
    }

    private static void tree(Tour tour) {
        Split cancer = split("breast_cancer", "diagnosis");
        DecisionTreeClassifierModel tree = new DecisionTreeClassifier().maxDepth(2).seed(0).fit(cancer.train(), "diagnosis");
        tour.heading("A decision tree you can read");
        tour.question("Which questions does a depth-2 tree ask about a tumour?");
        tour.answer("\n" + tree.exportText());
    }

    private static void regression(Tour tour, PrintStream out) {
        Split diabetes = new TrainTestSplit().seed(0).split(Datasets.load("diabetes"));
        Column<?> truth = diabetes.test().column("progression");
        Table features = Columns.without(diabetes.test(), "progression");
        LinearRegressionModel ols = new LinearRegression().fit(diabetes.train(), "progression");
        SGDRegressorModel sgd = new SGDRegressor().learningRate(LearningRate.constant(0.1)).fit(diabetes.train(), "progression");
        tour.heading("Regression on diabetes");
        tour.question("How much of the disease progression do ten baseline measurements explain?");
        out.printf("  %-36s R^2 %.3f   MSE %8.1f%n", "LinearRegression (least squares)", RegressionMetrics.r2(truth, ols.predict(features)),
                RegressionMetrics.meanSquaredError(truth, ols.predict(features)));
        out.printf("  %-36s R^2 %.3f   MSE %8.1f   (%d epochs)%n", "SGDRegressor (constant rate 0.1)",
                RegressionMetrics.r2(truth, sgd.predict(features)), RegressionMetrics.meanSquaredError(truth, sgd.predict(features)),
                sgd.nIter());
        double[] losses = sgd.lossHistory();
        Path chart = new XYPlot("SGDRegressor on diabetes: training loss per epoch", "epoch", "mean loss")
                .line("loss", IntStream.rangeClosed(1, losses.length).asDoubleStream().toArray(), losses)
                .save(Path.of("target", "charts", "gradient-descent-loss.png"));
        tour.answer("loss curve: " + chart);
    }

    private static void clustering(Tour tour, PrintStream out) {
        Table petals = Datasets.load("iris").selectColumns("petal_length_cm", "petal_width_cm");
        KMeansModel kmeans = new KMeans().nClusters(3).seed(0).fit(petals);
        tour.heading("k-means on iris petals");
        tour.question("Do three clusters of petal sizes find the three species?");
        out.printf("  inertia %.3f, silhouette %.3f, %d Lloyd iterations%n", kmeans.inertia(),
                ClusteringMetrics.silhouette(petals, kmeans.predict(petals)), kmeans.iterations());
        XYPlot plot = new XYPlot("k-means on iris petals (k = 3)", "petal length (cm)", "petal width (cm)");
        int[] labels = kmeans.labels();
        double[] length = Columns.values(petals, "petal_length_cm");
        double[] width = Columns.values(petals, "petal_width_cm");
        for (int c = 0; c < 3; c++) {
            int cluster = c;
            int[] rows = IntStream.range(0, labels.length).filter(i -> labels[i] == cluster).toArray();
            plot.points("cluster " + c, pick(length, rows), pick(width, rows));
        }
        double[][] centres = kmeans.clusterCenters();
        plot.points("centres", Arrays.stream(centres).mapToDouble(c -> c[0]).toArray(),
                Arrays.stream(centres).mapToDouble(c -> c[1]).toArray());
        tour.answer("chart: " + plot.save(Path.of("target", "charts", "kmeans-iris.png")));
    }

    private static double[] pick(double[] values, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> values[i]).toArray();
    }

    private static void interviewModels(Tour tour) {
        Table iris = Datasets.load("iris");
        tour.heading("The interview variants, from scratch");
        tour.question("kNN with the k - 1 tie rule; the permutation forest; Newton's logistic regression; k-means.");
        tour.answer("kNN(5, iris, [6.1, 2.9, 4.7, 1.4]) = " + InterviewModels.kNN(5, iris, new double[] {6.1, 2.9, 4.7, 1.4}));
        Table votes = Table.create("votes",
                IntColumn.create("rain", 1, 1, 0, 0, 1, 0),
                IntColumn.create("wind", 0, 1, 1, 0, 1, 0),
                IntColumn.create("cold", 1, 1, 0, 1, 0, 0),
                IntColumn.create("stay_in", 1, 1, 0, 1, 1, 0));
        tour.answer("randomForest(weather, [1, 0, 0]) = " + InterviewModels.randomForest(votes, new int[] {1, 0, 0}));
        tour.answer("kMeans(6 points, k = 2) = " + Arrays.toString(InterviewModels.kMeans(
                new double[][] {{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}}, 2, new double[][] {{1, 1}, {5, 7}})));
    }
}
