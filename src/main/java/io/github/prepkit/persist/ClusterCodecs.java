package io.github.prepkit.persist;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.cluster.KMeansModel;
import java.util.List;

/** The codecs of {@code io.github.prepkit.cluster}. */
final class ClusterCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("KMeans", KMeans.class,
                    (kMeans, p) -> p.integer("nClusters", kMeans.nClusters()).choice("init", kMeans.init())
                            .matrix("initialCentroids", kMeans.initialCentroids()).integer("nInit", kMeans.nInit())
                            .integer("maxIter", kMeans.maxIter()).number("tol", kMeans.tol())
                            .integer("seed", kMeans.seed()).integer("nJobs", kMeans.nJobs()),
                    p -> new KMeans(p.intValue("nClusters"), p.choice("init", KMeans.Init.values()),
                            p.matrix("initialCentroids"), p.intValue("nInit"), p.intValue("maxIter"), p.number("tol"),
                            p.integer("seed"), p.intValue("nJobs"))),
            Codec.model("KMeansModel", KMeansModel.class, KMeans.class,
                    (model, s) -> s.matrix("clusterCenters", model.clusterCenters()).ints("labels", model.labels())
                            .number("inertia", model.inertia()).integer("iterations", model.iterations()),
                    (kMeans, schema, s) -> KMeansModel.of(kMeans, schema, s.matrix("clusterCenters"), s.ints("labels"),
                            s.number("inertia"), s.intValue("iterations"))));

    private ClusterCodecs() {
    }
}
