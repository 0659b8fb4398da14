package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which classes a sampler resamples and to what size, as imbalanced-learn's {@code sampling_strategy}. Over-samplers
 * grow each chosen class to the majority's size; under-samplers shrink each chosen class to the minority's size.
 * The named strategies choose: {@link #AUTO} (over-sampling: every class but the majority; under-sampling: every
 * class but the minority), {@link #MINORITY}, {@link #MAJORITY}, {@link #NOT_MINORITY}, {@link #NOT_MAJORITY},
 * {@link #ALL}. {@link #ratio(double)}, for two classes only, asks for minority / majority = ratio after resampling;
 * {@link #counts(Map)} gives the wanted size of some classes by name. Where several classes tie for the majority
 * or the minority, the first in sorted class order is taken. (imbalanced-learn 0.10's parameter check rejects the
 * string "minority" for over-samplers although its documentation defines it; here it means what is documented.)
 *
 * @param kind   which rule
 * @param ratio  the ratio, for {@link Kind#RATIO}
 * @param counts the wanted class sizes by class name, for {@link Kind#COUNTS}
 */
public record SamplingStrategy(Kind kind, double ratio, Map<String, Integer> counts) {

    /** The rules a strategy can follow. */
    public enum Kind {
        /** {@link SamplingStrategy#AUTO}. */
        AUTO,
        /** {@link SamplingStrategy#MINORITY}. */
        MINORITY,
        /** {@link SamplingStrategy#MAJORITY}. */
        MAJORITY,
        /** {@link SamplingStrategy#NOT_MINORITY}. */
        NOT_MINORITY,
        /** {@link SamplingStrategy#NOT_MAJORITY}. */
        NOT_MAJORITY,
        /** {@link SamplingStrategy#ALL}. */
        ALL,
        /** {@link SamplingStrategy#ratio(double)}. */
        RATIO,
        /** {@link SamplingStrategy#counts(Map)}. */
        COUNTS
    }

    /** Over-sampling: every class but the majority; under-sampling: every class but the minority. */
    public static final SamplingStrategy AUTO = named(Kind.AUTO);
    /** Only the minority class. */
    public static final SamplingStrategy MINORITY = named(Kind.MINORITY);
    /** Only the majority class. */
    public static final SamplingStrategy MAJORITY = named(Kind.MAJORITY);
    /** Every class but the minority. */
    public static final SamplingStrategy NOT_MINORITY = named(Kind.NOT_MINORITY);
    /** Every class but the majority. */
    public static final SamplingStrategy NOT_MAJORITY = named(Kind.NOT_MAJORITY);
    /** Every class. */
    public static final SamplingStrategy ALL = named(Kind.ALL);

    /** Validates the ratio or the counts and freezes the map. */
    public SamplingStrategy {
        Checks.notNull(kind, "kind");
        if (kind == Kind.RATIO && !(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("samplingStrategy: a ratio must be in (0, 1], found " + ratio);
        }
        counts = Checks.noNulls(counts, "samplingStrategy counts");
        counts.forEach((name, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("samplingStrategy: the count of class '" + name
                        + "' must not be negative, found " + count);
            }
        });
    }

    private static SamplingStrategy named(Kind kind) {
        return new SamplingStrategy(kind, Double.NaN, Map.of());
    }

    /**
     * Two classes only: resample so that minority / majority = {@code ratio}, in (0, 1].
     *
     * @param ratio minority / majority after resampling, in (0, 1]
     * @throws IllegalArgumentException unless the ratio is in (0, 1]
     */
    public static SamplingStrategy ratio(double ratio) {
        return new SamplingStrategy(Kind.RATIO, ratio, Map.of());
    }

    /**
     * The wanted size of each named class (its name as {@link io.github.prepkit.data.TargetClasses#names()}
     * writes it); others are left alone.
     *
     * @param counts by class name, the wanted number of rows, 0 or more
     * @throws IllegalArgumentException if a name or count is null, or a count is negative
     */
    public static SamplingStrategy counts(Map<String, Integer> counts) {
        return new SamplingStrategy(Kind.COUNTS, Double.NaN, counts);
    }

    /**
     * The size each class should have after resampling, for a sampler's own class sizes (see
     * {@link #targets(long[], List, boolean, String)}).
     */
    int[] targets(int[] sizes, List<String> names, boolean overSampling, String step) {
        long[] targets = targets(Arrays.stream(sizes).asLongStream().toArray(), names, overSampling, step);
        return Arrays.stream(targets).mapToInt(Math::toIntExact).toArray();
    }

    /**
     * The size each class should have after resampling, given each class's current size: what a sampler's
     * {@code fitResample} aims at, for classes counted elsewhere, e.g. on a Spark cluster, where a class may have more
     * rows than an {@code int} holds.
     *
     * @param sizes        each class's current size, at least 1, in class order (the order of
     *                     {@link io.github.prepkit.data.TargetClasses#names()})
     * @param names        the class names, in class order, as {@link io.github.prepkit.data.TargetClasses#names()}
     *                     writes them
     * @param overSampling whether the sampler adds rows (true) or removes them (false)
     * @param sampler      names the sampler in error messages
     * @return each class's wanted size, in class order
     * @throws IllegalArgumentException if there is no class, a size is below 1 or there are not as many names as
     *                                  sizes; or, as {@code fitResample}, if the strategy asks an over-sampler to
     *                                  remove rows or an under-sampler to add them, names an unknown class, or is a
     *                                  ratio with other than two classes
     */
    public long[] targets(long[] sizes, List<String> names, boolean overSampling, String sampler) {
        Checks.notNull(sizes, "sizes");
        Checks.notNull(names, "names");
        Checks.notNull(sampler, "sampler");
        if (sizes.length == 0 || sizes.length != names.size()) {
            throw new IllegalArgumentException(sampler + ": " + sizes.length + " class sizes and " + names.size()
                    + " class names " + names + "; expected at least one class, and one name per size");
        }
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] < 1) {
                throw new IllegalArgumentException(sampler + ": class '" + names.get(k) + "' has size " + sizes[k]
                        + "; a class has at least 1 row");
            }
        }
        int majority = extreme(sizes, 1);
        int minority = extreme(sizes, -1);
        long[] targets = sizes.clone();
        long goal = overSampling ? sizes[majority] : sizes[minority];
        switch (kind) {
            case RATIO -> ratioTargets(targets, sizes, majority, minority, overSampling, sampler);
            case COUNTS -> countTargets(targets, names, sampler);
            default -> {
                for (int k = 0; k < sizes.length; k++) {
                    if (chosen(k, majority, minority, overSampling)) {
                        targets[k] = goal;
                    }
                }
            }
        }
        for (int k = 0; k < sizes.length; k++) {
            if (overSampling ? targets[k] < sizes[k] : targets[k] > sizes[k]) {
                throw new IllegalArgumentException(sampler + ": samplingStrategy " + this + " asks class '"
                        + names.get(k) + "' to go from " + sizes[k] + " to " + targets[k] + " rows, but an "
                        + (overSampling ? "over-sampler only adds rows" : "under-sampler only removes rows"));
            }
        }
        return targets;
    }

    /**
     * Which classes a cleaning sampler cleans (one that removes the rows a rule condemns, as imbalanced-learn's
     * cleaning under-samplers): {@link #AUTO} and {@link #NOT_MINORITY} every class but the minority, the other named
     * strategies as they say.
     *
     * @param sizes each class's size, in class order
     * @param names the class names, in class order
     * @param step  names the sampler in error messages
     * @return per class, whether its rows may be removed
     * @throws IllegalArgumentException for a ratio or counts, which a cleaning sampler cannot reach (imbalanced-learn
     *                                  refuses them too)
     */
    boolean[] cleaned(int[] sizes, List<String> names, String step) {
        if (kind == Kind.RATIO || kind == Kind.COUNTS) {
            throw new IllegalArgumentException(step + ": samplingStrategy " + this + " asks for class sizes, but a"
                    + " cleaning sampler removes the rows its rule condemns; give a named strategy (AUTO, MAJORITY,"
                    + " MINORITY, NOT_MINORITY, NOT_MAJORITY, ALL)");
        }
        long[] longSizes = Arrays.stream(sizes).asLongStream().toArray();
        int majority = extreme(longSizes, 1);
        int minority = extreme(longSizes, -1);
        boolean[] cleaned = new boolean[names.size()];
        for (int k = 0; k < cleaned.length; k++) {
            cleaned[k] = chosen(k, majority, minority, false);
        }
        return cleaned;
    }

    /** The largest class ({@code sign} 1) or the smallest (-1), the first in class order on a tie. */
    private static int extreme(long[] sizes, int sign) {
        int extreme = 0;
        for (int k = 1; k < sizes.length; k++) {
            extreme = Long.compare(sizes[k], sizes[extreme]) == sign ? k : extreme;
        }
        return extreme;
    }

    private boolean chosen(int k, int majority, int minority, boolean overSampling) {
        return switch (kind) {
            case AUTO -> overSampling ? k != majority : k != minority;
            case MINORITY -> k == minority;
            case MAJORITY -> k == majority;
            case NOT_MINORITY -> k != minority;
            case NOT_MAJORITY -> k != majority;
            default -> true;
        };
    }

    private void ratioTargets(long[] targets, long[] sizes, int majority, int minority, boolean overSampling,
            String step) {
        if (sizes.length != 2) {
            throw new IllegalArgumentException(step + ": a ratio samplingStrategy needs exactly two classes, found "
                    + sizes.length);
        }
        if (overSampling) {
            targets[minority] = (long) (ratio * sizes[majority]);
        } else {
            targets[majority] = (long) (sizes[minority] / ratio);
        }
    }

    private void countTargets(long[] targets, List<String> names, String step) {
        for (Map.Entry<String, Integer> wanted : counts.entrySet()) {
            int k = names.indexOf(wanted.getKey());
            if (k < 0) {
                throw new IllegalArgumentException(step + ": samplingStrategy names class '" + wanted.getKey()
                        + "', but the classes are " + names);
            }
            targets[k] = wanted.getValue();
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case RATIO -> "ratio(" + ratio + ")";
            case COUNTS -> "counts(" + counts + ")";
            default -> kind.name();
        };
    }
}
