package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    @Test
    void theDefaultsAreScikitLearnsOnEveryCore() {
        SearchSettings defaults = SearchSettings.defaults("GridSearch");
        assertEquals(new SearchSettings("GridSearch", new DefaultFolds(5), List.of(Scoring.DEFAULT), null, true, -1,
                true, FitExecutor.LOCAL), defaults);
    }

    @Test
    void eachCopyChangesOneSetting() {
        SearchSettings defaults = SearchSettings.defaults("S");
        assertEquals(new KFold(), defaults.cv(new KFold()).cv());
        assertEquals(Scoring.R2, defaults.scoring(Scoring.R2).scoring());
        assertEquals(false, defaults.refit(false).refit());
        assertEquals(List.of(Scoring.R2, Scoring.ACCURACY), defaults.scorings(List.of(Scoring.R2, Scoring.ACCURACY))
                .scorings());
        assertEquals("accuracy", defaults.refit(false).refit("accuracy").refitMetric());
        assertEquals(true, defaults.refit(false).refit("accuracy").refit());
        assertEquals(2, defaults.nJobs(2).nJobs());
        assertEquals(false, defaults.progressBar(false).progressBar());
        FitExecutor elsewhere = (estimators, folds, features, target, scoring) -> new FoldScore[0];
        assertEquals(elsewhere, defaults.executor(elsewhere).executor());
        assertEquals(SearchSettings.defaults("S"), defaults);
    }

    @Test
    void invalidSettingsFailNamingTheSearch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchSettings.defaults("S").nJobs(-2));
        assertTrue(e.getMessage().startsWith("S: nJobs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSettings.defaults("S").cv(null));
        assertThrows(IllegalArgumentException.class, () -> SearchSettings.defaults("S").scoring(null));
        assertThrows(IllegalArgumentException.class, () -> SearchSettings.defaults("S").executor(null));
        assertThrows(IllegalArgumentException.class, () -> SearchSettings.defaults("S").refit((String) null));
        assertEquals("S: scorings must hold at least one scoring, found none", assertThrows(
                IllegalArgumentException.class, () -> SearchSettings.defaults("S").scorings(List.of())).getMessage());
    }

    @Test
    void theRefitMetricIsCheckedAgainstTheScoringsWhenAsked() {
        SearchSettings two = SearchSettings.defaults("S").scorings(List.of(Scoring.R2, Scoring.NEG_MEAN_SQUARED_ERROR));
        assertEquals(1, two.refit("neg_mean_squared_error").refitIndex());
        assertEquals(Scoring.NEG_MEAN_SQUARED_ERROR, two.refit("neg_mean_squared_error").scoring());
        assertEquals("S: with several scorings [r2, neg_mean_squared_error], refit(name) must say which one picks "
                + "the best candidate", assertThrows(IllegalArgumentException.class, two::refitIndex).getMessage());
        assertEquals("S: refit names scoring 'R2', which is not one of [r2, neg_mean_squared_error]",
                assertThrows(IllegalArgumentException.class, () -> two.refit("R2").refitIndex()).getMessage());
        assertEquals(0, SearchSettings.defaults("S").refitIndex());
    }
}
