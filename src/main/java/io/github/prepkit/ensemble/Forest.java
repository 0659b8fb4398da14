package io.github.prepkit.ensemble;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrower;
import io.github.prepkit.internal.tree.TreeGrowth;
import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What random forests share: growing the trees in parallel, each on its own sample of the rows (a bootstrap
 * sample, or a balanced one), and finding again which rows a tree left out of bag. Tree {@code t} draws everything
 * (its sample, then its features) from {@code Parallel.seed(seed, t)}, so the forest is the same for any number of
 * threads.
 */
final class Forest {

    private Forest() {
    }

    /** Grows one tree with a grower, the tree's row counts (null: every row once) and its generator. */
    interface TreeTask {
        Tree grow(TreeGrower grower, int[] counts, SplittableRandom random);
    }

    /** Draws the rows a tree grows on: how many times each row counts (null: every row once), from its generator. */
    interface RowCounts {
        int[] draw(SplittableRandom random);
    }

    /**
     * Grows {@code trees} trees on {@code data} on {@code nJobs} threads, each on the rows {@code sample} draws first
     * from its generator; each thread reuses one grower's work arrays from tree to tree.
     */
    static List<Tree> grow(SortedFeatures data, TreeGrowth growth, int trees, RowCounts sample, int nJobs, long seed,
            TreeTask task) {
        Tree[] grown = new Tree[trees];
        ConcurrentLinkedQueue<TreeGrower> growers = new ConcurrentLinkedQueue<>();
        growers.add(new TreeGrower(data, growth)); // fails early on a maxFeatures above the number of features
        Parallel.forEach(trees, nJobs, t -> {
            TreeGrower grower = growers.poll();
            if (grower == null) {
                grower = new TreeGrower(data, growth);
            }
            SplittableRandom random = new SplittableRandom(Parallel.seed(seed, t));
            grown[t] = task.grow(grower, sample.draw(random), random);
            growers.add(grower);
        });
        return List.of(grown);
    }

    /**
     * The bootstrap counts tree {@code t} of a forest seeded with {@code seed} drew: {@code rows} draws with
     * replacement, as scikit-learn's forests.
     */
    static int[] bootstrap(int rows, long seed, int t) {
        return bootstrap(rows, new SplittableRandom(Parallel.seed(seed, t)));
    }

    /** Each of {@code rows} rows once, or (with {@code bootstrap}) a bootstrap sample of them. */
    static RowCounts rowCounts(int rows, boolean bootstrap) {
        return bootstrap ? random -> bootstrap(rows, random) : random -> null;
    }

    /** The counts of {@code rows} draws with replacement among {@code rows} rows. */
    static int[] bootstrap(int rows, SplittableRandom random) {
        int[] counts = new int[rows];
        for (int i = 0; i < rows; i++) {
            counts[random.nextInt(rows)]++;
        }
        return counts;
    }

    /**
     * The out-of-bag predictions: for each row, the sum over the trees that did not draw it of {@code width}
     * values of the leaf it falls to ({@code sums}, row-major) and how many such trees there were.
     */
    static int[] outOfBag(List<Tree> trees, double[] x, int features, long seed, double[] sums, int width) {
        int rows = x.length / features;
        int[] votes = new int[rows];
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            int[] counts = bootstrap(rows, seed, t);
            for (int i = 0; i < rows; i++) {
                if (counts[i] == 0) {
                    int leaf = tree.leaf(x, i * features);
                    for (int k = 0; k < width; k++) {
                        sums[i * width + k] += tree.value(leaf, k);
                    }
                    votes[i]++;
                }
            }
        }
        return votes;
    }

    /**
     * The average over {@code trees} of the {@code width} values of each row's leaf, row-major: class
     * probabilities for classification trees, the prediction for regression trees. O(rows * trees * depth).
     */
    static double[] average(List<Tree> trees, double[] x, int features, int width) {
        return average(trees, x.length / features, width, (t, i) -> trees.get(t).leaf(x, i * features));
    }

    /** The same average, each row's leaf in tree {@code t} given by {@code leaves}: trees outside, rows inside. */
    static double[] average(List<Tree> trees, int rows, int width, Leaves leaves) {
        double[] sums = new double[rows * width];
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            for (int i = 0; i < rows; i++) {
                int leaf = leaves.of(t, i);
                for (int k = 0; k < width; k++) {
                    sums[i * width + k] += tree.value(leaf, k);
                }
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= trees.size();
        }
        return sums;
    }

    /** The leaf row {@code i} reaches in tree {@code t}. */
    @FunctionalInterface
    interface Leaves {
        int of(int t, int i);
    }

    /** Rejects an out-of-bag score without bootstrap, as scikit-learn does. */
    static void checkOutOfBag(String step, boolean bootstrap, boolean oobScore) {
        if (oobScore && !bootstrap) {
            throw new IllegalArgumentException(step + ": oobScore needs bootstrap samples; set bootstrap(true)"
                    + " or oobScore(false)");
        }
    }

    /**
     * Fails unless an out-of-bag score is present exactly if {@code asked} and is NaN (no row left out) or in
     * [{@code lowest}, 1]: 0 for an accuracy, minus infinity for R^2 (which is minus infinity when the rows left out
     * share one target that the trees miss).
     *
     * @throws IllegalArgumentException naming {@code step}
     */
    static void checkOutOfBagScore(OptionalDouble score, boolean asked, double lowest, String step) {
        Checks.notNull(score, step + ": oobScore");
        if (score.isPresent() != asked) {
            throw new IllegalArgumentException(step + ": the estimator's oobScore is " + asked + ", but the out-of-bag"
                    + " score is " + (asked ? "missing" : "present"));
        }
        double value = score.orElse(Double.NaN);
        if (value < lowest || value > 1) {
            throw new IllegalArgumentException(step + ": the out-of-bag score must be NaN or in [" + lowest
                    + ", 1], found " + value);
        }
    }

    /** {@code , oob score 0.9533} if the score is present, else nothing. */
    static String describe(OptionalDouble score) {
        return score.isPresent() ? ", oob score " + Summary.number(score.getAsDouble()) : "";
    }

    /** Validates the parameters both forests share. */
    static void checkCounts(String step, int nEstimators, int nJobs) {
        if (nEstimators < 1) {
            throw new IllegalArgumentException(step + ": nEstimators must be at least 1, found " + nEstimators);
        }
        if (nJobs != -1 && nJobs < 1) {
            throw new IllegalArgumentException(step + ": nJobs must be a positive number of threads or -1 for"
                    + " every core, found " + nJobs);
        }
    }
}
