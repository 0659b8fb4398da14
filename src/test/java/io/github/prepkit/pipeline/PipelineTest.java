package io.github.prepkit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Regressor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class PipelineTest {

    /** Breast cancer with every seventh value of mean_radius knocked out. */
    private static Table cancerWithGaps() {
        Table cancer = Datasets.load("breast_cancer");
        DoubleColumn radius = cancer.doubleColumn("mean_radius");
        for (int i = 0; i < radius.size(); i += 7) {
            radius.setMissing(i);
        }
        return cancer;
    }

    @Test
    void predictsAsTheStepsChainedByHand() {
        Split split = new TrainTestSplit().stratify("diagnosis").seed(1).split(cancerWithGaps());
        Table train = Columns.without(split.train(), "diagnosis");
        Column<?> target = split.train().column("diagnosis");
        Table test = Columns.without(split.test(), "diagnosis");

        ClassifierPipelineModel pipeline = Pipeline.steps()
                .transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler())
                .classifier("knn", new KNeighborsClassifier().nJobs(1))
                .fit(train, target);

        SimpleImputerModel imputer = new SimpleImputer().fit(train);
        StandardScalerModel scaler = new StandardScaler().fit(imputer.transform(train));
        KNeighborsClassifierModel knn = new KNeighborsClassifier().nJobs(1).fit(scaler.transform(imputer.transform(train)), target);
        Table ready = scaler.transform(imputer.transform(test));
        assertEquals(knn.predict(ready).asList(), pipeline.predict(test).asList());
        assertEquals(knn.predictProba(ready).printAll(), pipeline.predictProba(test).printAll());
        assertEquals(List.of("benign", "malignant"), pipeline.classes());
        assertEquals(ready.printAll(), pipeline.transform(test).printAll());
        assertEquals(List.of("impute", "scale"), pipeline.transformerNames());
        assertInstanceOf(KNeighborsClassifierModel.class, pipeline.finalModel());
    }

    @Test
    void aSamplerResamplesAtFitOnlyAndKeepsTargetAndFeaturesTogether() {
        Table features = Table.create("f", IntColumn.create("id", 0, 1, 2, 3, 4, 5));
        IntColumn target = IntColumn.create("y", 0, 0, 0, 0, 1, 1);
        AtomicInteger trained = new AtomicInteger();
        Regressor<PredictorModel> recorder = (x, y) -> {
            trained.set(x.rowCount());
            for (int i = 0; i < x.rowCount(); i++) {
                assertEquals(x.intColumn("id").getInt(i) >= 4 ? 1 : 0, ((IntColumn) y).getInt(i), "row and target stay paired");
            }
            assertFalse(x.containsColumn("y"), "the target is not a feature");
            return LambdaModels.predictor(table -> table.intColumn("id").copy().setName("y"));
        };
        PipelineModel model = Pipeline.steps().resample("oversample", new RandomOverSampler().seed(3))
                .regressor("recorder", recorder).fit(features, target);
        assertEquals(8, trained.get(), "the minority grew from 2 to 4 rows at fit");
        assertEquals(6, model.predict(features).size(), "prediction skips the sampler");
    }

    @Test
    void aRegressorPipelineIsNotAClassifier() {
        Table diabetes = Datasets.load("diabetes");
        RegressorPipeline pipeline = Pipeline.steps().transform("scale", new StandardScaler())
                .regressor("ols", new LinearRegression());
        assertFalse(Classifier.class.isInstance(pipeline));
        RegressorPipelineModel model = pipeline.fit(diabetes, "progression");
        assertEquals("progression", model.predict(Columns.without(diabetes, "progression")).name());
        assertInstanceOf(Classifier.class, Pipeline.steps().classifier("knn", new KNeighborsClassifier()));
    }

    @Test
    void fittingLeavesTheInputAloneAndFittingTwiceGivesTheSamePredictions() {
        Table data = cancerWithGaps();
        String before = data.printAll();
        Pipeline<ClassifierPipelineModel> pipeline = Pipeline.steps().transform("impute", new SimpleImputer())
                .resample("oversample", new RandomOverSampler()).classifier("knn", new KNeighborsClassifier());
        Table features = Columns.without(data, "diagnosis");
        Column<?> first = pipeline.fit(data, "diagnosis").predict(features);
        assertEquals(before, data.printAll());
        assertEquals(first.asList(), pipeline.fit(data, "diagnosis").predict(features).asList());
    }

    @Test
    void aTableWithOtherColumnsFailsAtPredictNamingTheColumn() {
        Table iris = Datasets.load("iris");
        ClassifierPipelineModel model = Pipeline.steps().transform("scale", new StandardScaler())
                .classifier("knn", new KNeighborsClassifier()).fit(iris, "species");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predict(Columns.without(iris, "species").removeColumns("petal_width_cm")));
        assertTrue(e.getMessage().contains("column 'petal_width_cm' is missing"), e.getMessage());
    }

    @Test
    void badStepsAndInputFailNamingThem() {
        Pipeline.Steps scale = Pipeline.steps().transform("scale", new StandardScaler());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> scale.classifier("scale", new KNeighborsClassifier()));
        assertTrue(twice.getMessage().contains("step name 'scale' is used twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scale.transform(" ", new StandardScaler()));
        assertThrows(IllegalArgumentException.class, () -> scale.transform("again", (Transformer<?>) null));
        assertThrows(IllegalArgumentException.class, () -> scale.resample("sample", null));
        assertThrows(IllegalArgumentException.class, () -> scale.regressor("model", null));
        assertThrows(IllegalArgumentException.class, () -> scale.classifier("model", null));

        Table features = Table.create("f", DoubleColumn.create("x", 1, 2, 3, 4), StringColumn.create("y", "a", "a", "b", "b"));
        StringColumn target = StringColumn.create("y", "a", "a", "a", "b");
        Pipeline<ClassifierPipelineModel> sampled = Pipeline.steps().resample("over", new RandomOverSampler())
                .classifier("knn", new KNeighborsClassifier().nNeighbors(1));
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> sampled.fit(features, target));
        assertTrue(clash.getMessage().contains("Pipeline: the target column 'y' is also among the features"),
                clash.getMessage());
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> sampled.fit(features, StringColumn.create("label", "a", "b")));
        assertTrue(sizes.getMessage().contains("has 2 values but the features have 4 rows"), sizes.getMessage());
    }

    @Test
    void namesAndDescriptionReadBack() {
        Pipeline<ClassifierPipelineModel> pipeline = Pipeline.steps().transform("scale", new StandardScaler())
                .resample("over", new RandomOverSampler()).classifier("knn", new KNeighborsClassifier());
        assertEquals(List.of("scale", "over", "knn"), pipeline.names());
        assertEquals(new KNeighborsClassifier(), pipeline.model());
        assertTrue(pipeline.toString().startsWith("Pipeline[scale=StandardScaler["), pipeline.toString());
    }
}
