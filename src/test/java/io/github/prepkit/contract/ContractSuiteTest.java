package io.github.prepkit.contract;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.NearestNeighbors;
import io.github.prepkit.neighbors.NearestNeighborsModel;
import io.github.prepkit.outliers.OutlierDetector;
import io.github.prepkit.outliers.OutlierModel;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The contract every estimator, transformer, sampler and detector keeps (DESIGN.md, "Tests in three layers"): fitting
 * does not modify its input; fitting twice gives equal models (so the same seed gives the same result); another
 * number of threads gives the same result; an invalid parameter fails at construction naming it; a table with other
 * columns than at fit fails naming the column; an infinite value at fit or at transform fails naming the step, the
 * column and the row. {@link Registry} lists them all, and a scan of the compiled classes
 * makes sure none is left out.
 */
class ContractSuiteTest {

    private static final List<Class<?>> KINDS =
            List.of(Transformer.class, SupervisedTransformer.class, Predictor.class, Sampler.class, OutlierDetector.class, NearestNeighbors.class);

    @Test
    void everyEstimatorTransformerSamplerAndDetectorIsRegistered() {
        Set<String> registered = Registry.all().stream().map(c -> c.type().getName()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : ProjectClasses.all()) {
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                    && Modifier.isPublic(type.getModifiers()) && !type.getName().contains("$");
            if (concrete && KINDS.stream().anyMatch(kind -> kind.isAssignableFrom(type)) && !registered.contains(type.getName())) {
                missing.add(type.getName());
            }
        }
        assertTrue(missing.isEmpty(), "add these to contract/Registry: " + missing);
    }

    @TestFactory
    Stream<DynamicContainer> everyRegisteredClassKeepsTheContract() {
        return Registry.all().stream().map(contract -> DynamicContainer.dynamicContainer(contract.toString(), checks(contract)));
    }

    private static Stream<DynamicTest> checks(Contract contract) {
        List<DynamicTest> checks = new ArrayList<>();
        checks.add(DynamicTest.dynamicTest("fitting does not modify the input", () -> {
            Table data = contract.data().get();
            Table before = data.copy();
            run(contract.estimator().get(), data, contract.target());
            TableAssertions.assertTableClose(before, data, 0);
        }));
        if (contract.estimator().get() instanceof SupervisedTransformer<?>) {
            checks.add(DynamicTest.dynamicTest("fitTransform does not modify the input and gives the same rows twice",
                    () -> {
                        Table data = contract.data().get();
                        Table before = data.copy();
                        Table first = trainingOutput(contract.estimator().get(), data, contract.target());
                        TableAssertions.assertTableClose(before, data, 0);
                        TableAssertions.assertTableClose(first,
                                trainingOutput(contract.estimator().get(), contract.data().get(), contract.target()), 0);
                    }));
        }
        checks.add(DynamicTest.dynamicTest("fitting twice gives equal models", () -> TableAssertions.assertTableClose(
                run(contract.estimator().get(), contract.data().get(), contract.target()),
                run(contract.estimator().get(), contract.data().get(), contract.target()), 0)));
        if (contract.withOtherThreads() != null) {
            checks.add(DynamicTest.dynamicTest("another number of threads gives the same result", () -> {
                Object estimator = contract.estimator().get();
                TableAssertions.assertTableClose(run(estimator, contract.data().get(), contract.target()),
                        run(contract.withOtherThreads().apply(estimator), contract.data().get(), contract.target()), 0);
            }));
        }
        if (contract.invalid() != null) {
            checks.add(DynamicTest.dynamicTest("an invalid parameter fails naming " + contract.invalidParameter(), () -> {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, contract.invalid()::run);
                assertTrue(e.getMessage().contains(contract.invalidParameter()), e.getMessage());
            }));
        }
        checks.add(DynamicTest.dynamicTest("other columns than at fit fail naming the column", () -> mismatch(contract)));
        if (contract.infinityStep() != null) {
            checks.add(DynamicTest.dynamicTest("±Infinity at fit and at transform fails naming the step, the column and"
                    + " the row", () -> infinityRefused(contract)));
        }
        if (!contract.saveable()) {
            checks.add(DynamicTest.dynamicTest("saving the model fails saying user code cannot be saved", () -> {
                Model model = savable(contract.estimator().get(), contract.data().get(), contract.target());
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(model));
                assertTrue(e.getMessage().contains("not user code such as a lambda"), e.getMessage());
            }));
        } else {
            checks.add(DynamicTest.dynamicTest("a saved and loaded model gives the same output, bit for bit", () -> {
                Table data = contract.data().get();
                Model model = savable(contract.estimator().get(), data, contract.target());
                byte[] file = ModelFiles.toBytes(model);
                Model loaded = ModelFiles.fromBytes(file, Model.class);
                assertEquals(model.getClass(), loaded.getClass());
                assertTableIdentical(output(model, data, contract.target()), output(loaded, data, contract.target()));
                assertArrayEquals(file, ModelFiles.toBytes(loaded), "saving the loaded model writes the same bytes");
            }));
        }
        if (contract.estimator().get() instanceof Predictor<?> predictor) {
            checks.add(DynamicTest.dynamicTest("the unfitted predictor travels as bytes and comes back equal", () -> {
                byte[] bytes = ModelFiles.estimatorToBytes(predictor);
                Predictor<?> back = ModelFiles.estimatorFromBytes(bytes, Predictor.class);
                assertEquals(predictor, back);
                assertArrayEquals(bytes, ModelFiles.estimatorToBytes(back));
            }));
        }
        checks.add(DynamicTest.dynamicTest("a fitted transformer says its output names without transforming", () -> {
            Table data = contract.data().get();
            Model model = savable(contract.estimator().get(), data, contract.target());
            if (model instanceof TransformerModel transformer) {
                Table features = contract.target() == null ? data : Columns.without(data, contract.target());
                assertEquals(transformer.transform(features).columnNames(),
                        transformer.featureNamesOut(features.columnNames()));
                List<Column<?>> reversed = new ArrayList<>(features.columns());
                java.util.Collections.reverse(reversed);
                Table backwards = Table.create(features.name(), reversed);
                assertEquals(transformer.transform(backwards).columnNames(),
                        transformer.featureNamesOut(backwards.columnNames()), "the columns in reverse order");
            }
        }));
        checks.add(DynamicTest.dynamicTest("the fitted model prints its type and columns, not ClassName@hash", () -> {
            Model model = savable(contract.estimator().get(), contract.data().get(), contract.target());
            String text = model.toString();
            assertTrue(text.startsWith(model.getClass().getSimpleName() + " on ["), text);
            assertFalse(text.matches("(?s).*\\w@[0-9a-f]{4,}.*"), text);
        }));
        return checks.stream();
    }

    /** What a transformer that learns from the target gives the next step of a pipeline fitted on {@code data}. */
    private static Table trainingOutput(Object estimator, Table data, String target) {
        return ((SupervisedTransformer<?>) estimator).fitTransform(Columns.without(data, target), data.column(target));
    }

    /** Fits and applies {@code estimator} on {@code data}, returning what it produced as a table. */
    private static Table run(Object estimator, Table data, String target) {
        return applied(estimator, data, target).apply(data);
    }

    /**
     * {@code estimator} fitted on {@code data}; a sampler, which has no fitted model, inside a pipeline that encodes
     * string columns and ends in a one-neighbour classifier, so the file keeps its parameters and the predictions show
     * its rows.
     */
    static Model savable(Object estimator, Table data, String target) {
        if (estimator instanceof Sampler sampler) {
            return Pipeline.steps().resample("sampler", sampler).transform("encode", new OneHotEncoder())
                    .classifier("knn", new KNeighborsClassifier().nNeighbors(1)).fit(data, target);
        }
        if (estimator instanceof Transformer<?> transformer) {
            return transformer.fit(data);
        }
        if (estimator instanceof SupervisedTransformer<?> transformer) {
            return transformer.fit(Columns.without(data, target), data.column(target));
        }
        if (estimator instanceof Predictor<?> predictor) {
            return predictor.fit(data, target);
        }
        if (estimator instanceof OutlierDetector<?> detector) {
            return detector.fit(data);
        }
        if (estimator instanceof NearestNeighbors neighbors) {
            return neighbors.fit(data);
        }
        return fail("no way to fit " + estimator.getClass());
    }

    /** The neighbours found, one row per query: columns {@code index<k>} and {@code distance<k>}, nearest first. */
    private static Table neighbours(NearestNeighborsModel.Result found) {
        Table out = Table.create("neighbours");
        for (int k = 0; k < found.indices()[0].length; k++) {
            int slot = k;
            out.addColumns(IntColumn.create("index" + k, Stream.of(found.indices()).mapToInt(r -> r[slot]).toArray()),
                    DoubleColumn.create("distance" + k, Stream.of(found.distances()).mapToDouble(r -> r[slot]).toArray()));
        }
        return out;
    }

    /** What {@code model} gives for {@code data}, as a table. */
    static Table output(Model model, Table data, String target) {
        if (model instanceof TransformerModel transformer) {
            return transformer.transform(target == null ? data : Columns.without(data, target));
        }
        if (model instanceof ClassifierModel classifier) {
            Table features = Columns.without(data, target);
            return Table.create("out", classifier.predict(features)).addColumns(classifier.predictProba(features).columnArray());
        }
        if (model instanceof PredictorModel predictor) {
            return Table.create("out", predictor.predict(Columns.without(data, target)));
        }
        if (model instanceof OutlierModel detector) {
            return detector.flag(data);
        }
        if (model instanceof NearestNeighborsModel neighbors) {
            return neighbours(neighbors.kNeighbors(data));
        }
        return fail("no output of " + model.getClass());
    }

    /** Fits {@code estimator} on {@code data}, and returns what applying the fitted model to a table gives. */
    private static Function<Table, Table> applied(Object estimator, Table data, String target) {
        if (estimator instanceof Transformer<?> transformer) {
            return transformer.fit(data)::transform;
        }
        if (estimator instanceof SupervisedTransformer<?> transformer) {
            TransformerModel model = transformer.fit(Columns.without(data, target), data.column(target));
            return table -> model.transform(Columns.without(table, target));
        }
        if (estimator instanceof Predictor<?> predictor) {
            PredictorModel model = predictor.fit(data, target);
            return table -> {
                Table features = Columns.without(table, target);
                Table out = Table.create("predictions", model.predict(features));
                return model instanceof ClassifierModel classifier ? out.addColumns(classifier.predictProba(features).columnArray()) : out;
            };
        }
        if (estimator instanceof OutlierDetector<?> detector) {
            return detector.fit(data)::flag;
        }
        if (estimator instanceof NearestNeighbors neighbors) {
            NearestNeighborsModel model = neighbors.fit(data);
            return table -> neighbours(model.kNeighbors(table));
        }
        if (estimator instanceof Sampler sampler) {
            Table resampled = sampler.fitResample(data, target);
            return table -> resampled;
        }
        return fail("no way to run " + estimator.getClass());
    }

    /**
     * +Infinity in the first numeric feature at fit, and -Infinity in a fitted model's input, fail naming the step, the
     * column and the row, as scikit-learn's "Input contains infinity" (a sampler has no model to apply).
     */
    private static void infinityRefused(Contract contract) {
        Table data = contract.data().get();
        String column = data.columns().stream().filter(c -> c instanceof NumericColumn<?>)
                .map(Column::name).filter(name -> !name.equals(contract.target())).findFirst().orElseThrow();
        Object estimator = contract.estimator().get();
        Table atFit = Extremes.withValue(data, column, 2, Double.POSITIVE_INFINITY);
        Extremes.assertRefusesInfinity(() -> run(estimator, atFit, contract.target()), contract.infinityStep(), column, 2);
        if (!(estimator instanceof Sampler)) {
            Function<Table, Table> model = applied(estimator, data, contract.target());
            Table atTransform = Extremes.withValue(data, column, 5, Double.NEGATIVE_INFINITY);
            Extremes.assertRefusesInfinity(() -> model.apply(atTransform), contract.infinityStep(), column, 5);
        }
    }

    /** A fitted model given a table without one of the fitted columns (a sampler: a missing target) names it. */
    private static void mismatch(Contract contract) {
        Table data = contract.data().get();
        Object estimator = contract.estimator().get();
        if (estimator instanceof Sampler sampler) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sampler.fitResample(data, "no_such_column"));
            assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
            return;
        }
        String dropped = data.columnNames().stream().filter(name -> !name.equals(contract.target())).findFirst().orElseThrow();
        Function<Table, Table> model = applied(estimator, data, contract.target());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.apply(data.copy().removeColumns(dropped)));
        assertTrue(e.getMessage().contains("'" + dropped + "'"), e.getMessage());
        assertEquals(IllegalArgumentException.class, e.getClass());
    }
}
