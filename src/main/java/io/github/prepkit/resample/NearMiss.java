package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by keeping the rows of each shrinking class that lie nearest the minority, as imbalanced-learn's
 * {@code NearMiss} (Mani and Zhang 2003). Each row of a shrinking class gets a score, the sum of its Euclidean
 * distances to some minority rows, and the class keeps its target number of rows by score, a stable sort deciding
 * ties by row order, exactly as imbalanced-learn's {@code _selection_dist_based}:
 * <ul>
 * <li>version 1: the {@code nNeighbors} nearest minority rows; the smallest scores are kept;</li>
 * <li>version 2: the {@code nNeighbors} farthest minority rows; the smallest scores are kept. imbalanced-learn lists
 * every row's distances to the whole minority (memory rows x minority); here each row keeps only its farthest while
 * the minority is scanned, the same scores in linear memory;</li>
 * <li>version 3: first only the rows of the class that are among the {@code nNeighborsVer3} nearest of some minority
 * row are candidates; then the {@code nNeighbors} nearest minority rows, and the largest scores are kept. A class may
 * end with fewer rows than its target (imbalanced-learn warns).</li>
 * </ul>
 * The minority is the smallest class, on a tie the one whose first row comes first (as imbalanced-learn). A class the
 * strategy leaves at its size keeps every row (imbalanced-learn's version 3 would still thin it when the strategy
 * names it). Neighbours are exact ({@link io.github.prepkit.neighbors.NearestNeighbors}), equal distances going to
 * the earlier row; the result does not depend on {@code nJobs}. Every column but the target must be numeric.
 *
 * @param samplingStrategy which classes shrink, and to what size (default {@link SamplingStrategy#AUTO}: every class
 *                         but the minority to the minority's size)
 * @param version          1, 2 or 3 (default 1)
 * @param nNeighbors       the minority rows each score sums over, at least 1 (default 3); the minority needs as many
 * @param nNeighborsVer3   version 3: the rows of a class kept as candidates around each minority row, at least 1
 *                         (default 3)
 * @param nJobs            threads for the neighbour searches, or -1 for every core (default -1)
 */
public record NearMiss(SamplingStrategy samplingStrategy, int version, int nNeighbors, int nNeighborsVer3, int nJobs)
        implements SelectingSampler {

    private static final String STEP = "NearMiss";
    private static final String HINT = "NearMiss measures Euclidean distances: encode the column first"
            + " (io.github.prepkit.encode), or use RandomUnderSampler, which works on any column";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public NearMiss {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        if (version < 1 || version > 3) {
            throw new IllegalArgumentException(STEP + ": version must be 1, 2 or 3, found " + version);
        }
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        SmoteParameters.atLeastOne("nNeighborsVer3", nNeighborsVer3, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: version 1, 3 neighbours, 3 for version 3's first step, every core. */
    public NearMiss() {
        this(SamplingStrategy.AUTO, 1, 3, 3, -1);
    }

    /** A copy with another strategy. */
    public NearMiss samplingStrategy(SamplingStrategy samplingStrategy) {
        return new NearMiss(samplingStrategy, version, nNeighbors, nNeighborsVer3, nJobs);
    }

    /** A copy with another version, 1, 2 or 3. */
    public NearMiss version(int version) {
        return new NearMiss(samplingStrategy, version, nNeighbors, nNeighborsVer3, nJobs);
    }

    /** A copy scoring on {@code nNeighbors} minority rows. */
    public NearMiss nNeighbors(int nNeighbors) {
        return new NearMiss(samplingStrategy, version, nNeighbors, nNeighborsVer3, nJobs);
    }

    /** A copy keeping {@code nNeighborsVer3} candidates around each minority row in version 3. */
    public NearMiss nNeighborsVer3(int nNeighborsVer3) {
        return new NearMiss(samplingStrategy, version, nNeighbors, nNeighborsVer3, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public NearMiss nJobs(int nJobs) {
        return new NearMiss(samplingStrategy, version, nNeighbors, nNeighborsVer3, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, the minority has fewer than nNeighbors rows, or, in version 3,
     *                                  a shrinking class has fewer than nNeighborsVer3
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        int[] targets = samplingStrategy.targets(classes.sizes(), classes.names(), false, STEP);
        FeatureMatrix features = NumericFeatures.of(data, target, List.of(), STEP, HINT);
        int minority = classes.minority();
        requireRows(classes, minority, nNeighbors, "nNeighbors");
        return classes.keptRows(c -> {
            if (targets[c] == classes.members(c).length) {
                return classes.members(c);
            }
            if (version == 3) {
                requireRows(classes, c, nNeighborsVer3, "nNeighborsVer3");
            }
            return select(features, classes.members(c), classes.members(minority), targets[c]);
        });
    }

    /** The {@code count} rows of {@code members} this version keeps, or all its candidates if fewer. */
    private int[] select(FeatureMatrix features, int[] members, int[] minority, int count) {
        double[] matrix = features.values();
        int width = features.columns();
        int[] candidates = version == 3 ? nearMinority(matrix, width, members, minority) : members;
        double[] scores = version == 2
                ? FarthestDistances.scores(matrix, width, candidates, minority, nNeighbors, nJobs)
                : nearestScores(matrix, width, candidates, minority);
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            order[i] = i;
        }
        int sign = version == 3 ? -1 : 1;
        Arrays.sort(order, (a, b) -> sign * Double.compare(scores[a], scores[b]));
        return Arrays.stream(order).limit(count).mapToInt(i -> candidates[i]).toArray();
    }

    /** Each candidate's sum of distances to its nNeighbors nearest minority rows, nearest first as imbalanced-learn adds them. */
    private double[] nearestScores(double[] matrix, int width, int[] candidates, int[] minority) {
        double[][] distances = Neighbourhood.search(matrix, width, minority, candidates, nNeighbors, nJobs).distances();
        double[] scores = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            for (double distance : distances[i]) {
                scores[i] += distance;
            }
        }
        return scores;
    }

    /** Version 3's candidates: the rows of {@code members} among the nNeighborsVer3 nearest of a minority row. */
    private int[] nearMinority(double[] matrix, int width, int[] members, int[] minority) {
        int[][] found = Neighbourhood.search(matrix, width, members, minority, nNeighborsVer3, nJobs).indices();
        boolean[] near = new boolean[members.length];
        for (int[] neighbours : found) {
            for (int position : neighbours) {
                near[position] = true;
            }
        }
        return IntStream.range(0, members.length).filter(i -> near[i]).map(i -> members[i]).toArray();
    }

    /** Fails unless class {@code c} has at least {@code needed} rows, as parameter {@code parameter} asks. */
    private static void requireRows(ClassRows classes, int c, int needed, String parameter) {
        int size = classes.members(c).length;
        if (size < needed) {
            throw new IllegalArgumentException(STEP + ": class '" + classes.names().get(c) + "' has " + size
                    + " row(s), too few for " + parameter + " = " + needed + "; lower " + parameter + " to at most "
                    + size);
        }
    }
}
