package io.github.prepkit.persist;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.base.Model;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.MinMaxScalerModel;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class ModelFilesTest {

    @TempDir
    Path folder;

    private static Table wine() {
        return Datasets.load("wine").removeColumns("cultivar");
    }

    @Test
    void aSavedModelLoadsAndTransformsBitForBit() throws IOException {
        StandardScalerModel model = new StandardScaler().fit(wine());
        Path file = folder.resolve("scaler.prepkit");
        ModelFiles.save(model, file);
        StandardScalerModel loaded = ModelFiles.load(file, StandardScalerModel.class);
        assertTableIdentical(model.transform(wine()), loaded.transform(wine()));
        assertEquals(model.estimator(), loaded.estimator());
        assertEquals(model.schema(), loaded.schema());
    }

    @Test
    void savingALoadedModelWritesTheSameBytes() {
        MinMaxScalerModel model = new MinMaxScaler().featureRange(-1, 2).clip(true).fit(wine());
        byte[] bytes = ModelFiles.toBytes(model);
        assertArrayEquals(bytes, ModelFiles.toBytes(ModelFiles.fromBytes(bytes, MinMaxScalerModel.class)));
        assertArrayEquals(bytes, ModelFiles.toBytes(new MinMaxScaler().featureRange(-1, 2).clip(true).fit(wine())));
    }

    @Test
    void aModelOfAnotherTypeIsRefusedNamingBoth() {
        byte[] bytes = ModelFiles.toBytes(new RobustScaler().fit(wine()));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.fromBytes(bytes, StandardScalerModel.class));
        assertEquals("model.json at the root: expected StandardScalerModel, found RobustScalerModel", e.getMessage());
    }

    @Test
    void inspectDescribesTheFileWithoutBuildingIt() throws IOException {
        Path file = folder.resolve("scaler.prepkit");
        ModelFiles.save(new StandardScaler().columns("alcohol", "proline").fit(wine()), file);
        String text = ModelFiles.inspect(file);
        assertTrue(text.startsWith("scaler.prepkit: prepkit-model format 1, written by prepkit "), text);
        assertTrue(text.contains("StandardScalerModel on [alcohol: DOUBLE"), text);
        assertTrue(text.contains("fitted by StandardScaler {withMean=true, withStd=true, columns=[alcohol, proline]}"), text);
    }

    @Test
    void aStepOfUserCodeCannotBeSavedAndTheMessageNamesIt() {
        Table cancer = Datasets.load("breast_cancer");
        ClassifierPipelineModel model = Pipeline.steps().transform("scale", new StandardScaler())
                .resample("keep", (data, target) -> data)
                .classifier("logistic", new LogisticRegression()).fit(cancer, "diagnosis");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(model));
        assertTrue(e.getMessage().startsWith("pipeline step 'keep': cannot save "), e.getMessage());
        assertTrue(e.getMessage().contains("not user code such as a lambda"), e.getMessage());
        assertFalse(e instanceof ModelFileException, "a bad argument, not a bad file");
    }

    @Test
    void theBytesDoNotDependOnTheTimeZone() {
        MinMaxScalerModel model = new MinMaxScaler().fit(wine());
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = ModelFiles.toBytes(model);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            assertArrayEquals(east, ModelFiles.toBytes(model));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void doublesReadBackToTheSameBits() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(random.nextLong());
        }
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), 1e23, 2e-323, 0.1, 1.0 / 3, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] array : new double[][] {values, special}) {
            List<Object> boxed = DoubleStream.of(array).boxed().map(Object.class::cast).toList();
            List<?> read = (List<?>) Json.parse(Json.write(boxed), "test");
            for (int i = 0; i < array.length; i++) {
                Object value = read.get(i);
                double back = value instanceof Double number ? number : Double.parseDouble((String) value);
                assertEquals(Double.doubleToLongBits(array[i]), Double.doubleToLongBits(back), () -> "value " + value);
            }
        }
    }

    @Test
    void nothingInTheFileEverNamesAClassToLoad() throws IOException {
        Path sources = Path.of("src/main/java/io/github/prepkit/persist");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                String code = Files.readString(file);
                for (String forbidden : List.of("Class.forName", "ObjectInputStream", "ServiceLoader", "readObject",
                        "getDeclaredConstructor", "newInstance", "loadClass")) {
                    assertFalse(code.contains(forbidden), file + " uses " + forbidden);
                }
            }
        }
    }

    @Test
    void classesKeepTheTargetsColumnTypeAfterARoundTrip() {
        Table iris = Datasets.load("iris");
        Table features = iris.copy().removeColumns("species");
        StringColumn species = iris.stringColumn("species");
        List<Column<?>> targets = List.of(
                IntColumn.create("label", species.asList().stream().mapToInt(name -> name.length()).toArray()),
                BooleanColumn.create("setosa", species.asList().stream().map("setosa"::equals).toList()),
                DoubleColumn.create("code", species.asList().stream().mapToDouble(name -> name.charAt(1) * 2.0).toArray()));
        for (Column<?> target : targets) {
            DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(OptionalInt.of(3)).fit(features, target);
            DecisionTreeClassifierModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model), DecisionTreeClassifierModel.class);
            Column<?> predicted = loaded.predict(features);
            assertEquals(target.type(), predicted.type(), target.name());
            assertEquals(target.name(), predicted.name());
            assertEquals(model.predict(features).asList(), predicted.asList());
            assertEquals(model.targetClasses(), loaded.targetClasses());
        }
    }

    @Test
    void aVersion1LogisticRegressionNodeLoadsAsOneVersusRest() throws IOException {
        // the golden pipeline of format 1 holds LogisticRegression nodes of version 1, before multiClass existed;
        // version 1 fitted more than two classes one-vs-rest, so that is what such a node reads as
        byte[] golden = Files.readAllBytes(GoldenFiles.FOLDER.resolve("pipeline.prepkit"));
        List<Map<?, ?>> nodes = logisticNodes(Json.parse(Archive.read(golden).entries().get(Archive.MODEL), Archive.MODEL));
        assertEquals(2, nodes.size(), "the pipeline's step and the fitted model's estimator");
        for (Map<?, ?> node : nodes) {
            assertEquals(1L, node.get("version"));
            assertFalse(((Map<?, ?>) node.get("params")).containsKey("multiClass"), "version 1 has no multiClass");
        }
        ClassifierPipelineModel pipeline = ModelFiles.fromBytes(golden, ClassifierPipelineModel.class);
        LogisticRegressionModel logistic = (LogisticRegressionModel) pipeline.finalModel();
        assertEquals(LogisticRegression.MultiClass.OVR, logistic.estimator().multiClass());
        assertEquals(LogisticRegression.MultiClass.OVR, ((LogisticRegression) pipeline.estimator().model()).multiClass());
        assertEquals(new LogisticRegression().c(0.5).nJobs(1).multiClass(LogisticRegression.MultiClass.OVR),
                logistic.estimator());
        assertEquals(ClassWeight.NONE, logistic.estimator().classWeight(), "version 1 had no class weight");
        // saved again it is a version-3 node that says OVR and no class weight, and loads back the same
        byte[] again = ModelFiles.toBytes(pipeline);
        for (Map<?, ?> node : logisticNodes(Json.parse(Archive.read(again).entries().get(Archive.MODEL), Archive.MODEL))) {
            assertEquals(3L, node.get("version"));
            assertEquals("OVR", ((Map<?, ?>) node.get("params")).get("multiClass"));
            assertEquals("NONE", ((Map<?, ?>) ((Map<?, ?>) node.get("params")).get("classWeight")).get("kind"));
        }
        assertArrayEquals(again, ModelFiles.toBytes(ModelFiles.fromBytes(again, ClassifierPipelineModel.class)));
    }

    @Test
    void aForestWrittenBeforeClassWeightsLoadsWithoutOneAndClassWeightsRoundTrip() throws IOException {
        // the golden forest of format 1 holds a RandomForestClassifier node of version 1, before classWeight existed
        byte[] golden = Files.readAllBytes(GoldenFiles.FOLDER.resolve("forest.prepkit"));
        RandomForestClassifierModel forest = ModelFiles.fromBytes(golden, RandomForestClassifierModel.class);
        assertEquals(ClassWeight.NONE, forest.estimator().classWeight());
        DecisionTreeClassifierModel tree = new DecisionTreeClassifier().maxDepth(3)
                .classWeight(ClassWeight.given(Map.of("virginica", 2.5, "setosa", 0.0)))
                .fit(Datasets.load("iris"), "species");
        byte[] file = ModelFiles.toBytes(tree);
        DecisionTreeClassifierModel loaded = ModelFiles.fromBytes(file, DecisionTreeClassifierModel.class);
        assertEquals(tree.estimator(), loaded.estimator());
        assertArrayEquals(file, ModelFiles.toBytes(loaded));
    }

    /** Every typed node of type LogisticRegression in a parsed model.json. */
    private static List<Map<?, ?>> logisticNodes(Object json) {
        List<Map<?, ?>> found = new java.util.ArrayList<>();
        if (json instanceof Map<?, ?> object) {
            if ("LogisticRegression".equals(object.get("type"))) {
                found.add(object);
            }
            object.values().forEach(value -> found.addAll(logisticNodes(value)));
        } else if (json instanceof List<?> list) {
            list.forEach(value -> found.addAll(logisticNodes(value)));
        }
        return found;
    }

    @Test
    void aMultinomialModelRoundTripsBitForBit() {
        Table iris = Datasets.load("iris");
        Table features = iris.copy().removeColumns("species");
        for (LogisticRegression.MultiClass multiClass : LogisticRegression.MultiClass.values()) {
            LogisticRegressionModel model = new LogisticRegression().multiClass(multiClass).fit(iris, "species");
            byte[] bytes = ModelFiles.toBytes(model);
            LogisticRegressionModel loaded = ModelFiles.fromBytes(bytes, LogisticRegressionModel.class);
            assertEquals(model.estimator(), loaded.estimator());
            assertEquals(multiClass != LogisticRegression.MultiClass.OVR, loaded.multinomial());
            assertArrayEquals(model.coefficientMatrix(), loaded.coefficientMatrix());
            assertArrayEquals(model.intercepts(), loaded.intercepts());
            assertArrayEquals(model.nIter(), loaded.nIter());
            assertTableIdentical(model.predictProba(features), loaded.predictProba(features));
            assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
        }
    }

    @Test
    void extremeAndSubnormalColumnsRoundTripBitForBit() {
        double tiny = Double.MIN_VALUE;
        Table table = Table.create("t", DoubleColumn.create("sub", tiny, 2 * tiny, 3 * tiny, 5 * tiny),
                DoubleColumn.create("huge", 1e308, -1e308, 5e307, 1e308), DoubleColumn.create("small", 1e-300, 3e-300,
                        2e-300, 7e-300));
        for (Model model : List.<Model>of(new StandardScaler().fit(table), new RobustScaler().fit(table),
                new MinMaxScaler().fit(table), new io.github.prepkit.outliers.ZScoreDetector().fit(table))) {
            Model loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model), Model.class);
            Table expected = model instanceof io.github.prepkit.base.TransformerModel transformer ? transformer.transform(table)
                    : ((io.github.prepkit.outliers.OutlierModel) model).flag(table);
            Table actual = loaded instanceof io.github.prepkit.base.TransformerModel transformer ? transformer.transform(table)
                    : ((io.github.prepkit.outliers.OutlierModel) loaded).flag(table);
            assertTableIdentical(expected, actual);
        }
    }
}
