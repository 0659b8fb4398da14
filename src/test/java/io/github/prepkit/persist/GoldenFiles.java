package io.github.prepkit.persist;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.cluster.KMeansModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.impute.IterativeImputer;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.outliers.MahalanobisDetector;
import io.github.prepkit.outliers.OutlierModel;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.scale.StandardScaler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The golden model files of format version 1 in {@code src/test/resources/persist/v1/}: six fitted models, each saved
 * once with the prepkit of format 1, and what each gave on its input, written as text ({@code Double.toString} for
 * numbers, so the text is equal exactly when the bits are). {@code GoldenFilesTest} loads them on every build; later
 * releases must keep loading them with the same output. They were written by {@link GoldenFilesWriter}, never to be
 * written again for this version.
 */
final class GoldenFiles {

    /** Where the files of format version 1 are, from the project's folder. */
    static final Path FOLDER = Path.of("src/test/resources/persist/v1");

    /**
     * One golden file: how its model was fitted, the table it is applied to, and its name.
     *
     * @param name  the file's name without extension
     * @param model fits the model
     * @param input the table the expected output comes from
     */
    record Golden(String name, Supplier<Model> model, Supplier<Table> input) {

        Path file() {
            return FOLDER.resolve(name + ".prepkit");
        }

        Path expected() {
            return FOLDER.resolve(name + ".expected.csv");
        }
    }

    private GoldenFiles() {
    }

    static List<Golden> all() {
        return List.of(
                new Golden("pipeline", () -> Pipeline.steps()
                        .transform("prepare", new ColumnTransformer()
                                .add("numbers", List.of("mean_radius", "mean_texture", "mean_smoothness"),
                                        new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN), new StandardScaler())
                                .add("size", List.of("size"), new OneHotEncoder()))
                        .resample("smote", new SMOTENC().seed(3).nJobs(1))
                        .classifier("logistic", new LogisticRegression().c(0.5).nJobs(1))
                        .fit(cancer(), "diagnosis"), () -> Columns.without(cancer(), "diagnosis")),
                new Golden("forest", () -> new RandomForestClassifier().nEstimators(25).seed(5).nJobs(1)
                        .fit(Datasets.load("iris"), "species"), () -> Columns.without(Datasets.load("iris"), "species")),
                new Golden("knn", () -> new KNeighborsRegressor().nNeighbors(7).weights(Weights.DISTANCE).nJobs(1)
                        .fit(Datasets.load("diabetes"), "progression"),
                        () -> Columns.without(Datasets.load("diabetes"), "progression")),
                new Golden("kmeans", () -> new KMeans().nClusters(3).seed(11).nJobs(1).fit(wine()), GoldenFiles::wine),
                new Golden("iterative-imputer", () -> new IterativeImputer().maxIter(4).seed(2).fit(wineWithGaps()),
                        GoldenFiles::wineWithGaps),
                new Golden("outlier-detector", () -> new MahalanobisDetector().fit(wine()), GoldenFiles::wine));
    }

    /**
     * What {@code model} gives for {@code input}, as text, one line per row: a classifier's prediction and
     * probabilities, a predictor's prediction, a transformer's output (and a k-means model's clusters), an outlier
     * detector's scores and flags.
     */
    static String output(Model model, Table input) {
        Table out;
        if (model instanceof ClassifierModel classifier) {
            out = Table.create("out", classifier.predict(input)).addColumns(classifier.predictProba(input).columnArray());
        } else if (model instanceof PredictorModel predictor) {
            out = Table.create("out", predictor.predict(input));
        } else if (model instanceof KMeansModel kMeans) {
            out = kMeans.transform(input).addColumns(kMeans.predict(input));
        } else if (model instanceof TransformerModel transformer) {
            out = transformer.transform(input);
        } else {
            out = ((OutlierModel) model).flag(input);
        }
        StringBuilder text = new StringBuilder(String.join(",", out.columnNames())).append('\n');
        for (int row = 0; row < out.rowCount(); row++) {
            int at = row;
            text.append(out.columns().stream().map(column -> cell(column, at)).collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    private static String cell(Column<?> column, int row) {
        if (column instanceof NumericColumn<?> numbers) {
            return Double.toString(numbers.isMissing(row) ? Double.NaN : numbers.getDouble(row));
        }
        return column.getString(row);
    }

    /** Breast cancer's first three features, every 9th value missing, and the mean radius as small, medium or large. */
    private static Table cancer() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "mean_smoothness",
                "diagnosis");
        String[] sizes = IntStream.range(0, cancer.rowCount()).mapToObj(row -> {
            double radius = cancer.numberColumn("mean_radius").getDouble(row);
            return radius < 12 ? "small" : radius < 16 ? "medium" : "large";
        }).toArray(String[]::new);
        for (int row = 0; row < cancer.rowCount(); row += 9) {
            cancer.column("mean_texture").setMissing(row);
        }
        return cancer.addColumns(StringColumn.create("size", sizes));
    }

    private static Table wine() {
        return Datasets.load("wine").removeColumns("cultivar");
    }

    /** Wine without its class, every 5th value of three columns missing, at different rows. */
    private static Table wineWithGaps() {
        Table wine = wine();
        List<String> damaged = List.of("alcohol", "flavanoids", "proline");
        for (int c = 0; c < damaged.size(); c++) {
            for (int row = c; row < wine.rowCount(); row += 5) {
                wine.column(damaged.get(c)).setMissing(row);
            }
        }
        return wine;
    }

    /** Writes the files; run only to make the golden files of a new format version. */
    static void write() throws IOException {
        Files.createDirectories(FOLDER);
        for (Golden golden : all()) {
            Model model = golden.model().get();
            ModelFiles.save(model, golden.file());
            Files.writeString(golden.expected(), output(model, golden.input().get()), StandardCharsets.UTF_8);
        }
    }
}
