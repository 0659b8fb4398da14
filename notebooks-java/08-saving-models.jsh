// prepkit notebook 08: fitted models that outlive the JVM: print, save, inspect, load, predict the same.
// Open it with:  notebooks-java/open 08-saving-models.jsh   (from the repository root)

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFileException;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

Table cancer = Datasets.load("breast_cancer");
Table features = Columns.without(cancer, "diagnosis");
Path folder = Files.createTempDirectory("prepkit-models");

// --- A fitted pipeline prints what each step learned; its steps can be reached by name. ---
ClassifierPipelineModel pipeline = Pipeline.steps().
        transform("impute", new SimpleImputer()).
        transform("scale", new StandardScaler()).
        resample("oversample", new RandomOverSampler().seed(0)).
        classifier("logistic", new LogisticRegression()).
        fit(cancer, "diagnosis");
show("fitted", pipeline);
show("the imputer's first means", pipeline.step("impute", SimpleImputerModel.class).statistics().subList(0, 3));
show("the steps after fit (the sampler acted at fit only)", pipeline.steps().keySet());

// --- Save it, look inside without loading, load it into a fresh object. ---
Path file = folder.resolve("cancer.prepkit");
ModelFiles.save(pipeline, file);
show("file size in bytes", Files.size(file));
System.out.println(ModelFiles.inspect(file));
ClassifierPipelineModel loaded = ModelFiles.load(file, ClassifierPipelineModel.class);
show("the same probabilities, bit for bit", pipeline.predictProba(features).printAll().equals(loaded.predictProba(features).printAll()));
show("the pipeline it can be fitted from again", loaded.estimator());

// --- Any fitted model saves the same way; a forest's trees go to .npy arrays numpy reads. ---
RandomForestClassifierModel forest = new RandomForestClassifier().nEstimators(50).seed(1).fit(cancer, "diagnosis");
Path forestFile = folder.resolve("forest.prepkit");
ModelFiles.save(forest, forestFile);
show("forest", forest);
show("forest file", Files.size(forestFile) + " bytes; the same predictions: " +
        forest.predict(features).asList().equals(ModelFiles.load(forestFile, RandomForestClassifierModel.class).predict(features).asList()));

// --- A model is rebuilt from its state by the class's validating factory: the same check a file goes through. ---
StandardScalerModel scaler = pipeline.step("scale", StandardScalerModel.class);
StandardScalerModel rebuilt = StandardScalerModel.of(scaler.estimator(), scaler.schema(), scaler.columns(), scaler.mean(), scaler.scale());
show("rebuilt scaler", rebuilt);

// --- Bad files fail with ModelFileException, saying what is wrong; asking for another type too. ---
byte[] bytes = Files.readAllBytes(file);
bytes[bytes.length / 2] ^= 1;
try {
    ModelFiles.fromBytes(bytes, ClassifierPipelineModel.class);
} catch (ModelFileException e) {
    show("a damaged file", e.getMessage());
}
try {
    ModelFiles.load(forestFile, ClassifierPipelineModel.class);
} catch (ModelFileException e) {
    show("the wrong type", e.getMessage());
}
