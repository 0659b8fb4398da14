package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.Moments;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Over-samples by repeating rows: each class the strategy chooses gets copies of its own rows, drawn at random
 * with replacement, until it reaches its target size, as imbalanced-learn's {@code RandomOverSampler}. The result
 * holds the original rows first, then the copies, class by class in class order. Works on any column types.
 *
 * <p>With a {@code shrinkage}, the copies are a smoothed bootstrap (ROSE, Menardi and Torelli 2014), as
 * imbalanced-learn 0.10's: each drawn row gets Gaussian noise, feature j's of standard deviation
 * {@code shrinkage * h * std_j}, std_j the (population) standard deviation of feature j within the class and
 * {@code h = (4 / ((p + 2) n))^(1 / (p + 4))} for p features and n rows of the whole table. Every column but the target
 * must then be numeric, present and finite, and the feature columns come out as double columns. The draws are Java's
 * {@link SplittableRandom}'s, not NumPy's. imbalanced-learn asks a per-class shrinkage for every class of its strategy;
 * here only for the classes that grow.
 *
 * @param samplingStrategy which classes grow, and to what size (default {@link SamplingStrategy#AUTO})
 * @param seed             the seed of the draws
 * @param shrinkage        the smoothed bootstrap's noise, or null for plain copies (default)
 */
public record RandomOverSampler(SamplingStrategy samplingStrategy, long seed, Shrinkage shrinkage) implements Sampler {

    private static final String STEP = "RandomOverSampler";
    private static final String HINT = "a shrinkage adds noise to numeric columns only: encode the column first"
            + " (io.github.prepkit.encode), or leave shrinkage out to copy rows of any type";

    /**
     * How much noise a smoothed bootstrap adds: one factor for every class that grows, or a factor per class.
     *
     * @param factor   the factor of every class, or null when given per class
     * @param perClass the factor of each class by name, or null when one factor serves all
     */
    public record Shrinkage(Double factor, Map<String, Double> perClass) {

        /**
         * Validates that exactly one of the two is given, every factor finite and at least 0.
         *
         * @throws IllegalArgumentException naming shrinkage otherwise
         */
        public Shrinkage {
            if ((factor == null) == (perClass == null)) {
                throw new IllegalArgumentException("shrinkage: give either one factor or a factor per class, found "
                        + (factor == null ? "neither" : "both"));
            }
            if (perClass != null) {
                perClass.forEach(Shrinkage::check);
                perClass = Map.copyOf(perClass);
            } else {
                check("every class", factor);
            }
        }

        /** One factor for every class that grows. */
        public static Shrinkage of(double factor) {
            return new Shrinkage(factor, null);
        }

        /** A factor per class; every class that grows needs one. */
        public static Shrinkage perClass(Map<String, Double> factors) {
            Checks.notNull(factors, "shrinkage");
            return new Shrinkage(null, factors);
        }

        private static void check(String label, Double value) {
            if (value == null || !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("shrinkage must be finite and at least 0, found " + value
                        + " for " + (label.equals("every class") ? label : "class '" + label + "'"));
            }
        }

        /** The factor of class {@code label}, or null if it has none. */
        Double of(String label) {
            return factor != null ? factor : perClass.get(label);
        }
    }

    /** Validates the strategy. */
    public RandomOverSampler {
        Checks.notNull(samplingStrategy, "samplingStrategy");
    }

    /** Plain copies, no shrinkage. */
    public RandomOverSampler(SamplingStrategy samplingStrategy, long seed) {
        this(samplingStrategy, seed, null);
    }

    /** imbalanced-learn's defaults: every class but the majority grows to the majority's size; seed 0; no shrinkage. */
    public RandomOverSampler() {
        this(SamplingStrategy.AUTO, 0);
    }

    /** A copy with another strategy. */
    public RandomOverSampler samplingStrategy(SamplingStrategy samplingStrategy) {
        return new RandomOverSampler(samplingStrategy, seed, shrinkage);
    }

    /** A copy with another seed. */
    public RandomOverSampler seed(long seed) {
        return new RandomOverSampler(samplingStrategy, seed, shrinkage);
    }

    /** A copy drawing a smoothed bootstrap with the same {@code shrinkage} for every class. */
    public RandomOverSampler shrinkage(double shrinkage) {
        return new RandomOverSampler(samplingStrategy, seed, Shrinkage.of(shrinkage));
    }

    /** A copy drawing a smoothed bootstrap with a shrinkage per class. */
    public RandomOverSampler shrinkage(Map<String, Double> shrinkage) {
        return new RandomOverSampler(samplingStrategy, seed, Shrinkage.perClass(shrinkage));
    }

    /** A copy with {@code shrinkage}, or with plain copies if it is null. */
    public RandomOverSampler shrinkage(Shrinkage shrinkage) {
        return new RandomOverSampler(samplingStrategy, seed, shrinkage);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also, with a shrinkage, if a column other than the target is not numeric or
     *                                  has a missing or infinite value, or a class that grows has no factor
     */
    @Override
    public Table fitResample(Table data, String target) {
        return shrinkage == null ? copies(data, target) : smoothed(data, target);
    }

    private Table copies(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        int[] sizes = classes.sizes();
        int[] targets = samplingStrategy.targets(sizes, classes.names(), true, STEP);
        SplittableRandom random = new SplittableRandom(seed);
        IntStream.Builder rows = IntStream.builder();
        IntStream.range(0, data.rowCount()).forEach(rows::add);
        for (int k = 0; k < sizes.length; k++) {
            int[] members = classes.members(k);
            for (int i = sizes[k]; i < targets[k]; i++) {
                rows.add(members[random.nextInt(members.length)]);
            }
        }
        return Tables.rows(data, rows.build().toArray());
    }

    /** The copies, each drawn row with Gaussian noise; the draws of the rows as {@link #copies}'. */
    private Table smoothed(Table data, String target) {
        SmoteInput input = SmoteInput.of(data, target, samplingStrategy, List.of(), STEP, HINT);
        FeatureMatrix features = input.features();
        int[] growing = input.growing();
        int total = data.rowCount() + IntStream.of(growing).map(input::shortfall).sum();
        int[] rows = new int[total];
        double[][] columns = new double[features.columns()][total];
        for (int i = 0; i < data.rowCount(); i++) {
            rows[i] = i;
            for (int j = 0; j < columns.length; j++) {
                columns[j][i] = features.get(i, j);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int at = data.rowCount();
        for (int c : growing) {
            String label = input.classes().names().get(c);
            Double factor = shrinkage.of(label);
            if (factor == null) {
                throw new IllegalArgumentException(STEP + ": shrinkage has no factor for class '" + label
                        + "', which grows; it has " + shrinkage.perClass().keySet());
            }
            int[] members = input.classes().members(c);
            double[] scale = noiseScale(features, members, factor, data.rowCount());
            for (int i = 0; i < input.shortfall(c); i++, at++) {
                rows[at] = members[random.nextInt(members.length)];
            }
            for (int i = at - input.shortfall(c); i < at; i++) {
                for (int j = 0; j < columns.length; j++) {
                    columns[j][i] = features.get(rows[i], j) + random.nextGaussian() * scale[j];
                }
            }
        }
        Table copies = Tables.rows(data, rows);
        Table table = Table.create(data.name());
        for (Column<?> column : copies.columns()) {
            int j = features.names().indexOf(column.name());
            table.addColumns(j >= 0 ? DoubleColumn.create(column.name(), columns[j]) : column);
        }
        return table;
    }

    /**
     * Each feature's noise standard deviation for the class of rows {@code members}: {@code factor * h * std_j},
     * h = (4 / ((p + 2) n))^(1 / (p + 4)) for p features and the table's n {@code rows}, as imbalanced-learn's.
     */
    static double[] noiseScale(FeatureMatrix features, int[] members, double factor, int rows) {
        int p = features.columns();
        double h = Math.pow(4.0 / ((p + 2) * (double) rows), 1.0 / (p + 4));
        double[] scale = new double[p];
        double[] values = new double[members.length];
        for (int j = 0; j < p; j++) {
            for (int m = 0; m < members.length; m++) {
                values[m] = features.get(members[m], j);
            }
            scale[j] = factor * h * Moments.std(values);
        }
        return scale;
    }
}
