package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks and names of several scorings at once, as scikit-learn's multi-metric {@code scoring}. */
final class Scorings {

    private Scorings() {
    }

    /**
     * {@code scorings}, copied, after checking that there is at least one, none is null and no two names are equal
     * when case is ignored (they name the columns of a results table, and Tablesaw's column names ignore case).
     *
     * @throws IllegalArgumentException naming {@code step} otherwise
     */
    static List<Scoring> check(List<Scoring> scorings, String step) {
        Checks.noNulls(scorings, step + " scorings");
        if (scorings.isEmpty()) {
            throw new IllegalArgumentException(step + ": scorings must hold at least one scoring, found none");
        }
        List<String> seen = new ArrayList<>();
        for (Scoring scoring : scorings) {
            String lower = scoring.name().toLowerCase(Locale.ROOT);
            if (seen.contains(lower)) {
                throw new IllegalArgumentException(step + ": scoring name '" + scoring.name()
                        + "' is used twice (names are compared ignoring case)");
            }
            seen.add(lower);
        }
        return List.copyOf(scorings);
    }

    /**
     * The index of the scoring named {@code refit} (exactly), the one that picks the best candidate; {@code null}
     * means the only scoring, as scikit-learn, which needs {@code refit=<name>} for several.
     *
     * @throws IllegalArgumentException if {@code refit} is null with several scorings, or names none of them
     */
    static int refitIndex(List<Scoring> scorings, String refit, String step) {
        List<String> names = scorings.stream().map(Scoring::name).toList();
        if (refit == null) {
            if (names.size() > 1) {
                throw new IllegalArgumentException(step + ": with several scorings " + names
                        + ", refit(name) must say which one picks the best candidate");
            }
            return 0;
        }
        int index = names.indexOf(refit);
        if (index < 0) {
            throw new IllegalArgumentException(step + ": refit names scoring '" + refit + "', which is not one of "
                    + names);
        }
        return index;
    }

    /**
     * The name of scoring {@code s} of {@code names} in result columns: {@code score} for a single scoring (as
     * scikit-learn's {@code mean_test_score}), the scoring's name among several ({@code mean_test_<name>}).
     */
    static String key(List<String> names, int s) {
        return names.size() == 1 ? "score" : names.get(s);
    }
}
