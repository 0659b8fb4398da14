package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.neighbors.KNeighborsRegressorModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HalvingRandomSearchTest {

    private static final Table DIABETES = Datasets.load("diabetes");

    private static final HalvingRandomSearch<KNeighborsRegressor, KNeighborsRegressorModel> KNN = HalvingRandomSearch
            .of(new KNeighborsRegressor().nJobs(1))
            .axis("n_neighbors", Distribution.integers(1, 40), KNeighborsRegressor::nNeighbors);

    @Test
    void theDefaultsAreScikitLearns() {
        assertEquals(HalvingSearch.EXHAUST, KNN.nCandidates());
        assertEquals(HalvingSearch.SMALLEST, KNN.minResources());
        assertEquals(3, KNN.factor());
        assertEquals(HalvingSearch.ALL_ROWS, KNN.maxResources());
    }

    @Test
    void exhaustDrawsMaxOverMinCandidates() {
        // 442 rows, 5 folds, a regressor: 10 rows first, so 442 // 10 = 44 candidates
        SearchResult<KNeighborsRegressor, KNeighborsRegressorModel> result = KNN.nJobs(2).fit(DIABETES, "progression");
        HalvingSchedule schedule = result.schedule().orElseThrow();
        assertEquals(List.of(44, 15, 5, 2), schedule.nCandidates());
        assertEquals(List.of(10, 30, 90, 270), schedule.nResources());
        assertEquals(schedule.nCandidates().stream().mapToInt(Integer::intValue).sum(), result.candidates().size());
    }

    @Test
    void aCountDrawsThatManyWithTheSeed() {
        HalvingRandomSearch<KNeighborsRegressor, KNeighborsRegressorModel> five = KNN.nCandidates(5).seed(11);
        List<Candidate> first = five.fit(DIABETES, "progression").candidates().subList(0, 5);
        assertEquals(RandomSearch.draw(five.axes(), 5, 11), first);
        assertEquals(first, five.nJobs(3).fit(DIABETES, "progression").candidates().subList(0, 5));
    }

    @Test
    void aGridOfListsIsDrawnAtMostOnce() {
        HalvingRandomSearch<LinearRegression, LinearRegressionModel> lists = HalvingRandomSearch
                .of(new LinearRegression()).axis("fit_intercept", List.of(true, false), LinearRegression::fitIntercept)
                .nCandidates(10);
        assertEquals(List.of(2), lists.fit(DIABETES, "progression").schedule().orElseThrow().nCandidates());
    }

    @Test
    void badSettingsFailClearly() {
        assertEquals("HalvingRandomSearch: nCandidates must be a positive count or EXHAUST, found 0",
                assertThrows(IllegalArgumentException.class, () -> KNN.nCandidates(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> KNN.nCandidates(HalvingSearch.SMALLEST));
        assertEquals("HalvingRandomSearch: nCandidates and minResources cannot both be EXHAUST (each is computed from "
                + "the other); give one of them a count, or minResources(SMALLEST)", assertThrows(
                        IllegalArgumentException.class, () -> KNN.minResources(HalvingSearch.EXHAUST)
                                .fit(DIABETES, "progression")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> KNN.factor(0.5));
        assertEquals("HalvingRandomSearch: with several scorings [r2, neg_mean_absolute_error], refit(name) must say "
                + "which one picks the best candidate", assertThrows(IllegalArgumentException.class, () -> KNN
                        .scorings(List.of(Scoring.R2, Scoring.NEG_MEAN_ABSOLUTE_ERROR)).fit(DIABETES, "progression"))
                        .getMessage());
    }
}
