package io.github.prepkit.tree;

import io.github.prepkit.base.FeatureWeights;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import tech.tablesaw.api.Table;

/**
 * What every fitted tree-based model (a tree, a forest, boosting; classifier or regressor) shares: the numeric
 * feature columns seen at fit, their importances, the checks its validating factory makes on the trees, and the
 * line it prints. Immutable.
 */
public abstract class TreeModel implements FeatureWeights {

    private final Schema schema;
    private final String step;

    /** Only {@link TreeClassifierModel} and {@link TreeRegressorModel} extend this class directly. */
    TreeModel(Schema schema, String step) {
        this.schema = schema;
        this.step = step;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public final Schema schema() {
        return schema;
    }

    /** The feature names, in the order of {@link #featureImportances()} and of {@link Tree#feature}. */
    public final List<String> featureNames() {
        return schema.names();
    }

    /** Each feature's importance, in the order of {@link #featureNames()}, summing to 1 unless all are 0. */
    public abstract double[] featureImportances();

    /** The importances as one row ({@link FeatureWeights}: scikit-learn's {@code feature_importances_}). */
    @Override
    public final double[][] featureWeightRows() {
        return new double[][] {featureImportances()};
    }

    /** {@code XModel on [features]: } and the model's trees as {@link #describeTrees()} gives them. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " on " + Summary.names(featureNames()) + ": " + describeTrees();
    }

    /** The trees' part of {@link #toString()}, such as {@code 31 nodes, depth 4}. */
    protected abstract String describeTrees();

    /**
     * {@code 100 trees, 1,234 nodes, max depth 10}: how many trees, their nodes in all and the deepest one's depth.
     */
    protected static String describe(List<Tree> trees) {
        int nodes = 0;
        int depth = 0;
        for (Tree tree : trees) {
            nodes += tree.nodeCount();
            depth = Math.max(depth, tree.depth());
        }
        return String.format(Locale.ROOT, "%,d trees, %,d nodes, max depth %d", trees.size(), nodes, depth);
    }

    /** {@code 100 stages, 300 trees, 2,100 nodes, max depth 3}: as {@link #describe(List)} after the stage count. */
    protected static String describeStages(List<List<Tree>> stages) {
        return String.format(Locale.ROOT, "%,d stages, ", stages.size())
                + describe(stages.stream().flatMap(List::stream).toList());
    }

    /** {@code 31 nodes, depth 4}. */
    protected static String describe(Tree tree) {
        return String.format(Locale.ROOT, "%,d nodes, depth %d", tree.nodeCount(), tree.depth());
    }

    /**
     * Returns {@code trees}, unmodifiable, or fails unless there are {@code count} of them, each grown on the
     * {@code schema}'s columns with {@code width} values per node and no deeper than {@code maxDepth}.
     *
     * @param where names the model (and the stage) at the front of messages, e.g. {@code "XModel: "}
     * @throws IllegalArgumentException if the list or a tree is null, or one of the above fails, naming the tree
     */
    protected static List<Tree> checkedTrees(List<Tree> trees, int count, Schema schema, int width,
            OptionalInt maxDepth, String where) {
        Checks.notNull(trees, where + "trees");
        if (trees.size() != count) {
            throw new IllegalArgumentException(where + "expected " + count + " tree(s), found " + trees.size());
        }
        for (int t = 0; t < count; t++) {
            Tree tree = Checks.notNull(trees.get(t), where + "tree " + t);
            if (tree.features() != schema.size() || tree.width() != width) {
                throw new IllegalArgumentException(where + "tree " + t + " must be grown on the " + schema.size()
                        + " feature columns with " + width + " value(s) per node, found " + tree.features()
                        + " features and width " + tree.width());
            }
            if (tree.depth() > maxDepth.orElse(Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(where + "tree " + t + " has depth " + tree.depth()
                        + ", deeper than the estimator's maxDepth " + maxDepth.getAsInt());
            }
        }
        return List.copyOf(trees);
    }

    /**
     * Returns {@code stages}, unmodifiable at both levels, or fails unless there are {@code count} of them, each
     * holding {@code perStage} trees that {@link #checkedTrees} accepts with width 1.
     *
     * @param step names the model in messages
     * @throws IllegalArgumentException naming the stage and the tree
     */
    protected static List<List<Tree>> checkedStages(List<List<Tree>> stages, int count, int perStage, Schema schema,
            OptionalInt maxDepth, String step) {
        Checks.notNull(stages, step + ": stages");
        if (stages.size() != count) {
            throw new IllegalArgumentException(step + ": expected " + count + " stages (the estimator's nEstimators),"
                    + " found " + stages.size());
        }
        List<List<Tree>> checked = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            checked.add(checkedTrees(stages.get(m), perStage, schema, 1, maxDepth, step + ": stage " + m + ", "));
        }
        return List.copyOf(checked);
    }

    /** The rows of {@code features} in the fitted column order, after checking them against the schema. */
    final FeatureMatrix matrix(Table features) {
        return TrainingData.predictFeatures(schema, features, step);
    }
}
