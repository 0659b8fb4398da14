package io.github.prepkit.tree;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.WeightCases;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * The cases of {@code generate_weighted_tree.py}: scikit-learn 1.2.1's DecisionTreeClassifier fitted with sample
 * weights (some 0 in one case; binary and multi-class, Gini and entropy, depth, leaf and split limits) on data with no
 * exact tie between splits, so the tree is the same whatever the feature order; and the {@code weights/tree_*} cases of
 * {@code generate_weights.py}: balanced and given class weights, alone and times integer (some 0) and fractional
 * sample weights, on such data. predict_proba of the query rows to 1e-12.
 */
class WeightedTreeReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("tree/weighted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void probabilitiesAreScikitLearns(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        String target = (String) params.get("target");
        String weight = (String) params.get("weight");
        Table input = reference.input();
        double[] weights = input.numberColumn(weight).asDoubleArray();
        DecisionTreeClassifierModel model = tree((Map<String, Object>) params.get("params"))
                .fit(input.copy().removeColumns(target, weight), input.column(target), weights);
        TableAssertions.assertTableClose(reference.expected(), model.predictProba(reference.table("query.csv")), 1e-12);
    }

    static List<ReferenceCase> classWeightCases() {
        return WeightCases.named("tree_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classWeightCases")
    @SuppressWarnings("unchecked")
    void classWeightedProbabilitiesAreScikitLearns(ReferenceCase reference) {
        DecisionTreeClassifier tree = tree((Map<String, Object>) reference.params().get("params"));
        double[] weights = WeightCases.sampleWeight(reference);
        DecisionTreeClassifierModel model = weights == null
                ? tree.fit(WeightCases.features(reference), WeightCases.target(reference))
                : tree.fit(WeightCases.features(reference), WeightCases.target(reference), weights);
        TableAssertions.assertTableClose(reference.expected(), model.predictProba(reference.table("query.csv")), 1e-12);
    }

    /** The estimator with the case's parameters, under scikit-learn's names; the others its defaults. */
    private static DecisionTreeClassifier tree(Map<String, Object> params) {
        DecisionTreeClassifier tree = new DecisionTreeClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            tree = switch (entry.getKey()) {
                case "criterion" -> tree.criterion(Criterion.valueOf(((String) value).toUpperCase(Locale.ROOT)));
                case "max_depth" -> tree.maxDepth(Math.toIntExact((Long) value));
                case "min_samples_leaf" -> tree.minSamplesLeaf(Math.toIntExact((Long) value));
                case "min_samples_split" -> tree.minSamplesSplit(Math.toIntExact((Long) value));
                case "class_weight" -> tree.classWeight(WeightCases.classWeight(value));
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return tree;
    }
}
