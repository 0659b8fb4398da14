package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.data.UnderSampling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The fit of a balanced bagging ensemble, as scikit-learn 1.2's {@code BaggingClassifier} around imbalanced-learn
 * 0.10's {@code Pipeline(RandomUnderSampler, estimator)}. Member {@code t} draws everything from
 * {@code Parallel.seed(seed, t)}, in scikit-learn's order: the base's own seed (if it is {@link Seeded}), then its
 * features, then its bag of rows from all the training rows, then the random under-sampling of that bag; it is then
 * fitted on the under-sampled bag's rows and its features. The members are fitted on {@code nJobs} threads, the same
 * for any number of them.
 */
final class Bagging {

    private Bagging() {
    }

    /**
     * What a fit learned.
     *
     * @param schema   the feature columns seen at fit
     * @param classes  the target's classes
     * @param members  each member's fitted model
     * @param features each member's features, as indexes into the schema's columns, ascending
     */
    record Fitted(Schema schema, TargetClasses classes, List<ClassifierModel> members, List<int[]> features) {
    }

    /**
     * Fits the members {@code bagging} describes on {@code features} and {@code target}, neither modified.
     *
     * @param step names the estimator in messages
     * @throws IllegalArgumentException if there are no rows or no feature, the target's size differs, it has a missing
     *                                  value or fewer than 2 classes, a numeric feature holds an infinite value, the
     *                                  draw sizes ask for no row or feature or more than there are, a bag holds a
     *                                  single class, the sampling strategy does not fit a bag's classes, or a
     *                                  member's fit fails
     */
    static Fitted fit(BalancedBaggingClassifier bagging, Table features, Column<?> target, String step) {
        Checks.notNull(features, step + ": features");
        Checks.notNull(target, step + ": target");
        TrainingData.requireFitShape(features, target, step);
        ClassLabels labels = TrainingData.classes(target, step);
        noInfinity(features, step);
        int rows = features.rowCount();
        int bagSize = checked(bagging.maxSamples().of(rows), bagging.maxSamples(), rows, "maxSamples", "rows", step);
        int featureCount = checked(featureCount(bagging.maxFeatures(), features.columnCount()),
                bagging.maxFeatures(), features.columnCount(), "maxFeatures", "features", step);
        int[] codes = labels.codes();
        List<String> names = features.columnNames();
        ClassifierModel[] members = new ClassifierModel[bagging.nEstimators()];
        int[][] memberFeatures = new int[bagging.nEstimators()][];
        Parallel.forEach(members.length, bagging.nJobs(), t -> {
            SplittableRandom random = new SplittableRandom(Parallel.seed(bagging.seed(), t));
            Classifier<?> base = memberEstimator(bagging.estimator(), random);
            memberFeatures[t] = sorted(draw(features.columnCount(), featureCount, bagging.bootstrapFeatures(), random));
            int[] bag = draw(rows, bagSize, bagging.bootstrap(), random);
            int[] kept = underSampled(bag, codes, labels.names(), bagging, random, t, step);
            Table view = memberView(features, names, memberFeatures[t]);
            members[t] = base.fit(Tables.rows(view, kept), target.subset(kept));
        });
        return new Fitted(Schema.of(features), labels.classes(), List.of(members), List.of(memberFeatures));
    }

    /**
     * The number of features a member sees: maxFeatures of {@code available}, at least 1, as scikit-learn's
     * {@code max(1, int(max_features))}.
     */
    static int featureCount(DrawSize maxFeatures, int available) {
        return Math.max(1, maxFeatures.of(available));
    }

    /**
     * {@code count}, the number {@code size} draws out of {@code available} {@code what}, checked to be at least 1
     * and at most {@code available}, as scikit-learn's bagging.
     */
    private static int checked(int count, DrawSize size, int available, String parameter, String what,
            String step) {
        if (count < 1 || count > available) {
            throw new IllegalArgumentException(step + ": " + parameter + " " + size + " draws " + count + " of the "
                    + available + " " + what + "; expected at least 1 and at most " + available);
        }
        return count;
    }

    /** The base, or (if it is {@link Seeded}) a copy of it with a seed of its own, drawn first as scikit-learn's. */
    private static Classifier<?> memberEstimator(Classifier<?> base, SplittableRandom random) {
        return base instanceof Seeded<?> seeded ? (Classifier<?>) seeded.seed(random.nextLong()) : base;
    }

    /**
     * Whether a member fitted with {@code fittedWith} was fitted with {@code base} or, for a {@link Seeded} base, a
     * copy of it with another seed.
     */
    static boolean fittedFrom(Object fittedWith, Classifier<?> base) {
        return fittedWith.equals(base) || base instanceof Seeded<?> seededBase && fittedWith instanceof Seeded<?> seeded
                && seeded.seed(seededBase.seed()).equals(base);
    }

    /**
     * {@code count} indexes out of {@code 0..population-1}: uniform draws with replacement, or a uniform subset
     * without (a partial Fisher-Yates shuffle), as scikit-learn's {@code _generate_indices}.
     */
    static int[] draw(int population, int count, boolean replacement, SplittableRandom random) {
        int[] drawn = new int[count];
        if (replacement) {
            for (int i = 0; i < count; i++) {
                drawn[i] = random.nextInt(population);
            }
            return drawn;
        }
        int[] shuffled = IntStream.range(0, population).toArray();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(population - i);
            int chosen = shuffled[j];
            shuffled[j] = shuffled[i];
            shuffled[i] = chosen;
            drawn[i] = chosen;
        }
        return drawn;
    }

    private static int[] sorted(int[] values) {
        Arrays.sort(values);
        return values;
    }

    /**
     * The training rows member {@code t} is fitted on: a random under-sampling of its {@code bag} (rows, a row drawn
     * twice counting twice) to the strategy's targets for the bag's own class sizes, as imbalanced-learn's
     * {@code RandomUnderSampler} fitted on the bag; in bag order.
     */
    static int[] underSampled(int[] bag, int[] codes, List<String> classNames, BalancedBaggingClassifier bagging,
            SplittableRandom random, int t, String step) {
        int[] sizes = new int[classNames.size()];
        for (int row : bag) {
            sizes[codes[row]]++;
        }
        int[] present = IntStream.range(0, sizes.length).filter(k -> sizes[k] > 0).toArray();
        if (present.length < 2) {
            throw new IllegalArgumentException(step + ": member " + t + "'s bag of " + bag.length + " rows holds the"
                    + " single class '" + classNames.get(present[0]) + "', nothing to balance (imbalanced-learn fails"
                    + " too); raise maxSamples");
        }
        int[] slot = new int[sizes.length];
        for (int i = 0; i < present.length; i++) {
            slot[present[i]] = i;
        }
        int[][] positions = new int[present.length][];
        for (int i = 0; i < present.length; i++) {
            positions[i] = new int[sizes[present[i]]];
        }
        int[] filled = new int[present.length];
        for (int p = 0; p < bag.length; p++) {
            int i = slot[codes[bag[p]]];
            positions[i][filled[i]++] = p;
        }
        long[] bagSizes = Arrays.stream(present).mapToLong(k -> sizes[k]).toArray();
        List<String> bagClasses = Arrays.stream(present).mapToObj(classNames::get).toList();
        int[] targets = Arrays.stream(bagging.samplingStrategy().targets(bagSizes, bagClasses, false, step))
                .mapToInt(Math::toIntExact).toArray();
        int[] counts = UnderSampling.counts(positions, targets, bagging.replacement(), bag.length, random);
        int[] kept = new int[Arrays.stream(counts).sum()];
        int at = 0;
        for (int p = 0; p < bag.length; p++) {
            for (int c = 0; c < counts[p]; c++) {
                kept[at++] = bag[p];
            }
        }
        return kept;
    }

    /**
     * The columns a member with {@code features} sees: each its column of {@code table} (named {@code names}, the
     * fitted columns) under {@link #memberColumns}'s name; the table's own columns where not renamed, renamed copies
     * where a feature repeats. The table is not modified.
     */
    static Table memberView(Table table, List<String> names, int[] features) {
        List<String> renamed = memberColumns(names, features);
        Table view = Table.create(table.name());
        for (int j = 0; j < features.length; j++) {
            Column<?> column = table.column(names.get(features[j]));
            view.addColumns(column.name().equals(renamed.get(j)) ? column : column.copy().setName(renamed.get(j)));
        }
        return view;
    }

    /**
     * The column names a member with {@code features} (indexes into {@code names}) sees: a feature's own name, and for
     * its k-th repeat (bootstrapFeatures draws features with replacement, and a table holds one column per name) the
     * name followed by {@code #k}, with more {@code #} while that is taken.
     */
    static List<String> memberColumns(List<String> names, int[] features) {
        Set<String> taken = new HashSet<>(names);
        Set<String> used = new HashSet<>();
        List<String> columns = new ArrayList<>(features.length);
        int[] seen = new int[names.size()];
        for (int feature : features) {
            String name = names.get(feature);
            seen[feature]++;
            if (seen[feature] > 1) {
                String suffix = "#" + seen[feature];
                while (taken.contains(name + suffix) || used.contains(name + suffix)) {
                    suffix = "#" + suffix;
                }
                name += suffix;
            }
            used.add(name);
            columns.add(name);
        }
        return columns;
    }

    /**
     * Fails at the first infinite value of a numeric column of {@code table}, naming its row in the caller's table:
     * members see other rows, so their own refusal would name another row.
     *
     * @throws IllegalArgumentException naming the step, the column and the row
     */
    static void noInfinity(Table table, String step) {
        for (Column<?> column : table.columns()) {
            if (column instanceof NumericColumn<?> numbers) {
                for (int row = 0; row < numbers.size(); row++) {
                    if (Double.isInfinite(numbers.getDouble(row))) {
                        throw Checks.infiniteValue(step, "feature column", column.name(), row);
                    }
                }
            }
        }
    }
}
