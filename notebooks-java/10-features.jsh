// prepkit notebook 10: making features — ordinal and target codes, bins, power and quantile transforms, polynomial
// terms, PCA in a pipeline with its chart, feature selection in a pipeline.
// Open it with:  notebooks-java/open 10-features.jsh   (from the repository root)

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.decomposition.PCA;
import io.github.prepkit.decomposition.PCAModel;
import io.github.prepkit.encode.KBinsDiscretizer;
import io.github.prepkit.encode.KBinsDiscretizerModel;
import io.github.prepkit.encode.OrdinalEncoder;
import io.github.prepkit.encode.OrdinalEncoderModel;
import io.github.prepkit.encode.TargetEncoder;
import io.github.prepkit.encode.TargetEncoderModel;
import io.github.prepkit.encode.TargetType;
import io.github.prepkit.featureselection.SelectKBest;
import io.github.prepkit.featureselection.SelectKBestModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.plot.XYPlot;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.transform.PolynomialFeatures;
import io.github.prepkit.transform.PolynomialFeaturesModel;
import io.github.prepkit.transform.PowerTransformer;
import io.github.prepkit.transform.PowerTransformerModel;
import io.github.prepkit.transform.QuantileTransformer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

double skewness(Table table, String column) {
    return new Skewness().evaluate(Columns.values(table, column));
}

// --- OrdinalEncoder: one code per level (sorted), a level never seen coded -1 instead of failing. ---
Table students = Datasets.load("students").selectColumns("favorite_color", "grade");
OrdinalEncoderModel ordinal = new OrdinalEncoder().columns("favorite_color").unknownValue(-1).fit(students);
show("categories", ordinal.categories("favorite_color"));
Table newcomers = Table.create("new", StringColumn.create("favorite_color", "red", "teal"), IntColumn.create("grade", 88, 93));
System.out.println(ordinal.transform(newcomers).print());
System.out.println(ordinal.inverseTransform(ordinal.transform(students.first(3))).print());

// --- TargetEncoder: each colour replaced by its students' mean grade, shrunk toward the mean of all grades. ---
Table colours = Datasets.load("students").selectColumns("name", "favorite_color", "grade");
TargetEncoder targetEncoder = new TargetEncoder().columns("favorite_color").targetType(TargetType.CONTINUOUS);
TargetEncoderModel byGrade = targetEncoder.fit(colours, "grade");
show("categories", byGrade.categories().get("favorite_color"));
show("their encodings", Arrays.toString(byGrade.encodings("favorite_color")[0]));
show("mean of all grades", byGrade.targetMean()[0]);
// transform codes every row by what all rows taught; fitTransform (what a pipeline trains the next step on)
// cross-fits: each of 5 folds is coded by the other 4, so no row's code has seen its own grade.
Table colourFeatures = Columns.without(colours, "grade");
System.out.println(byGrade.transform(colourFeatures).first(4).print());
System.out.println(targetEncoder.fitTransform(colourFeatures, colours.column("grade")).first(4).print());

// --- KBinsDiscretizer: grades in thirds of equal counts, as codes or as 0/1 columns. ---
KBinsDiscretizerModel thirds = new KBinsDiscretizer().nBins(3).encode(KBinsDiscretizer.Encode.ORDINAL).
        columns("grade").fit(students);
show("bin edges", Arrays.toString(thirds.binEdges("grade")));
System.out.println(thirds.transform(students).first(4).print());
show("one-hot bin columns", new KBinsDiscretizer().nBins(3).columns("grade").fit(students).binColumns("grade"));

// --- PowerTransformer and QuantileTransformer: skewed wine columns made Gaussian-like. ---
Table wine = Datasets.load("wine").selectColumns("malic_acid", "magnesium", "proline");
PowerTransformerModel yeoJohnson = new PowerTransformer().fit(wine);
show("Yeo-Johnson lambdas", Arrays.toString(yeoJohnson.lambdas()));
Table normal = new QuantileTransformer().nQuantiles(100).
        outputDistribution(QuantileTransformer.OutputDistribution.NORMAL).fitTransform(wine);
for (String column : wine.columnNames()) {
    System.out.printf("%-10s skewness %6.3f -> Yeo-Johnson %6.3f, quantiles -> normal %6.3f%n", column,
            skewness(wine, column), skewness(yeoJohnson.transform(wine), column), skewness(normal, column));
}
// inverseTransform brings the original values back
System.out.println(yeoJohnson.inverseTransform(yeoJohnson.transform(wine)).first(3).print());

// --- PolynomialFeatures: every term of degree up to 2, named and ordered as scikit-learn's. ---
Table two = Datasets.load("wine").selectColumns("alcohol", "hue");
PolynomialFeaturesModel terms = new PolynomialFeatures().degree(2).fit(two);
show("features out", terms.featureNamesOut());
show("interaction only, no bias", new PolynomialFeatures().degree(2).interactionOnly(true).includeBias(false).
        fit(two).featureNamesOut());
System.out.println(terms.transform(two).first(3).print());

// --- PCA in a pipeline: standardise wine's 13 measurements, keep two components, classify on them. ---
Table wineAll = Datasets.load("wine");
Table measurements = Columns.without(wineAll, "cultivar");
ClassifierPipeline pcaPipeline = Pipeline.steps().
        transform("scale", new StandardScaler()).
        transform("pca", new PCA().nComponents(2)).
        classifier("logistic", new LogisticRegression());
ClassifierPipelineModel pcaModel = pcaPipeline.fit(wineAll, "cultivar");
show("explained variance ratios", Arrays.toString(pcaModel.step("pca", PCAModel.class).explainedVarianceRatio()));
// transform runs every step but the last: the rows as the classifier sees them, pca0 and pca1
Table components = pcaModel.transform(measurements);
System.out.println(components.first(3).print());
show("accuracy on 2 components, 5 folds", new CrossValidation().evaluate(pcaPipeline, wineAll, "cultivar"));
XYPlot pcaChart = new XYPlot("Wine: first two principal components", "pca0", "pca1");
for (String cultivar : new String[] {"class_0", "class_1", "class_2"}) {
    int[] rows = IntStream.range(0, wineAll.rowCount()).
            filter(i -> wineAll.stringColumn("cultivar").get(i).equals(cultivar)).toArray();
    pcaChart.points(cultivar, Arrays.stream(rows).mapToDouble(i -> components.doubleColumn("pca0").getDouble(i)).toArray(),
            Arrays.stream(rows).mapToDouble(i -> components.doubleColumn("pca1").getDouble(i)).toArray());
}
show("chart", pcaChart.save(Path.of("target", "charts", "notebook-wine-pca.png")));

// --- SelectKBest in a pipeline: wine's 13 measurements among 20 columns of noise. ---
Random random = new Random(0);
Table noisy = Columns.without(wineAll, "cultivar");
for (int j = 0; j < 20; j++) {
    noisy.addColumns(DoubleColumn.create("noise_" + j, IntStream.range(0, wineAll.rowCount()).
            mapToDouble(i -> random.nextGaussian()).toArray()));
}
noisy.addColumns(wineAll.column("cultivar").copy());
Pipeline.Steps scaled = Pipeline.steps().transform("scale", new StandardScaler());
show("kNN on all 33 columns", new CrossValidation().evaluate(scaled.classifier("knn", new KNeighborsClassifier()),
        noisy, "cultivar"));
ClassifierPipeline selecting = scaled.
        transform("select", new SelectKBest().k(13)).
        classifier("knn", new KNeighborsClassifier());
// the selector is fitted inside each training fold, so the held-out fold never guides the choice
show("kNN on the 13 best by ANOVA F", new CrossValidation().evaluate(selecting, noisy, "cultivar"));
show("kept when fitted on all rows", selecting.fit(noisy, "cultivar").step("select", SelectKBestModel.class).selected());
