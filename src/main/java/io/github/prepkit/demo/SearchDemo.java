package io.github.prepkit.demo;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.plot.HeatMap;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.Axis;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.CrossValidationResult;
import io.github.prepkit.selection.Distribution;
import io.github.prepkit.selection.GridSearch;
import io.github.prepkit.selection.RandomSearch;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.SearchResult;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code search} topic, last of the tour: on breast cancer with a few values knocked out, a pipeline impute ->
 * scale -> SMOTE -> kNN cross-validated without leakage, a random search over the C of a logistic regression, and
 * to end, a grid search over the pipeline's k and vote weights with its {@code cv_results_} table and a heat map
 * ({@code target/charts/grid-search.png}), the best pipeline refitted and scored on held-out rows.
 */
final class SearchDemo {

    private static final List<Integer> NEIGHBOURS = List.of(1, 3, 5, 7, 9, 11, 15);
    private static final List<Weights> WEIGHTS = List.of(Weights.UNIFORM, Weights.DISTANCE);

    private SearchDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        Split split = new TrainTestSplit().stratify("diagnosis").seed(0).split(withGaps(Datasets.load("breast_cancer")));
        Pipeline.Steps prepare = Pipeline.steps()
                .transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler())
                .resample("smote", new SMOTE().seed(0));
        crossValidation(tour, prepare, split.train());
        randomSearch(tour, split.train());
        gridSearch(tour, out, prepare, split);
    }

    /** 3 % of the values of worst_area missing, at seeded random rows, so that the imputer has work to do. */
    private static Table withGaps(Table cancer) {
        DoubleColumn area = cancer.doubleColumn("worst_area");
        SplittableRandom random = new SplittableRandom(0);
        for (int i = 0; i < area.size(); i++) {
            if (random.nextDouble() < 0.03) {
                area.setMissing(i);
            }
        }
        return cancer;
    }

    private static void crossValidation(Tour tour, Pipeline.Steps prepare, Table train) {
        tour.heading("Cross-validating a pipeline");
        tour.question("How well does impute -> scale -> SMOTE -> kNN (k = 5) do on rows it was not fitted on?");
        tour.input("breast cancer, 75 % training split (" + train.rowCount() + " rows), 3 % of worst_area missing");
        CrossValidationResult result = new CrossValidation().scoring(Scoring.F1_MACRO)
                .evaluate(prepare.classifier("knn", new KNeighborsClassifier()), train, "diagnosis");
        tour.answer("macro F1 per stratified fold " + Arrays.toString(Arrays.stream(result.testScores())
                .map(s -> Math.round(s * 1e4) / 1e4).toArray()) + "; " + result
                + " (every step is learned on the training fold only: no leakage)");
    }

    private static void gridSearch(Tour tour, PrintStream out, Pipeline.Steps prepare, Split split) {
        Axis<Integer> k = Axis.of("n_neighbors", NEIGHBOURS);
        Axis<Weights> weights = Axis.of("weights", WEIGHTS);
        SearchResult<ClassifierPipeline, ClassifierPipelineModel> result = GridSearch.of(List.of(k, weights),
                        candidate -> prepare.classifier("knn", new KNeighborsClassifier().nNeighbors(candidate.get(k))
                                .weights(candidate.get(weights))))
                .scoring(Scoring.F1_MACRO)
                .fit(split.train(), "diagnosis");
        tour.heading("Grid search over the pipeline's kNN");
        tour.question("Which k and which vote weights give the best cross-validated macro F1?");
        Table table = result.cvResults().selectColumns("param_n_neighbors", "param_weights", "mean_test_score",
                "std_test_score", "rank_test_score", "mean_fit_time");
        out.println(Tour.rounded(table).printAll());
        Table test = split.test();
        double heldOut = ClassificationMetrics.accuracy(test.column("diagnosis"),
                result.bestModel().predict(Columns.without(test, "diagnosis")));
        tour.answer(String.format("best %s with macro F1 %.4f; refitted on the training split, accuracy %.4f on the %d"
                + " held-out rows", result.bestParams(), result.bestScore(), heldOut, test.rowCount()));
        double[] means = result.meanTestScores();
        double[][] grid = new double[WEIGHTS.size()][NEIGHBOURS.size()];
        for (int c = 0; c < means.length; c++) {
            grid[WEIGHTS.indexOf(result.candidates().get(c).get(weights))][NEIGHBOURS.indexOf(result.candidates().get(c).get(k))] = means[c];
        }
        Path chart = new HeatMap("Grid search: mean macro F1 over 5 stratified folds", "n_neighbors", "weights")
                .cells(NEIGHBOURS.stream().map(String::valueOf).toList(), WEIGHTS.stream().map(Weights::name).toList(), grid)
                .save(Path.of("target", "charts", "grid-search.png"));
        tour.answer("heat map: " + chart);
    }

    private static void randomSearch(Tour tour, Table train) {
        Axis<Double> c = Axis.of("C", Distribution.logUniform(1e-3, 1e2));
        Pipeline.Steps scale = Pipeline.steps().transform("impute", new SimpleImputer()).transform("scale", new StandardScaler());
        SearchResult<ClassifierPipeline, ClassifierPipelineModel> result = RandomSearch.of(List.of(c),
                        candidate -> scale.classifier("logistic", new LogisticRegression().c(candidate.get(c))))
                .nIter(8).seed(0).scoring(Scoring.ROC_AUC)
                .fit(train, "diagnosis");
        tour.heading("Random search over a logistic regression's C");
        tour.question("Eight values of C drawn log-uniformly from [0.001, 100): which ranks the tumours best?");
        tour.answer(Tour.rounded(result.cvResults().selectColumns("param_C", "mean_test_score", "rank_test_score")
                .sortOn("rank_test_score")));
        tour.answer(String.format("best C %.4f with ROC AUC %.4f", result.bestParams().get(c), result.bestScore()));
    }
}
