// prepkit notebook 11: judging a classifier — classification report, ROC and precision-recall curves, permutation
// importance, a learning curve, each with its chart.
// Open it with:  notebooks-java/open 11-evaluation.jsh   (from the repository root)

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.inspection.LearningCurve;
import io.github.prepkit.inspection.LearningCurveResult;
import io.github.prepkit.inspection.PermutationImportance;
import io.github.prepkit.inspection.PermutationImportanceResult;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.metrics.PrecisionRecallCurve;
import io.github.prepkit.metrics.RankingMetrics;
import io.github.prepkit.metrics.RocCurve;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.plot.BarChart;
import io.github.prepkit.plot.LearningCurveChart;
import io.github.prepkit.plot.PrecisionRecallChart;
import io.github.prepkit.plot.RocChart;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

// --- A logistic regression on standardised columns, fitted on 75 % of breast cancer, judged on the rest. ---
Split split = new TrainTestSplit().stratify("diagnosis").seed(0).split(Datasets.load("breast_cancer"));
Table testFeatures = Columns.without(split.test(), "diagnosis");
Column<?> truth = split.test().column("diagnosis");
ClassifierPipeline logistic = Pipeline.steps().
        transform("scale", new StandardScaler()).
        classifier("logistic", new LogisticRegression());
ClassifierPipelineModel logisticModel = logistic.fit(split.train(), "diagnosis");
Column<?> predicted = logisticModel.predict(testFeatures);

// --- The classification report: per class precision, recall, F1 and support, as a table and as scikit-learn's text. ---
System.out.println(ClassificationMetrics.confusionMatrix(truth, predicted).print());
System.out.println(ClassificationMetrics.classificationReport(truth, predicted).print());
System.out.print(ClassificationMetrics.classificationReportText(truth, predicted));
System.out.printf("Matthews correlation %.4f, Cohen's kappa %.4f%n", ClassificationMetrics.matthewsCorrcoef(truth, predicted),
        ClassificationMetrics.cohenKappa(truth, predicted));

// --- ROC and precision-recall curves of the probability of malignant (the greater class is the positive one). ---
RandomForestClassifierModel forest = new RandomForestClassifier().nEstimators(50).seed(0).fit(split.train(), "diagnosis");
RocCurve logisticRoc = RankingMetrics.rocCurve(truth, logisticModel.predictProba(testFeatures));
RocCurve forestRoc = RankingMetrics.rocCurve(truth, forest.predictProba(testFeatures));
PrecisionRecallCurve logisticPr = RankingMetrics.precisionRecallCurve(truth, logisticModel.predictProba(testFeatures));
PrecisionRecallCurve forestPr = RankingMetrics.precisionRecallCurve(truth, forest.predictProba(testFeatures));
show("ROC AUC, logistic and forest", logisticRoc.area() + ", " + forestRoc.area());
show("average precision, logistic and forest", logisticPr.averagePrecision() + ", " + forestPr.averagePrecision());
show("the logistic ROC curve's first thresholds", Arrays.toString(Arrays.copyOf(logisticRoc.thresholds(), 4)));
show("ROC chart", new RocChart("Breast cancer: ROC curves").
        curve("logistic regression", logisticRoc).
        curve("random forest", forestRoc).
        save(Path.of("target", "charts", "notebook-roc.png")));
show("precision-recall chart", new PrecisionRecallChart("Breast cancer: precision-recall curves").
        curve("logistic regression", logisticPr).
        curve("random forest", forestPr).
        save(Path.of("target", "charts", "notebook-precision-recall.png")));
// one curve alone, titled with its area
show("one curve", RocChart.of(logisticRoc).save(Path.of("target", "charts", "notebook-roc-logistic.png")));

// --- Permutation importance: the forest's accuracy drop when one column is shuffled, 5 times each. ---
PermutationImportanceResult importance = new PermutationImportance().nRepeats(5).seed(0).
        compute(forest, testFeatures, truth);
show("baseline accuracy", importance.baselineScore());
Table top = importance.table().first(10);
System.out.println(top.print());
show("importance chart", new BarChart("Random forest: permutation importance", "feature", "mean drop in accuracy",
        top.stringColumn("feature").asList()).
        bars("importance", top.doubleColumn("importance_mean").asDoubleArray()).
        save(Path.of("target", "charts", "notebook-permutation-importance.png")));

// --- Learning curve: training and cross-validated scores as the training rows grow (5 sizes x 5 folds). ---
LearningCurveResult curve = new LearningCurve().shuffle(true).seed(0).
        evaluate(logistic, Datasets.load("breast_cancer"), "diagnosis");
show("training sizes", Arrays.toString(curve.trainSizes()));
show("mean training scores", Arrays.toString(curve.scores().trainMean()));
show("mean test scores", Arrays.toString(curve.scores().testMean()));
System.out.println(curve.table().first(10).print());
show("learning curve chart", new LearningCurveChart("Breast cancer: learning curve", "accuracy", curve).
        save(Path.of("target", "charts", "notebook-learning-curve.png")));
