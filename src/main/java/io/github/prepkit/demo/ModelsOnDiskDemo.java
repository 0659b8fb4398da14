package io.github.prepkit.demo;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code models-on-disk} topic: a pipeline impute → scale → SMOTE → logistic regression fitted on breast cancer,
 * saved to {@code target/models/breast-cancer.prepkit}, inspected without loading, loaded into a fresh object and
 * shown to predict exactly what the fitted one predicts.
 */
final class ModelsOnDiskDemo {

    private static final String TARGET = "diagnosis";
    private static final Path FILE = Path.of("target", "models", "breast-cancer.prepkit");

    private ModelsOnDiskDemo() {
    }

    static void run(PrintStream out) {
        try {
            show(new Tour(out), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(Tour tour, PrintStream out) throws IOException {
        Split split = new TrainTestSplit().testSize(0.25).seed(0).stratify(TARGET).split(Datasets.load("breast_cancer"));
        ClassifierPipelineModel fitted = Pipeline.steps()
                .transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler())
                .resample("smote", new SMOTE().seed(0))
                .classifier("logistic", new LogisticRegression())
                .fit(split.train(), TARGET);
        tour.heading("A fitted pipeline, printed");
        tour.question("What did each step learn from the " + split.train().rowCount() + " training rows?");
        tour.answer(fitted);
        tour.answer("the imputer's means, read from inside the pipeline: "
                + fitted.step("impute", SimpleImputerModel.class).statistics().subList(0, 3) + " ...");

        Files.createDirectories(FILE.getParent());
        ModelFiles.save(fitted, FILE);
        tour.heading("Saved, and inspected without loading");
        tour.question("What is in " + FILE + " (" + Files.size(FILE) + " bytes)?");
        out.print(ModelFiles.inspect(FILE));

        ClassifierPipelineModel loaded = ModelFiles.load(FILE, ClassifierPipelineModel.class);
        Table test = Columns.without(split.test(), TARGET);
        Table before = fitted.predictProba(test);
        Table after = loaded.predictProba(test);
        tour.heading("Loaded into a fresh object");
        tour.question("Does the loaded pipeline predict the " + test.rowCount() + " held-out rows as the fitted one did?");
        tour.answer(identical(before, after) + " of " + before.rowCount() * before.columnCount()
                + " probabilities are the same doubles, bit for bit; the same predicted classes: "
                + fitted.predict(test).asList().equals(loaded.predict(test).asList()));
        tour.answer("the file keeps the whole pipeline, the sampler too, so it can be fitted again: "
                + loaded.estimator().names());
    }

    private static long identical(Table before, Table after) {
        return IntStream.range(0, before.columnCount()).mapToLong(c -> IntStream.range(0, before.rowCount())
                .filter(row -> Double.doubleToLongBits(((NumericColumn<?>) before.column(c)).getDouble(row))
                        == Double.doubleToLongBits(((NumericColumn<?>) after.column(c)).getDouble(row))).count()).sum();
    }
}
