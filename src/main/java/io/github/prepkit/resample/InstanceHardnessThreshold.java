package io.github.prepkit.resample;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.StratifiedKFold;
import io.github.prepkit.stats.Quantiles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Under-samples by dropping the rows a classifier finds hardest, as imbalanced-learn's
 * {@code InstanceHardnessThreshold} (Smith, Martinez and Giraud-Carrier 2014). Each row gets the probability of its own
 * class from {@code estimator} fitted on the other folds of a stratified {@code cv}-fold split (scikit-learn's
 * {@code cross_val_predict}); each shrinking class then keeps its rows whose probability is at least the
 * (1 - target / size) quantile of its rows' probabilities, interpolated linearly as NumPy's {@code percentile}. On
 * ties with the threshold a class keeps more rows than its target, as imbalanced-learn does. (NumPy 1.24 rounds the
 * interpolation differently when the weight is at least 0.5, but a threshold strictly between two sorted values
 * keeps the same rows wherever it falls between them.)
 *
 * <p>Works on whatever columns the estimator accepts. imbalanced-learn always shuffles the folds with its
 * {@code random_state} and reseeds the estimator from it; here the folds are shuffled with {@code seed} by
 * {@link StratifiedKFold} (Java's generator, not NumPy's), or not at all with {@code shuffle(false)}, which gives
 * scikit-learn's unshuffled folds, and the estimator keeps its own seed. imbalanced-learn 0.10 takes the probability
 * column at the index of the label value itself, which is the row's own class only for labels 0..k-1; here it is
 * always the row's own class (0 if the fold's training rows lacked that class, as {@code cross_val_predict}). The
 * folds are fitted on {@code nJobs} threads; the result does not depend on it.
 *
 * @param estimator        the classifier whose cross-validated probabilities measure hardness (default a
 *                         {@link RandomForestClassifier} of 100 trees, imbalanced-learn's default, seeded 0)
 * @param cv               the number of stratified folds, at least 2 (default 5)
 * @param shuffle          whether the folds are shuffled (default true, as imbalanced-learn)
 * @param samplingStrategy which classes shrink, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the folds' shuffle (default 0)
 * @param nJobs            threads fitting the folds, or -1 for every core (default -1)
 */
public record InstanceHardnessThreshold(Classifier<?> estimator, int cv, boolean shuffle,
                                        SamplingStrategy samplingStrategy, long seed, int nJobs)
        implements SelectingSampler {

    private static final String STEP = "InstanceHardnessThreshold";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public InstanceHardnessThreshold {
        Checks.notNull(estimator, "estimator");
        Checks.notNull(samplingStrategy, "samplingStrategy");
        if (cv < 2) {
            throw new IllegalArgumentException(STEP + ": cv must be at least 2 folds, found " + cv);
        }
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: a random forest of 100 trees, 5 shuffled folds, seed 0, every core. */
    public InstanceHardnessThreshold() {
        this(new RandomForestClassifier(), 5, true, SamplingStrategy.AUTO, 0, -1);
    }

    /** A copy measuring hardness with another classifier. */
    public InstanceHardnessThreshold estimator(Classifier<?> estimator) {
        return new InstanceHardnessThreshold(estimator, cv, shuffle, samplingStrategy, seed, nJobs);
    }

    /** A copy with {@code cv} folds. */
    public InstanceHardnessThreshold cv(int cv) {
        return new InstanceHardnessThreshold(estimator, cv, shuffle, samplingStrategy, seed, nJobs);
    }

    /** A copy shuffling the folds or not. */
    public InstanceHardnessThreshold shuffle(boolean shuffle) {
        return new InstanceHardnessThreshold(estimator, cv, shuffle, samplingStrategy, seed, nJobs);
    }

    /** A copy with another strategy. */
    public InstanceHardnessThreshold samplingStrategy(SamplingStrategy samplingStrategy) {
        return new InstanceHardnessThreshold(estimator, cv, shuffle, samplingStrategy, seed, nJobs);
    }

    /** A copy with another seed. */
    public InstanceHardnessThreshold seed(long seed) {
        return new InstanceHardnessThreshold(estimator, cv, shuffle, samplingStrategy, seed, nJobs);
    }

    /** A copy fitting the folds on {@code nJobs} threads. */
    public InstanceHardnessThreshold nJobs(int nJobs) {
        return new InstanceHardnessThreshold(estimator, cv, shuffle, samplingStrategy, seed, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also as the estimator's fit, or if every class has fewer rows than cv
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        int[] targets = samplingStrategy.targets(classes.sizes(), classes.names(), false, STEP);
        double[] own = ownClassProbabilities(data, target, classes);
        return classes.keptRows(c -> {
            int[] members = classes.members(c);
            double[] probabilities = Arrays.stream(members).mapToDouble(i -> own[i]).toArray();
            double threshold = Quantiles.quantiles(probabilities, 1.0 - (double) targets[c] / members.length)[0];
            return IntStream.range(0, members.length).filter(i -> probabilities[i] >= threshold)
                    .map(i -> members[i]).toArray();
        });
    }

    /** Each row's cross-validated probability of its own class. */
    private double[] ownClassProbabilities(Table data, String target, ClassRows classes) {
        Column<?> labels = Columns.column(data, target);
        List<Fold> folds = new StratifiedKFold(cv, shuffle, seed).split(labels);
        Table features = Columns.without(data, target);
        int[] codes = new int[data.rowCount()];
        for (int c = 0; c < classes.names().size(); c++) {
            for (int row : classes.members(c)) {
                codes[row] = c;
            }
        }
        double[] own = new double[data.rowCount()];
        Parallel.forEach(folds.size(), nJobs, f -> {
            Fold fold = folds.get(f);
            int[] test = fold.test();
            ClassifierModel model = estimator.fit(Tables.rows(data, fold.train()), target);
            Table probabilities = model.predictProba(Tables.rows(features, test));
            for (int i = 0; i < test.length; i++) {
                String name = classes.names().get(codes[test[i]]);
                own[test[i]] = probabilities.containsColumn(name)
                        ? probabilities.numberColumn(name).getDouble(i) : 0;
            }
        });
        return own;
    }
}
