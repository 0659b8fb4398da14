package io.github.prepkit.reference;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.data.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the cases of {@code generate_weights.py} ({@code reference/weights/}) share: their class weights as prepkit's
 * {@link ClassWeight}, their feature table, target and sample weights; and the duplicated rows that integer weights
 * stand for, which the weight tests compare against.
 */
public final class WeightCases {

    private WeightCases() {
    }

    /** The cases of {@code weights/} whose name starts with {@code prefix}, such as {@code "logistic_"}. */
    public static List<ReferenceCase> named(String prefix) {
        return ReferenceCase.all("weights").stream().filter(c -> c.id().startsWith("weights/" + prefix)).toList();
    }

    /** scikit-learn's {@code class_weight} value as a {@link ClassWeight}: "balanced", "balanced_subsample" or a dict. */
    @SuppressWarnings("unchecked")
    public static ClassWeight classWeight(Object value) {
        if ("balanced".equals(value)) {
            return ClassWeight.BALANCED;
        }
        if ("balanced_subsample".equals(value)) {
            return ClassWeight.BALANCED_SUBSAMPLE;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        ((Map<String, Object>) value).forEach((name, weight) -> weights.put(name, ((Number) weight).doubleValue()));
        return ClassWeight.given(weights);
    }

    /** The case's features: its input without the target and the weight column. */
    public static Table features(ReferenceCase reference) {
        Table input = reference.input();
        Object weight = reference.params().get("weight");
        Table features = Columns.without(input, target(reference).name());
        return weight == null ? features : Columns.without(features, (String) weight);
    }

    /** The case's target column. */
    public static Column<?> target(ReferenceCase reference) {
        return reference.input().column((String) reference.params().get("target"));
    }

    /**
     * Row i of {@code data} repeated {@code counts[i]} times, in order: what integer sample weights stand for
     * (Tablesaw's {@code rows(int...)} would keep a repeated row once).
     */
    public static Table duplicated(Table data, int[] counts) {
        Table copies = data.emptyCopy();
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                copies.addRow(i, data);
            }
        }
        return copies;
    }

    /** The case's sample weights, or null if it has none. */
    public static double[] sampleWeight(ReferenceCase reference) {
        Object weight = reference.params().get("weight");
        return weight == null ? null : reference.input().numberColumn((String) weight).asDoubleArray();
    }
}
