package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class HalvingGridSearchTest {

    private static final Axis<Integer> VALUE = Axis.of("value", IntStream.range(0, 9).boxed().toList());
    private static final Table ROWS = Table.create("rows", IntColumn.create("id", IntStream.range(0, 120).toArray()),
            DoubleColumn.create("y", IntStream.range(0, 120).asDoubleStream()));

    /** Scores a model by the value its candidate was built with: the value it predicts for the first row. */
    private static final Scoring VALUE_SCORE = Scoring.of("value",
            (model, features, target) -> ((DoubleColumn) model.predict(features)).get(0));

    /** A predictor that predicts {@code value} everywhere. */
    private static Predictor<PredictorModel> constant(double value) {
        return (features, target) -> LambdaModels.predictor(table -> DoubleColumn.create("y",
                Collections.nCopies(table.rowCount(), value).stream().mapToDouble(Double::doubleValue)));
    }

    private static HalvingGridSearch<Predictor<PredictorModel>, PredictorModel> byValue() {
        return HalvingGridSearch.<Predictor<PredictorModel>, PredictorModel>of(List.of(VALUE),
                candidate -> constant(candidate.get(VALUE))).cv(new KFold(2, false, 0)).scoring(VALUE_SCORE)
                .nJobs(1);
    }

    @Test
    void theDefaultsAreScikitLearns() {
        HalvingGridSearch<KNeighborsClassifier, KNeighborsClassifierModel> search = HalvingGridSearch.of(
                new KNeighborsClassifier());
        assertEquals(3, search.factor());
        assertEquals(HalvingSearch.EXHAUST, search.minResources());
        assertEquals(HalvingSearch.ALL_ROWS, search.maxResources());
        assertEquals(false, search.aggressiveElimination());
        assertEquals(0, search.seed());
        assertEquals(true, search.refit());
        assertEquals(List.of(Scoring.DEFAULT), search.scorings());
    }

    @Test
    void eachRoundKeepsTheBestThirdAndTheBestOfTheLastRoundWins() {
        // 9 candidates, factor 3: 3 rounds; exhaust starts from 120 // 9 = 13 rows
        SearchResult<Predictor<PredictorModel>, PredictorModel> result = byValue().fit(ROWS, "y");
        HalvingSchedule schedule = result.schedule().orElseThrow();
        assertEquals(List.of(13, 39, 117), schedule.nResources());
        assertEquals(List.of(9, 3, 1), schedule.nCandidates());
        Table table = result.cvResults();
        assertEquals(List.of("iter", "n_resources", "mean_fit_time"), table.columnNames().subList(0, 3));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2), table.intColumn("iter").asList());
        assertEquals(List.of(13, 13, 13, 13, 13, 13, 13, 13, 13, 39, 39, 39, 117),
                table.intColumn("n_resources").asList());
        // the kept candidates come in scikit-learn's order: ascending mean score, the best last
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 6, 7, 8, 8), table.intColumn("param_value").asList());
        assertEquals(12, result.bestIndex());
        assertEquals(Map.of("value", 8), result.bestParams().values());
        assertEquals(8.0, result.bestScore());
        assertEquals(0.0, ((DoubleColumn) result.bestModel().predict(ROWS.rejectColumns("y"))).get(0) - 8.0);
    }

    @Test
    void aFailedCandidateGoesFirstAndTiesKeepTheirOrder() {
        Axis<Integer> value = Axis.of("value", 5, -1, 5, 2, 5, 1, 0, 3, 4);
        HalvingGridSearch<Predictor<PredictorModel>, PredictorModel> search = HalvingGridSearch
                .<Predictor<PredictorModel>, PredictorModel>of(List.of(value), candidate -> candidate.get(value) < 0
                        ? (features, target) -> {
                            throw new IllegalStateException("broken");
                        }
                        : constant(candidate.get(value))).cv(new KFold(2, false, 0)).scoring(VALUE_SCORE).nJobs(1);
        SearchResult<Predictor<PredictorModel>, PredictorModel> result = search.refit(false).fit(ROWS, "y");
        List<Candidate> rows = result.candidates();
        // round 0 keeps the last 3 of the stable ascending order (NaN first): the three 5s
        assertEquals(List.of(5, 5, 5, 5), IntStream.range(9, 13).mapToObj(r -> rows.get(r).values().get("value"))
                .toList());
        assertTrue(Double.isNaN(result.meanTestScores()[1]));
        assertEquals(13, result.cvResults().intColumn("rank_test_score").get(1), "the NaN mean ranks last of all rows");
        assertEquals(12, result.bestIndex());
    }

    @Test
    void eachRoundSubsamplesEveryFoldsTrainingAndTestRowsNestedAndSeeded() {
        Map<Integer, Set<Integer>> secondHalfBySize = new ConcurrentHashMap<>();
        Predictor<PredictorModel> recorder = (features, target) -> {
            Set<Integer> ids = new TreeSet<>(features.intColumn("id").asList());
            if (ids.stream().allMatch(id -> id >= 60)) {
                secondHalfBySize.put(features.rowCount(), ids);
            }
            return constant(0).fit(features, target);
        };
        HalvingGridSearch<Predictor<PredictorModel>, PredictorModel> search = HalvingGridSearch
                .<Predictor<PredictorModel>, PredictorModel>of(List.of(VALUE), candidate -> recorder)
                .cv(new KFold(2, false, 0)).scoring(Scoring.of("rows",
                        (model, features, target) -> features.rowCount())).refit(false).nJobs(1).seed(3);
        SearchResult<Predictor<PredictorModel>, PredictorModel> result = search.fit(ROWS, "y");
        // each fold tests on 60 rows and trains on 60: int(13 / 120 * 60) = 6, int(39 / 120 * 60) = 19, then 58
        double[] testRows = new double[13];
        Arrays.fill(testRows, 0, 9, 6);
        Arrays.fill(testRows, 9, 12, 19);
        testRows[12] = 58;
        assertArrayEquals(testRows, result.cvResults().doubleColumn("split0_test_score").asDoubleArray());
        Set<Integer> small = secondHalfBySize.get(6);
        Set<Integer> middle = secondHalfBySize.get(19);
        Set<Integer> large = secondHalfBySize.get(58);
        assertTrue(middle.containsAll(small) && large.containsAll(middle), "nested: " + small + middle + large);
        secondHalfBySize.clear();
        search.nJobs(3).fit(ROWS, "y");
        assertEquals(small, secondHalfBySize.get(6), "the same seed, the same rows, for any thread count");
        search.seed(4).fit(ROWS, "y");
        assertNotEquals(small, secondHalfBySize.get(6), "another seed, other rows");
    }

    @Test
    void theScoresDoNotDependOnTheThreads() {
        Table cancer = Datasets.load("breast_cancer");
        HalvingGridSearch<KNeighborsClassifier, KNeighborsClassifierModel> search = HalvingGridSearch
                .of(new KNeighborsClassifier().nJobs(1))
                .axis("n_neighbors", List.of(1, 3, 5, 7, 9, 11, 13, 15, 17), KNeighborsClassifier::nNeighbors)
                .scorings(List.of(Scoring.ACCURACY, Scoring.F1_MACRO)).refit("f1_macro").seed(5);
        SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> one = search.nJobs(1).fit(cancer, "diagnosis");
        SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> four = search.nJobs(4).fit(cancer, "diagnosis");
        for (String column : List.of("split0_test_accuracy", "mean_test_f1_macro", "rank_test_accuracy")) {
            assertEquals(one.cvResults().column(column).asList(), four.cvResults().column(column).asList(), column);
        }
        assertEquals(one.bestParams(), four.bestParams());
        // 569 rows, 5 stratified folds x 2 classes: 20 rows at least; exhaust: max(20, 569 // 9) = 63
        assertEquals(List.of(63, 189, 567), one.schedule().orElseThrow().nResources());
        assertInstanceOf(KNeighborsClassifierModel.class, one.bestModel());
        assertEquals("f1_macro", one.refitScoring());
        assertEquals(one.meanTestScores("f1_macro")[one.bestIndex()], one.bestScore());
    }

    @Test
    void badSettingsFailClearly() {
        assertThrows(IllegalArgumentException.class, () -> byValue().factor(1));
        assertThrows(IllegalArgumentException.class, () -> byValue().minResources(0));
        assertThrows(IllegalArgumentException.class, () -> byValue().maxResources(-7));
        assertThrows(IllegalArgumentException.class, () -> byValue().scorings(List.of()));
        assertEquals("HalvingGridSearch: minResources resolves to 121 rows, more than maxResources 120",
                assertThrows(IllegalArgumentException.class, () -> byValue().minResources(121).fit(ROWS, "y"))
                        .getMessage());
        Table iris = Datasets.load("iris");
        Table thirty = iris.rows(IntStream.concat(IntStream.range(0, 10), IntStream.concat(IntStream.range(50, 60),
                IntStream.range(100, 110))).toArray());
        assertEquals("HalvingGridSearch: minResources resolves to 30 rows, more than maxResources 29 (2 x folds x "
                + "classes for a classifier)", assertThrows(IllegalArgumentException.class, () -> HalvingGridSearch
                        .of(new KNeighborsClassifier()).cv(5).maxResources(29).fit(thirty, iris.columnNames().get(4)))
                        .getMessage());
        assertEquals("HalvingGridSearch: maxResources 500 exceeds the 120 rows",
                assertThrows(IllegalArgumentException.class, () -> byValue().maxResources(500).fit(ROWS, "y"))
                        .getMessage());
        assertEquals("HalvingGridSearch: refit names scoring 'nope', which is not one of [value]",
                assertThrows(IllegalArgumentException.class, () -> byValue().refit("nope").fit(ROWS, "y"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> HalvingGridSearch.of(List.of(Axis.of("c",
                Distribution.uniform(0, 1))), candidate -> constant(0)));
    }
}
