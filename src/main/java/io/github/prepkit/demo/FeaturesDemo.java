package io.github.prepkit.demo;

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
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code features} topic: encoders and transforms that make new features from old (ordinal codes, target
 * encoding, bins, powers and quantiles, polynomial terms), what each learned, and how they change a skewed column;
 * PCA of the standardised wine measurements inside a pipeline, charted by cultivar to
 * {@code target/charts/wine-pca.png}; and SelectKBest inside a pipeline, finding wine's measurements among columns of
 * noise.
 */
final class FeaturesDemo {

    private static final List<String> SKEWED = List.of("malic_acid", "magnesium", "proline");
    /** How many columns of noise the feature-selection section adds to wine's 13 measurements. */
    static final int NOISE_COLUMNS = 20;

    private FeaturesDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        ordinalCodes(tour);
        targetEncoding(tour, out);
        bins(tour);
        skewness(tour, out);
        polynomial(tour);
        principalComponents(tour, out);
        selection(tour, out);
    }

    private static void ordinalCodes(Tour tour) {
        Table students = Datasets.load("students").selectColumns("name", "favorite_color", "grade");
        OrdinalEncoderModel encoder = new OrdinalEncoder().columns("favorite_color")
                .unknownValue(-1).fit(students);
        Table newcomers = Table.create("newcomers", StringColumn.create("name", "Zoe", "Omar"),
                StringColumn.create("favorite_color", "red", "teal"), IntColumn.create("grade", 88, 93));
        tour.heading("OrdinalEncoder: one code per level, unknown levels coded -1");
        tour.question("Give each favourite colour a number, in sorted order, and code a colour never seen as -1.");
        tour.input(students);
        tour.answer("categories " + encoder.categories("favorite_color"));
        tour.answer(encoder.transform(newcomers));
    }

    private static void targetEncoding(Tour tour, PrintStream out) {
        Table students = Datasets.load("students").selectColumns("name", "favorite_color", "grade");
        TargetEncoder encoder = new TargetEncoder().columns("favorite_color").targetType(TargetType.CONTINUOUS);
        TargetEncoderModel model = encoder.fit(students, "grade");
        Table features = Columns.without(students, "grade");
        tour.heading("TargetEncoder: a colour replaced by the mean grade of the students who like it");
        tour.question("Encode each favourite colour by its students' mean grade, shrunk toward the mean of all grades"
                + " the more so when the colour's students are few and their grades spread out.");
        tour.input(students);
        List<String> colours = model.categories().get("favorite_color");
        double[] encodings = model.encodings("favorite_color")[0];
        out.printf("  %-8s %8s %11s %9s%n", "colour", "students", "mean grade", "encoding");
        for (int c = 0; c < colours.size(); c++) {
            String colour = colours.get(c);
            double[] grades = IntStream.range(0, students.rowCount())
                    .filter(i -> students.stringColumn("favorite_color").get(i).equals(colour))
                    .mapToDouble(i -> students.numberColumn("grade").getDouble(i)).toArray();
            out.printf("  %-8s %8d %11.2f %9.2f%n", colour, grades.length, Arrays.stream(grades).average().orElseThrow(),
                    encodings[c]);
        }
        tour.answer(String.format("the mean of all grades is %.2f; each encoding moves from its colour's mean grade toward"
                + " it by an empirical Bayes weight (scikit-learn's smooth=\"auto\"): a colour of one student shows no"
                + " spread and keeps that student's grade", model.targetMean()[0]));
        Table codes = Table.create("codes", features.stringColumn("name"), features.stringColumn("favorite_color"),
                students.intColumn("grade"), model.transform(features).doubleColumn("favorite_color").setName("transform"),
                encoder.fitTransform(features, students.column("grade")).doubleColumn("favorite_color")
                        .setName("fitTransform"));
        tour.answer(Tour.rounded(codes.first(6)));
        tour.answer("transform codes every row by what all 20 rows taught; fitTransform, what a pipeline trains the next"
                + " step on, cuts the rows into " + encoder.cv() + " folds and codes each fold by the other folds, so no"
                + " student's code has seen their own grade.");
    }

    private static void bins(Tour tour) {
        Table students = Datasets.load("students").selectColumns("name", "grade");
        KBinsDiscretizerModel bins = new KBinsDiscretizer().nBins(3).encode(KBinsDiscretizer.Encode.ORDINAL)
                .strategy(KBinsDiscretizer.Strategy.QUANTILE).columns("grade").fit(students);
        tour.heading("KBinsDiscretizer: grades in three bins of equal counts");
        tour.question("Put the grades into low, middle and high thirds.");
        tour.input(students);
        tour.answer("bin edges " + Arrays.toString(bins.binEdges("grade")));
        tour.answer(bins.transform(students).first(6));
    }

    private static void skewness(Tour tour, PrintStream out) {
        Table wine = Datasets.load("wine").selectColumns(SKEWED.toArray(String[]::new));
        PowerTransformerModel yeoJohnson = new PowerTransformer().fit(wine);
        Table boxCox = new PowerTransformer().method(PowerTransformer.Method.BOX_COX).fitTransform(wine);
        Table normal = new QuantileTransformer().nQuantiles(100)
                .outputDistribution(QuantileTransformer.OutputDistribution.NORMAL).fitTransform(wine);
        tour.heading("PowerTransformer and QuantileTransformer: skewed columns made Gaussian-like");
        tour.question("How skewed are malic acid, magnesium and proline before and after each transform?");
        tour.input(wine);
        out.printf("  %-34s %s%n", "skewness", String.join("  ", SKEWED));
        for (var row : List.of(new Object[] {"as measured", wine}, new Object[] {"Yeo-Johnson (standardized)",
                yeoJohnson.transform(wine)}, new Object[] {"Box-Cox (standardized)", boxCox},
                new Object[] {"quantiles -> normal", normal})) {
            Table table = (Table) row[1];
            out.printf("  %-34s %s%n", row[0], String.join("  ", SKEWED.stream().map(c -> String.format("%"
                    + c.length() + ".3f", new Skewness().evaluate(Columns.values(table, c)))).toList()));
        }
        tour.answer("Yeo-Johnson lambdas " + Arrays.toString(Arrays.stream(yeoJohnson.lambdas())
                .mapToObj(l -> String.format("%.3f", l)).toArray()));
    }

    private static void polynomial(Tour tour) {
        Table wine = Datasets.load("wine").selectColumns("alcohol", "hue");
        PolynomialFeaturesModel terms = new PolynomialFeatures().degree(2).fit(wine);
        tour.heading("PolynomialFeatures: squares and products of two columns");
        tour.question("Add every term of degree up to 2 of alcohol and hue, named as scikit-learn names them.");
        tour.input(wine);
        tour.answer("features out " + terms.featureNamesOut());
        tour.answer(terms.transform(wine).first(3));
    }

    private static void principalComponents(Tour tour, PrintStream out) {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        ClassifierPipeline pipeline = Pipeline.steps().transform("scale", new StandardScaler())
                .transform("pca", new PCA().nComponents(2)).classifier("logistic", new LogisticRegression());
        ClassifierPipelineModel model = pipeline.fit(wine, "cultivar");
        double[] ratios = model.step("pca", PCAModel.class).explainedVarianceRatio();
        tour.heading("PCA: wine's 13 measurements seen in two dimensions");
        tour.question("Standardised, then projected on their first two principal components, how much of the"
                + " measurements' variance is left, and can the three cultivars still be told apart?");
        tour.input("wine, " + wine.rowCount() + " rows x " + features.columnCount() + " measurements in their own units"
                + " (proline in the hundreds, hue about 1); pipeline scale -> PCA (2 components) -> logistic regression");
        tour.answer(String.format("explained variance ratios %.4f and %.4f: the two components keep %.1f %% of the"
                + " variance of the 13 standardised columns", ratios[0], ratios[1], 100 * (ratios[0] + ratios[1])));
        Table scores = model.transform(features);
        tour.answer(Tour.rounded(scores.first(3)));
        CrossValidation cv = new CrossValidation();
        double twoComponents = cv.evaluate(pipeline, wine, "cultivar").mean();
        double allColumns = cv.evaluate(Pipeline.steps().transform("scale", new StandardScaler())
                .classifier("logistic", new LogisticRegression()), wine, "cultivar").mean();
        out.printf("  accuracy over 5 stratified folds: %.4f on the 2 components, %.4f on all 13 standardised"
                + " columns%n", twoComponents, allColumns);
        XYPlot chart = new XYPlot("Wine: the first two principal components of the standardised measurements",
                "first component (pca0)", "second component (pca1)");
        for (String cultivar : wine.stringColumn("cultivar").unique().asList().stream().sorted().toList()) {
            int[] rows = IntStream.range(0, wine.rowCount())
                    .filter(i -> wine.stringColumn("cultivar").get(i).equals(cultivar)).toArray();
            chart.points(cultivar, Arrays.stream(rows).mapToDouble(i -> scores.doubleColumn("pca0").getDouble(i)).toArray(),
                    Arrays.stream(rows).mapToDouble(i -> scores.doubleColumn("pca1").getDouble(i)).toArray());
        }
        tour.answer("the scaler and PCA are refitted on each training fold, so no held-out row shapes the components;"
                + " chart of the components by cultivar: " + chart.save(Path.of("target", "charts", "wine-pca.png")));
    }

    private static void selection(Tour tour, PrintStream out) {
        Table wine = withNoise(Datasets.load("wine"));
        int measurements = wine.columnCount() - 1 - NOISE_COLUMNS;
        Pipeline.Steps scale = Pipeline.steps().transform("scale", new StandardScaler());
        ClassifierPipeline all = scale.classifier("knn", new KNeighborsClassifier());
        ClassifierPipeline selected = scale.transform("select", new SelectKBest().k(measurements))
                .classifier("knn", new KNeighborsClassifier());
        tour.heading("SelectKBest in a pipeline: the measurements found among noise");
        tour.question("With " + NOISE_COLUMNS + " columns of random noise added to wine's " + measurements
                + " measurements, does kNN (k = 5) do better when SelectKBest first keeps the " + measurements
                + " columns of highest ANOVA F score?");
        tour.input("wine, " + wine.rowCount() + " rows x " + (wine.columnCount() - 1) + " features: the measurements,"
                + " then noise_0 to noise_" + (NOISE_COLUMNS - 1) + " drawn from a standard normal (seed 0)");
        CrossValidation cv = new CrossValidation();
        out.printf("  %-38s %s%n", "pipeline", "accuracy over 5 stratified folds");
        out.printf("  %-38s %.4f%n", "scale -> kNN", cv.evaluate(all, wine, "cultivar").mean());
        out.printf("  %-38s %.4f%n", "scale -> SelectKBest(k = " + measurements + ") -> kNN",
                cv.evaluate(selected, wine, "cultivar").mean());
        SelectKBestModel selector = selected.fit(wine, "cultivar").step("select", SelectKBestModel.class);
        long noiseKept = selector.selected().stream().filter(name -> name.startsWith("noise_")).count();
        tour.answer("fitted on all rows, SelectKBest keeps " + noiseKept + " noise columns among "
                + selector.selected().size() + "; 1/" + wine.rowCount() + " = " + String.format("%.4f", 1.0
                / wine.rowCount()) + " of accuracy is about one wine. In the pipeline the choice is made again on each"
                + " training fold, so the held-out fold never guides it.");
    }

    /** A copy of {@code wine} with {@link #NOISE_COLUMNS} standard normal columns added before the target. */
    static Table withNoise(Table wine) {
        Random random = new Random(0);
        Table noisy = Columns.without(wine, "cultivar");
        for (int j = 0; j < NOISE_COLUMNS; j++) {
            noisy.addColumns(DoubleColumn.create("noise_" + j, IntStream.range(0, wine.rowCount())
                    .mapToDouble(i -> random.nextGaussian()).toArray()));
        }
        return noisy.addColumns(wine.column("cultivar").copy());
    }
}
