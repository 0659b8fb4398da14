package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The rounds of a successive-halving search, as scikit-learn's {@code HalvingGridSearchCV} attributes: round
 * {@code i} scores {@code nCandidates().get(i)} candidates on {@code nResources().get(i)} rows and keeps the best
 * {@code ceil(nCandidates / factor)} for the next.
 *
 * @param nResources           the rows each round uses, as {@code n_resources_}
 * @param nCandidates          the candidates each round scores, as {@code n_candidates_}
 * @param nRequiredIterations  the rounds needed to leave fewer than {@code factor} candidates, as
 *                             {@code n_required_iterations_}
 * @param nPossibleIterations  the rounds the rows allow from {@code minResources} on, as {@code n_possible_iterations_}
 * @param minResources         the rows of the first round, as {@code min_resources_}
 * @param maxResources         the most rows a round may use, as {@code max_resources_}
 * @param nRemainingCandidates the candidates kept after the last round, as {@code n_remaining_candidates_}
 */
public record HalvingSchedule(List<Integer> nResources, List<Integer> nCandidates, int nRequiredIterations,
        int nPossibleIterations, int minResources, int maxResources, int nRemainingCandidates) {

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if a list is null or holds null, or their lengths differ
     */
    public HalvingSchedule {
        nResources = Checks.noNulls(nResources, "HalvingSchedule nResources");
        nCandidates = Checks.noNulls(nCandidates, "HalvingSchedule nCandidates");
        if (nResources.size() != nCandidates.size()) {
            throw new IllegalArgumentException("HalvingSchedule: " + nResources.size() + " resource counts for "
                    + nCandidates.size() + " candidate counts; one of each per round");
        }
    }

    /** The number of rounds, as {@code n_iterations_}. */
    public int nIterations() {
        return nResources.size();
    }

    /**
     * scikit-learn 1.2.1's {@code _run_search} schedule for {@code candidates} candidates: with {@code exhaust} the
     * first round starts from {@code max(minResources, maxResources // factor^(required - 1))} rows, so that the
     * last round uses as many rows as it can; each round multiplies the rows by {@code factor} (truncated, at most
     * {@code maxResources}); with {@code aggressive} the first rounds repeat the smallest count until the rows
     * allow the remaining rounds. Computed in doubles as Python does ({@code floor(log(n, factor))},
     * {@code //}, {@code int(factor**power * min)}, {@code ceil(n / factor)}), so it is scikit-learn's exactly.
     */
    static HalvingSchedule plan(int candidates, double factor, int minResources, int maxResources, boolean exhaust,
            boolean aggressive) {
        int required = 1 + (int) Math.floor(Math.log(candidates) / Math.log(factor));
        long min = minResources;
        if (exhaust) {
            min = Math.max(min, (long) floorDivide(maxResources, Math.pow(factor, required - 1)));
        }
        int possible = 1 + (int) Math.floor(Math.log(floorDivide(maxResources, min)) / Math.log(factor));
        int iterations = aggressive ? required : Math.min(possible, required);
        List<Integer> resources = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int remaining = candidates;
        for (int round = 0; round < iterations; round++) {
            int power = aggressive ? Math.max(0, round - required + possible) : round;
            resources.add((int) Math.min((long) (Math.pow(factor, power) * min), maxResources));
            counts.add(remaining);
            remaining = (int) Math.ceil(remaining / factor);
        }
        return new HalvingSchedule(resources, counts, required, possible, (int) min, maxResources, remaining);
    }

    /** Python's {@code a // b} on floats ({@code float_floor_div}): the floor of the quotient, as CPython rounds it. */
    static double floorDivide(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    /** The round of each row of the results: {@code nCandidates().get(i)} rows of round {@code i}, in order. */
    int[] rounds() {
        int[] rounds = new int[nCandidates.stream().mapToInt(Integer::intValue).sum()];
        int row = 0;
        for (int round = 0; round < nCandidates.size(); round++) {
            for (int c = 0; c < nCandidates.get(round); c++) {
                rounds[row++] = round;
            }
        }
        return rounds;
    }
}
