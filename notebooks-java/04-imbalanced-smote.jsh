// prepkit notebook 04: imbalanced classes and SMOTE.
// Open it with:  notebooks-java/open 04-imbalanced-smote.jsh   (from the repository root)
// A sampler returns a new table with rows added to (or removed from) some classes. It is applied to the
// training rows only: the test rows must stay real.

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.metrics.ImbalanceMetrics;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.plot.XYPlot;
import io.github.prepkit.resample.ADASYN;
import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.EditedNearestNeighbours;
import io.github.prepkit.resample.NearMiss;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTEENN;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.resample.TomekLinks;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.StratifiedKFold;
import io.github.prepkit.selection.TrainTestSplit;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

Map<String, Integer> counts(Table table, String target) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < table.rowCount(); i++) counts.merge(table.column(target).getString(i), 1, Integer::sum);
    return counts;
}

// --- Breast cancer: 212 malignant and 357 benign tumours. ---
Table cancer = Datasets.load("breast_cancer");
show("before", counts(cancer, "diagnosis"));

// --- RandomOverSampler repeats malignant rows; SMOTE synthesises new ones between a row and a near neighbour. ---
show("RandomOverSampler", counts(new RandomOverSampler().seed(0).fitResample(cancer, "diagnosis"), "diagnosis"));
Table balanced = new SMOTE().seed(0).fitResample(cancer, "diagnosis");
show("SMOTE", counts(balanced, "diagnosis"));
// the originals come first, then the 145 new rows; features come out as double columns, the target keeps its type
System.out.println(balanced.selectColumns("mean_radius", "mean_texture", "diagnosis").inRange(569, 572).print());

// --- How much to grow: a ratio minority / majority, or the wanted size per class. ---
show("ratio 0.8", counts(new SMOTE().samplingStrategy(SamplingStrategy.ratio(0.8)).fitResample(cancer, "diagnosis"), "diagnosis"));
show("counts", counts(new SMOTE().samplingStrategy(SamplingStrategy.counts(Map.of("malignant", 300))).
        fitResample(cancer, "diagnosis"), "diagnosis"));

// --- Each new row lies on a segment: base + u * (neighbour - base), u in [0, 1). The chart shows where. ---
Path chart = new XYPlot("SMOTE on breast cancer", "mean_radius", "mean_texture").
        points("original", cancer.numberColumn("mean_radius").asDoubleArray(), cancer.numberColumn("mean_texture").asDoubleArray()).
        points("synthetic", balanced.doubleColumn("mean_radius").inRange(569, 714).asDoubleArray(),
                balanced.doubleColumn("mean_texture").inRange(569, 714).asDoubleArray()).
        save(Path.of("target", "charts", "notebook-smote.png"));
show("chart", chart);

// --- BorderlineSMOTE grows only from rows whose 10 nearest neighbours are mostly (not all) of the other class. ---
Table border = new BorderlineSMOTE().seed(0).fitResample(cancer, "diagnosis");
Table border2 = new BorderlineSMOTE().kind(BorderlineSMOTE.Kind.BORDERLINE_2).seed(0).fitResample(cancer, "diagnosis");
show("mean radius of new rows, SMOTE", balanced.doubleColumn("mean_radius").inRange(569, 714).mean());
show("mean radius of new rows, borderline-1", border.doubleColumn("mean_radius").inRange(569, 714).mean());
show("mean radius of new rows, borderline-2 (also half-way towards benign rows)", border2.doubleColumn("mean_radius").inRange(569, 714).mean());

// --- SMOTENC: categorical columns are one-hot encoded for the distances and voted on by the neighbours. ---
String[] sizes = IntStream.range(0, cancer.rowCount()).
        mapToObj(i -> cancer.numberColumn("mean_area").getDouble(i) < 500 ? "small" : cancer.numberColumn("mean_area").getDouble(i) < 900 ? "medium" : "large").
        toArray(String[]::new);
Table mixed = cancer.selectColumns("mean_radius", "mean_texture", "diagnosis").addColumns(StringColumn.create("size", sizes));
Table mixedBalanced = new SMOTENC().seed(0).fitResample(mixed, "diagnosis");
System.out.println(mixedBalanced.inRange(569, 574).print());
show("sizes of the new rows", counts(mixedBalanced.inRange(569, 714), "size"));

// --- SMOTE refuses what it cannot do, saying what to change. ---
try {
    new SMOTE().fitResample(mixed, "diagnosis");
} catch (IllegalArgumentException e) {
    show("string column", e.getMessage());
}
try {
    new SMOTE().kNeighbors(20).fitResample(cancer.inRange(0, 30), "diagnosis");
} catch (IllegalArgumentException e) {
    show("small class", e.getMessage());
}

// --- Under-samplers that clean or select rows, and say which they keep (imbalanced-learn's sample_indices_). ---
Table scaledCancer = new StandardScaler().fit(cancer).transform(cancer);
show("TomekLinks keeps", counts(new TomekLinks().fitResample(scaledCancer, "diagnosis"), "diagnosis"));
show("EditedNearestNeighbours keeps", counts(new EditedNearestNeighbours().fitResample(scaledCancer, "diagnosis"), "diagnosis"));
show("NearMiss-1 keeps", counts(new NearMiss().fitResample(scaledCancer, "diagnosis"), "diagnosis"));
show("the first rows Tomek keeps", java.util.Arrays.toString(java.util.Arrays.copyOf(
        new TomekLinks().sampleIndices(scaledCancer, "diagnosis"), 10)));
show("ADASYN grows", counts(new ADASYN().seed(0).fitResample(scaledCancer, "diagnosis"), "diagnosis"));
show("SMOTEENN", counts(new SMOTEENN().seed(0).fitResample(scaledCancer, "diagnosis"), "diagnosis"));

// --- Scores that see the minority: the imbalanced classification report (imbalanced-learn's), per class and averaged. ---
Split split = new TrainTestSplit().stratify("diagnosis").seed(0).split(cancer);
var knn = Pipeline.steps().transform("scale", new StandardScaler()).resample("smote", new SMOTE().seed(0)).
        classifier("knn", new KNeighborsClassifier());
var predicted = knn.fit(split.train(), "diagnosis").predict(Columns.without(split.test(), "diagnosis"));
System.out.println(ImbalanceMetrics.classificationReportImbalanced(split.test().column("diagnosis"), predicted).print());

// --- Balanced accuracy and the geometric mean, cross-validated, the sampler fitted on the training folds only. ---
CrossValidation folds = new CrossValidation().cv(new StratifiedKFold(5, true, 0));
show("balanced accuracy", folds.scoring(Scoring.BALANCED_ACCURACY).evaluate(knn, cancer, "diagnosis").mean());
show("geometric mean", folds.scoring(Scoring.GEOMETRIC_MEAN).evaluate(knn, cancer, "diagnosis").mean());
show("F1 of malignant", folds.scoring(Scoring.f1("malignant")).evaluate(knn, cancer, "diagnosis").mean());
