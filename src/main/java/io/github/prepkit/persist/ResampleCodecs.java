package io.github.prepkit.persist;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.resample.ADASYN;
import io.github.prepkit.resample.AllKNN;
import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.ClusterCentroids;
import io.github.prepkit.resample.CondensedNearestNeighbour;
import io.github.prepkit.resample.EditedNearestNeighbours;
import io.github.prepkit.resample.InstanceHardnessThreshold;
import io.github.prepkit.resample.KMeansSMOTE;
import io.github.prepkit.resample.KindSel;
import io.github.prepkit.resample.NearMiss;
import io.github.prepkit.resample.NeighbourhoodCleaningRule;
import io.github.prepkit.resample.OneSidedSelection;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.RepeatedEditedNearestNeighbours;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTEENN;
import io.github.prepkit.resample.SMOTEN;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SMOTETomek;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.resample.TomekLinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codecs of {@code io.github.prepkit.resample}. Samplers act at fit only, so no fitted model holds one; a
 * pipeline's estimator does, and the file keeps it so the pipeline can be fitted again.
 */
final class ResampleCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("RandomOverSampler", RandomOverSampler.class,
                    (sampler, p) -> shrinkage(strategy(p, sampler.samplingStrategy()).integer("seed", sampler.seed()),
                            sampler.shrinkage()),
                    p -> new RandomOverSampler(strategy(p), p.integer("seed"), shrinkage(p))),
            Codec.parameters("RandomUnderSampler", RandomUnderSampler.class,
                    (sampler, p) -> strategy(p, sampler.samplingStrategy()).integer("seed", sampler.seed()),
                    p -> new RandomUnderSampler(strategy(p), p.integer("seed"))),
            Codec.parameters("SMOTE", SMOTE.class,
                    (smote, p) -> strategy(p, smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("nJobs", smote.nJobs()),
                    p -> new SMOTE(strategy(p), p.integer("seed"), p.intValue("kNeighbors"), p.intValue("nJobs"))),
            Codec.parameters("ADASYN", ADASYN.class,
                    (adasyn, p) -> strategy(p, adasyn.samplingStrategy()).integer("seed", adasyn.seed())
                            .integer("nNeighbors", adasyn.nNeighbors()).integer("nJobs", adasyn.nJobs()),
                    p -> new ADASYN(strategy(p), p.integer("seed"), p.intValue("nNeighbors"), p.intValue("nJobs"))),
            Codec.parameters("BorderlineSMOTE", BorderlineSMOTE.class,
                    (smote, p) -> strategy(p, smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("mNeighbors", smote.mNeighbors())
                            .choice("kind", smote.kind()).integer("nJobs", smote.nJobs()),
                    p -> new BorderlineSMOTE(strategy(p), p.integer("seed"), p.intValue("kNeighbors"),
                            p.intValue("mNeighbors"), p.choice("kind", BorderlineSMOTE.Kind.values()), p.intValue("nJobs"))),
            Codec.parameters("KMeansSMOTE", KMeansSMOTE.class,
                    (smote, p) -> strategy(p, smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).typed("kmeansEstimator", smote.kmeansEstimator())
                            .optional("clusterBalanceThreshold", smote.clusterBalanceThreshold())
                            .optional("densityExponent", smote.densityExponent()).integer("nJobs", smote.nJobs()),
                    p -> new KMeansSMOTE(strategy(p), p.integer("seed"), p.intValue("kNeighbors"),
                            p.typed("kmeansEstimator", KMeans.class), p.optionalNumber("clusterBalanceThreshold"),
                            p.optionalNumber("densityExponent"), p.intValue("nJobs"))),
            Codec.parameters("SMOTEN", SMOTEN.class,
                    (smote, p) -> strategy(p, smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("nJobs", smote.nJobs()),
                    p -> new SMOTEN(strategy(p), p.integer("seed"), p.intValue("kNeighbors"), p.intValue("nJobs"))),
            Codec.parameters("SMOTENC", SMOTENC.class,
                    (smote, p) -> strategy(p.strings("categoricalColumns", smote.categoricalColumns()),
                            smote.samplingStrategy()).integer("seed", smote.seed())
                            .integer("kNeighbors", smote.kNeighbors()).integer("nJobs", smote.nJobs()),
                    p -> new SMOTENC(p.strings("categoricalColumns"), strategy(p), p.integer("seed"),
                            p.intValue("kNeighbors"), p.intValue("nJobs"))),
            Codec.parameters("TomekLinks", TomekLinks.class,
                    (tomek, p) -> strategy(p, tomek.samplingStrategy()).integer("nJobs", tomek.nJobs()),
                    p -> new TomekLinks(strategy(p), p.intValue("nJobs"))),
            Codec.parameters("EditedNearestNeighbours", EditedNearestNeighbours.class,
                    (enn, p) -> strategy(p, enn.samplingStrategy()).integer("nNeighbors", enn.nNeighbors())
                            .choice("kindSel", enn.kindSel()).integer("nJobs", enn.nJobs()),
                    p -> new EditedNearestNeighbours(strategy(p), p.intValue("nNeighbors"),
                            p.choice("kindSel", KindSel.values()), p.intValue("nJobs"))),
            Codec.parameters("RepeatedEditedNearestNeighbours", RepeatedEditedNearestNeighbours.class,
                    (renn, p) -> strategy(p, renn.samplingStrategy()).integer("nNeighbors", renn.nNeighbors())
                            .integer("maxIter", renn.maxIter()).choice("kindSel", renn.kindSel())
                            .integer("nJobs", renn.nJobs()),
                    p -> new RepeatedEditedNearestNeighbours(strategy(p), p.intValue("nNeighbors"),
                            p.intValue("maxIter"), p.choice("kindSel", KindSel.values()), p.intValue("nJobs"))),
            Codec.parameters("AllKNN", AllKNN.class,
                    (all, p) -> strategy(p, all.samplingStrategy()).integer("nNeighbors", all.nNeighbors())
                            .choice("kindSel", all.kindSel()).bool("allowMinority", all.allowMinority())
                            .integer("nJobs", all.nJobs()),
                    p -> new AllKNN(strategy(p), p.intValue("nNeighbors"), p.choice("kindSel", KindSel.values()),
                            p.bool("allowMinority"), p.intValue("nJobs"))),
            Codec.parameters("NeighbourhoodCleaningRule", NeighbourhoodCleaningRule.class,
                    (ncr, p) -> strategy(p, ncr.samplingStrategy()).integer("nNeighbors", ncr.nNeighbors())
                            .choice("kindSel", ncr.kindSel()).number("thresholdCleaning", ncr.thresholdCleaning())
                            .integer("nJobs", ncr.nJobs()),
                    p -> new NeighbourhoodCleaningRule(strategy(p), p.intValue("nNeighbors"),
                            p.choice("kindSel", KindSel.values()), p.number("thresholdCleaning"), p.intValue("nJobs"))),
            Codec.parameters("OneSidedSelection", OneSidedSelection.class,
                    (oss, p) -> strategy(p, oss.samplingStrategy()).integer("nNeighbors", oss.nNeighbors())
                            .integer("nSeedsS", oss.nSeedsS()).integer("seed", oss.seed())
                            .integer("nJobs", oss.nJobs()),
                    p -> new OneSidedSelection(strategy(p), p.intValue("nNeighbors"), p.intValue("nSeedsS"),
                            p.integer("seed"), p.intValue("nJobs"))),
            Codec.parameters("SMOTEENN", SMOTEENN.class,
                    (combined, p) -> p.typed("smote", combined.smote()).typed("enn", combined.enn()),
                    p -> new SMOTEENN(p.typed("smote", SMOTE.class), p.typed("enn", EditedNearestNeighbours.class))),
            Codec.parameters("SMOTETomek", SMOTETomek.class,
                    (combined, p) -> p.typed("smote", combined.smote()).typed("tomek", combined.tomek()),
                    p -> new SMOTETomek(p.typed("smote", SMOTE.class), p.typed("tomek", TomekLinks.class))),
            Codec.parameters("NearMiss", NearMiss.class,
                    (sampler, p) -> strategy(p, sampler.samplingStrategy()).integer("version", sampler.version())
                            .integer("nNeighbors", sampler.nNeighbors())
                            .integer("nNeighborsVer3", sampler.nNeighborsVer3()).integer("nJobs", sampler.nJobs()),
                    p -> new NearMiss(strategy(p), p.intValue("version"), p.intValue("nNeighbors"),
                            p.intValue("nNeighborsVer3"), p.intValue("nJobs"))),
            Codec.parameters("CondensedNearestNeighbour", CondensedNearestNeighbour.class,
                    (sampler, p) -> strategy(p, sampler.samplingStrategy()).integer("seed", sampler.seed())
                            .integer("nNeighbors", sampler.nNeighbors()).integer("nSeedsS", sampler.nSeedsS())
                            .integer("nJobs", sampler.nJobs()),
                    p -> new CondensedNearestNeighbour(strategy(p), p.integer("seed"), p.intValue("nNeighbors"),
                            p.intValue("nSeedsS"), p.intValue("nJobs"))),
            Codec.parameters("InstanceHardnessThreshold", InstanceHardnessThreshold.class,
                    (sampler, p) -> strategy(p.typed("estimator", sampler.estimator()).integer("cv", sampler.cv())
                            .bool("shuffle", sampler.shuffle()), sampler.samplingStrategy())
                            .integer("seed", sampler.seed()).integer("nJobs", sampler.nJobs()),
                    p -> new InstanceHardnessThreshold(p.typed("estimator", Classifier.class), p.intValue("cv"),
                            p.bool("shuffle"), strategy(p), p.integer("seed"), p.intValue("nJobs"))),
            Codec.parameters("ClusterCentroids", ClusterCentroids.class,
                    (sampler, p) -> strategy(p, sampler.samplingStrategy()).choice("voting", sampler.voting())
                            .typed("estimator", sampler.estimator()),
                    p -> new ClusterCentroids(strategy(p), p.choice("voting", ClusterCentroids.Voting.values()),
                            p.typed("estimator", KMeans.class))));

    private ResampleCodecs() {
    }

    /** Writes {@code strategy} as parameter {@code samplingStrategy}; the balanced forest's codec shares it. */
    static NodeWriter strategy(NodeWriter params, SamplingStrategy strategy) {
        return params.object("samplingStrategy", s -> s.choice("kind", strategy.kind())
                .number("ratio", strategy.ratio()).counts("counts", strategy.counts()));
    }

    /** Writes a smoothed bootstrap's shrinkage, if any: one factor, or the classes and their factors in name order. */
    private static NodeWriter shrinkage(NodeWriter params, RandomOverSampler.Shrinkage shrinkage) {
        if (shrinkage == null) {
            return params;
        }
        return params.object("shrinkage", s -> {
            if (shrinkage.factor() != null) {
                s.number("factor", shrinkage.factor());
            } else {
                List<String> classes = shrinkage.perClass().keySet().stream().sorted().toList();
                s.strings("classes", classes).doubles("factors",
                        classes.stream().mapToDouble(shrinkage.perClass()::get).toArray());
            }
        });
    }

    /** The shrinkage {@link #shrinkage(NodeWriter, RandomOverSampler.Shrinkage)} wrote, or null (plain copies). */
    private static RandomOverSampler.Shrinkage shrinkage(NodeReader params) {
        if (!params.has("shrinkage")) {
            return null;
        }
        NodeReader s = params.object("shrinkage");
        if (s.has("factor")) {
            return RandomOverSampler.Shrinkage.of(s.number("factor"));
        }
        List<String> classes = s.strings("classes");
        double[] factors = s.doubles("factors");
        if (factors.length != classes.size()) {
            throw new ModelFileException(s.path() + ": " + classes.size() + " classes but " + factors.length
                    + " shrinkage factors");
        }
        Map<String, Double> perClass = new HashMap<>();
        for (int i = 0; i < factors.length; i++) {
            perClass.put(classes.get(i), factors[i]);
        }
        return RandomOverSampler.Shrinkage.perClass(perClass);
    }

    /** Reads parameter {@code samplingStrategy}. */
    static SamplingStrategy strategy(NodeReader params) {
        NodeReader s = params.object("samplingStrategy");
        return new SamplingStrategy(s.choice("kind", SamplingStrategy.Kind.values()), s.number("ratio"),
                s.counts("counts"));
    }
}
