package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.tree.ClassProbabilities;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A deterministic classifier for tests of ensembles: every fit records the columns and class counts it was given,
 * and its model predicts, for every row, each class's share of the rows it saw.
 *
 * @param fits what each fit saw, in the order the fits ended
 */
record RecordingClassifier(Queue<Fit> fits) implements Classifier<RecordingClassifier.Model> {

    RecordingClassifier() {
        this(new ConcurrentLinkedQueue<>());
    }

    /** What one fit saw: its feature columns in order and each class's row count, by class name. */
    record Fit(List<String> columns, Map<String, Integer> classCounts) {
    }

    @Override
    public Model fit(Table features, Column<?> target) {
        ClassLabels labels = ClassLabels.of(target, "RecordingClassifier");
        int[] counts = new int[labels.count()];
        for (int code : labels.codes()) {
            counts[code]++;
        }
        Map<String, Integer> byName = new TreeMap<>();
        for (int k = 0; k < counts.length; k++) {
            byName.put(labels.names().get(k), counts[k]);
        }
        fits.add(new Fit(features.columnNames(), byName));
        double[] shares = Arrays.stream(counts).mapToDouble(c -> (double) c / target.size()).toArray();
        return new Model(this, Schema.of(features), labels.classes(), shares);
    }

    /** The fitted recording classifier: the same class shares for every row. */
    record Model(RecordingClassifier estimator, Schema schema, TargetClasses targetClasses, double[] shares)
            implements ClassifierModel {

        @Override
        public Column<?> predict(Table features) {
            return targetClasses.decode(ClassProbabilities.mostProbable(probabilities(features), shares.length));
        }

        @Override
        public Table predictProba(Table features) {
            return ClassProbabilities.table(targetClasses.names(), probabilities(features));
        }

        private double[] probabilities(Table features) {
            schema.check(features, "RecordingClassifier.Model");
            double[] rows = new double[features.rowCount() * shares.length];
            for (int i = 0; i < features.rowCount(); i++) {
                System.arraycopy(shares, 0, rows, i * shares.length, shares.length);
            }
            return rows;
        }
    }
}
