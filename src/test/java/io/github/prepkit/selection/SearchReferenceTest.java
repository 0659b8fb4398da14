package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The reference cases under {@code search/} (written by {@code generate_search.py}): scikit-learn 1.2.1's
 * multi-metric GridSearchCV cv_results_ within 1e-9 with equal ranks and best candidate, and HalvingGridSearchCV /
 * HalvingRandomSearchCV schedules equal.
 */
class SearchReferenceTest {

    static List<ReferenceCase> gridCases() {
        return ReferenceCase.all("search").stream().filter(c -> c.id().startsWith("search/grid_")).toList();
    }

    static List<ReferenceCase> halvingCases() {
        return ReferenceCase.all("search").stream().filter(c -> c.id().startsWith("search/halving_")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gridCases")
    @SuppressWarnings("unchecked")
    void multiMetricGridSearchMatchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Map<String, Object> grid = (Map<String, Object>) params.get("grid");
        List<Scoring> scorings = ((List<String>) params.get("scoring")).stream().map(SearchReferenceTest::scoring)
                .toList();
        Table data = reference.input();
        List<Integer> neighbours = ((List<Number>) grid.get("n_neighbors")).stream().map(Number::intValue).toList();
        List<Weights> weights = ((List<String>) grid.getOrDefault("weights", List.of("uniform"))).stream()
                .map(w -> Weights.valueOf(w.toUpperCase(Locale.ROOT))).toList();
        boolean classifier = params.get("estimator").equals("KNeighborsClassifier");
        SearchResult<?, ?> result = classifier
                ? search(GridSearch.of(new KNeighborsClassifier().nJobs(1))
                        .axis("n_neighbors", neighbours, KNeighborsClassifier::nNeighbors), grid, weights,
                        KNeighborsClassifier::weights, scorings, params, data)
                : search(GridSearch.of(new KNeighborsRegressor().nJobs(1))
                        .axis("n_neighbors", neighbours, KNeighborsRegressor::nNeighbors), grid, weights,
                        KNeighborsRegressor::weights, scorings, params, data);
        Table expected = reference.expected();
        Table actual = result.cvResults();
        if (grid.containsKey("weights")) {
            assertEquals(expected.stringColumn("param_weights").asList(), actual.stringColumn("param_weights").asList()
                    .stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
            expected.removeColumns("param_weights");
        }
        TableAssertions.assertTableClose(expected, actual.selectColumns(expected.columnNames().toArray(String[]::new)),
                1e-9);
        for (String name : expected.columnNames()) {
            if (name.startsWith("rank_")) {
                assertEquals(expected.intColumn(name).asList(), actual.intColumn(name).asList(), name);
            }
        }
        assertEquals(expected.columnNames(), actual.columnNames().stream().filter(expected.columnNames()::contains)
                .toList(), "the columns' order");
        Map<String, Object> best = (Map<String, Object>) reference.expectedJson();
        assertEquals(((Number) best.get("best_index_")).intValue(), result.bestIndex());
        assertEquals(((Number) best.get("best_score_")).doubleValue(), result.bestScore(), 1e-9);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Predictor<M>, M extends PredictorModel> SearchResult<E, M> search(
            GridSearch<E, M> byNeighbours, Map<String, Object> grid, List<Weights> weights,
            java.util.function.BiFunction<E, Weights, E> setWeights, List<Scoring> scorings,
            Map<String, Object> params, Table data) {
        GridSearch<E, M> search = grid.containsKey("weights") ? byNeighbours.axis("weights", weights, setWeights)
                : byNeighbours;
        return search.scorings(scorings).refit((String) params.get("refit"))
                .cv(new KFold(((Number) params.get("n_splits")).intValue(), false, 0)).nJobs(2).fit(data, "y");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("halvingCases")
    @SuppressWarnings("unchecked")
    void halvingScheduleMatchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        int rows = ((Number) params.get("rows")).intValue();
        int classes = ((Number) params.get("classes")).intValue();
        int splits = ((Number) params.get("n_splits")).intValue();
        Table data = Table.create("halving", DoubleColumn.create("x", IntStream.range(0, rows).asDoubleStream()));
        boolean random = params.get("class").equals("HalvingRandomSearchCV");
        HalvingSchedule schedule = classes > 0
                ? schedule(random, params, new KNeighborsClassifier().nNeighbors(1).nJobs(1),
                        new StratifiedKFold(splits, false, 0),
                        data.addColumns(IntColumn.create("y", IntStream.range(0, rows).map(i -> i % classes))))
                : schedule(random, params, new KNeighborsRegressor().nNeighbors(1).nJobs(1), new KFold(splits, false, 0),
                        data.addColumns(DoubleColumn.create("y", IntStream.range(0, rows).asDoubleStream())));
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        assertEquals(ints(expected.get("n_resources_")), schedule.nResources(), "n_resources_");
        assertEquals(ints(expected.get("n_candidates_")), schedule.nCandidates(), "n_candidates_");
        assertEquals(((Number) expected.get("n_iterations_")).intValue(), schedule.nIterations(), "n_iterations_");
        assertEquals(((Number) expected.get("n_required_iterations_")).intValue(), schedule.nRequiredIterations());
        assertEquals(((Number) expected.get("n_possible_iterations_")).intValue(), schedule.nPossibleIterations());
        assertEquals(((Number) expected.get("min_resources_")).intValue(), schedule.minResources());
        assertEquals(((Number) expected.get("max_resources_")).intValue(), schedule.maxResources());
        assertEquals(((Number) expected.get("n_remaining_candidates_")).intValue(), schedule.nRemainingCandidates());
    }

    private static <E extends Predictor<M>, M extends PredictorModel> HalvingSchedule schedule(boolean random,
            Map<String, Object> params, E estimator, CrossValidator cv, Table data) {
        Object candidates = params.get("candidates");
        SearchResult<E, M> result;
        if (random) {
            HalvingRandomSearch<E, M> drawn = HalvingRandomSearch.of(estimator)
                    .axis("constant", Distribution.uniform(0, 1), (e, v) -> e);
            drawn = candidates instanceof Number n ? drawn.nCandidates(n.intValue()) : drawn;
            result = halving(drawn, params).cv(cv).refit(false).nJobs(2).fit(data, "y");
        } else {
            List<Integer> values = IntStream.range(0, ((Number) candidates).intValue()).boxed().toList();
            result = halving(HalvingGridSearch.of(estimator).axis("constant", values, (e, v) -> e), params).cv(cv)
                    .refit(false).nJobs(2).fit(data, "y");
        }
        Table table = result.cvResults();
        HalvingSchedule schedule = result.schedule().orElseThrow();
        assertEquals(IntStream.range(0, schedule.nIterations()).boxed()
                .flatMap(round -> java.util.Collections.nCopies(schedule.nCandidates().get(round), round).stream())
                .toList(), table.intColumn("iter").asList(), "one row per candidate and round");
        return schedule;
    }

    private static <S extends HalvingSearch<?, ?, S>> S halving(S search, Map<String, Object> params) {
        S set = search;
        if (params.get("factor") instanceof Number factor) {
            set = set.factor(factor.doubleValue());
        }
        if (params.get("min_resources") instanceof Number min) {
            set = set.minResources(min.intValue());
        } else if ("smallest".equals(params.get("min_resources"))) {
            set = set.minResources(HalvingSearch.SMALLEST);
        } else if ("exhaust".equals(params.get("min_resources"))) {
            set = set.minResources(HalvingSearch.EXHAUST);
        }
        if (params.get("max_resources") instanceof Number max) {
            set = set.maxResources(max.intValue());
        }
        if (Boolean.TRUE.equals(params.get("aggressive_elimination"))) {
            set = set.aggressiveElimination(true);
        }
        return set;
    }

    private static List<Integer> ints(Object values) {
        List<Integer> ints = new ArrayList<>();
        for (Object value : (List<?>) values) {
            ints.add(((Number) value).intValue());
        }
        return ints;
    }

    private static Scoring scoring(String name) {
        return switch (name) {
            case "accuracy" -> Scoring.ACCURACY;
            case "f1_macro" -> Scoring.F1_MACRO;
            case "f1_weighted" -> Scoring.F1_WEIGHTED;
            case "balanced_accuracy" -> Scoring.BALANCED_ACCURACY;
            case "r2" -> Scoring.R2;
            case "neg_mean_squared_error" -> Scoring.NEG_MEAN_SQUARED_ERROR;
            case "neg_mean_absolute_error" -> Scoring.NEG_MEAN_ABSOLUTE_ERROR;
            default -> throw new IllegalArgumentException("no scoring " + name);
        };
    }
}
