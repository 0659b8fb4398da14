package io.github.prepkit.persist;

import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.neighbors.KNeighborsRegressorModel;
import io.github.prepkit.neighbors.Metric;
import io.github.prepkit.neighbors.NearestNeighbors;
import io.github.prepkit.neighbors.NearestNeighborsModel;
import io.github.prepkit.neighbors.Weights;
import java.util.List;

/** The codecs of {@code io.github.prepkit.neighbors}: a fitted model keeps its training rows, as scikit-learn's. */
final class NeighborsCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("KNeighborsClassifier", KNeighborsClassifier.class,
                    (knn, p) -> p.integer("nNeighbors", knn.nNeighbors()).choice("weights", knn.weights())
                            .choice("metric", knn.metric()).number("p", knn.p()).integer("nJobs", knn.nJobs()),
                    p -> new KNeighborsClassifier(p.intValue("nNeighbors"), p.choice("weights", Weights.values()),
                            p.choice("metric", Metric.values()), p.number("p"), p.intValue("nJobs"))),
            Codec.model("KNeighborsClassifierModel", KNeighborsClassifierModel.class, KNeighborsClassifier.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        s.doubles("trainingRows", model.trainingRows()).ints("codes", model.codes());
                    },
                    (knn, schema, s) -> KNeighborsClassifierModel.of(knn, schema, StateParts.readClasses(s),
                            s.doubles("trainingRows"), s.ints("codes"))),
            Codec.parameters("KNeighborsRegressor", KNeighborsRegressor.class,
                    (knn, p) -> p.integer("nNeighbors", knn.nNeighbors()).choice("weights", knn.weights())
                            .choice("metric", knn.metric()).number("p", knn.p()).integer("nJobs", knn.nJobs()),
                    p -> new KNeighborsRegressor(p.intValue("nNeighbors"), p.choice("weights", Weights.values()),
                            p.choice("metric", Metric.values()), p.number("p"), p.intValue("nJobs"))),
            Codec.model("KNeighborsRegressorModel", KNeighborsRegressorModel.class, KNeighborsRegressor.class,
                    (model, s) -> s.string("target", model.target()).doubles("trainingRows", model.trainingRows())
                            .doubles("targetValues", model.targetValues()),
                    (knn, schema, s) -> KNeighborsRegressorModel.of(knn, schema, s.string("target"),
                            s.doubles("trainingRows"), s.doubles("targetValues"))),
            Codec.parameters("NearestNeighbors", NearestNeighbors.class,
                    (neighbors, p) -> p.integer("nNeighbors", neighbors.nNeighbors()).choice("metric", neighbors.metric())
                            .number("p", neighbors.p()).integer("nJobs", neighbors.nJobs()),
                    p -> new NearestNeighbors(p.intValue("nNeighbors"), p.choice("metric", Metric.values()),
                            p.number("p"), p.intValue("nJobs"))),
            Codec.model("NearestNeighborsModel", NearestNeighborsModel.class, NearestNeighbors.class,
                    (model, s) -> s.doubles("trainingRows", model.trainingRows()),
                    (neighbors, schema, s) -> NearestNeighborsModel.of(neighbors, schema, s.doubles("trainingRows"))));

    private NeighborsCodecs() {
    }
}
