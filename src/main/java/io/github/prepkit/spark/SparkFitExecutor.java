package io.github.prepkit.spark;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.selection.FitExecutor;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.FoldScore;
import io.github.prepkit.selection.Scoring;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A search's or a cross-validation's fits as Spark tasks, one per (estimator, fold): the features and the target
 * travel once, as rows in a broadcast that each executor turns back into a table once; the estimators as their
 * model-file bytes, the folds as row indices, the scorings serialized. A task fits once and scores by every scoring
 * with {@link FoldScore#of}, as a local thread does, so the scores are the local ones, bit for bit (the times are the
 * executors').
 */
final class SparkFitExecutor implements FitExecutor {

    private final SparkSession spark;

    SparkFitExecutor(SparkSession spark) {
        this.spark = spark;
    }

    /** What every task reads: the rows, the estimators, the folds and the scoring. */
    static final class Work implements Serializable {

        private final TableRows features;
        private final TableRows target;
        private final List<byte[]> estimators;
        private final List<Fold> folds;
        private final List<Scoring> scorings;
        private transient Table featureTable;
        private transient Column<?> targetColumn;

        Work(TableRows features, TableRows target, List<byte[]> estimators, List<Fold> folds, List<Scoring> scorings) {
            this.features = features;
            this.target = target;
            this.estimators = estimators;
            this.folds = folds;
            this.scorings = scorings;
        }

        /** Fit {@code task}: estimator {@code task / folds} on fold {@code task % folds}. */
        TaskScore fit(int task) {
            Predictor<?> estimator = ModelFiles.estimatorFromBytes(estimators.get(task / folds.size()), Predictor.class);
            FoldScore score = FoldScore.of(estimator, featureTable(), targetColumn, folds.get(task % folds.size()),
                    scorings);
            return new TaskScore(score.scores(), score.fitTime(), score.scoreTime(), score.failure());
        }

        /** The table, built once per executor from the broadcast rows and shared by its tasks, which only read it. */
        private synchronized Table featureTable() {
            if (featureTable == null) {
                featureTable = features.table();
                targetColumn = target.table().column(0);
            }
            return featureTable;
        }
    }

    /** A {@link FoldScore} on its way back to the driver. */
    record TaskScore(double[] scores, double fitTime, double scoreTime, RuntimeException failure)
            implements Serializable {}

    @Override
    public FoldScore[] fitAll(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features,
            Column<?> target, Scoring scoring) {
        return fitAll(estimators, folds, features, target, List.of(scoring));
    }

    /** Each task fits once and scores by every one of {@code scorings}. */
    @Override
    public FoldScore[] fitAll(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features,
            Column<?> target, List<Scoring> scorings) {
        Work work = work(estimators, folds, features, target, scorings, SparkColumnType.localDates(spark));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Work> shared = context.broadcast(work);
        int tasks = estimators.size() * folds.size();
        try {
            return context.parallelize(IntStream.range(0, tasks).boxed().toList(), Math.max(1, tasks))
                    .map(task -> shared.value().fit(task)).collect().stream()
                    .map(s -> new FoldScore(s.scores()[0], s.fitTime(), s.scoreTime(), s.failure(), s.scores()))
                    .toArray(FoldScore[]::new);
        } finally {
            shared.destroy();
        }
    }

    /**
     * The work of {@link #fitAll}, ready to travel.
     *
     * @throws IllegalArgumentException if an estimator or the scoring cannot travel, or a column's type cannot cross
     */
    static Work work(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features, Column<?> target,
            List<Scoring> scorings, boolean localDates) {
        return new Work(TableRows.of(features, localDates, "the search's features"),
                TableRows.of(Table.create(target), localDates, "the search's target"),
                estimators.stream().map(SparkFitExecutor::travelling).toList(), List.copyOf(folds),
                scorings.stream().map(SparkFitExecutor::serializable).toList());
    }

    @Override
    public String toString() {
        return "Spark (" + spark.sparkContext().master() + ")";
    }

    /** The estimator's model-file bytes, or a failure saying it cannot travel. */
    private static byte[] travelling(Predictor<?> estimator) {
        try {
            return ModelFiles.estimatorToBytes(estimator);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the estimator " + estimator + " cannot travel to Spark's executors: "
                    + e.getMessage(), e);
        }
    }

    /** {@code scoring}, checked to serialize, or a failure saying why it cannot travel. */
    private static Scoring serializable(Scoring scoring) {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(scoring);
            return scoring;
        } catch (IOException e) {
            throw new IllegalArgumentException("scoring '" + scoring.name() + "' cannot travel to Spark's executors: "
                    + e + "; use a built-in scoring, or a scorer lambda that captures only serializable values", e);
        }
    }
}
