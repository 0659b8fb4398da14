package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    @Test
    void theDefaultsAreScikitLearnsOnEveryCore() {
        SearchSettings defaults = SearchSettings.defaults("GridSearch");
        assertEquals(new SearchSettings("GridSearch", new DefaultFolds(5), Scoring.DEFAULT, true, -1, true,
                FitExecutor.LOCAL), defaults);
    }

    @Test
    void eachCopyChangesOneSetting() {
        SearchSettings defaults = SearchSettings.defaults("S");
        assertEquals(new KFold(), defaults.cv(new KFold()).cv());
        assertEquals(Scoring.R2, defaults.scoring(Scoring.R2).scoring());
        assertEquals(false, defaults.refit(false).refit());
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
    }
}
