package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SearchResultTest {

    @Test
    void ranksAreScipysMinRanksOfTheNegatedMeansWithNaNLast() {
        assertArrayEquals(new int[] {3, 1, 1, 4}, SearchResult.ranks(new double[] {0.5, 0.9, 0.9, 0.1}));
        assertArrayEquals(new int[] {3, 1, 2, 3}, SearchResult.ranks(new double[] {Double.NaN, 0.9, 0.8, Double.NaN}));
        assertArrayEquals(new int[] {1, 1}, SearchResult.ranks(new double[] {Double.NaN, Double.NaN}));
    }

    @Test
    void theTableHoldsTimesParametersSplitsAndTheirSummary() {
        Axis<Double> c = Axis.of("C", 0.1, 1.0);
        Axis<String> kind = Axis.of("kind", "a");
        List<Candidate> candidates = List.of(new Candidate(List.of(c, kind), List.of(0.1, "a")),
                new Candidate(List.of(c, kind), List.of(1.0, "a")));
        FoldScore[] scores = {
            new FoldScore(0.5, 1, 0.1, null), new FoldScore(0.7, 3, 0.3, null),
            new FoldScore(0.9, 2, 0.2, null), new FoldScore(0.9, 2, 0.2, null)};
        LinearRegression first = new LinearRegression();
        LinearRegression second = first.fitIntercept(false);
        SearchResult<LinearRegression, LinearRegressionModel> result = new SearchResult<>(List.of(c, kind), candidates,
                List.of(first, second), 2,
                scores, List.of("accuracy"), 0, null, null);
        assertEquals(1, result.bestIndex());
        assertEquals(second, result.bestEstimator());
        assertEquals(0.9, result.bestScore(), 1e-15);
        assertSame(candidates.get(1), result.bestParams());
        Table table = result.cvResults();
        assertEquals(List.of(2.0, 2.0), table.doubleColumn("mean_fit_time").asList());
        assertEquals(List.of(1.0, 0.0), table.doubleColumn("std_fit_time").asList());
        assertEquals(List.of(0.1, 1.0), table.doubleColumn("param_C").asList());
        assertEquals(List.of("a", "a"), table.stringColumn("param_kind").asList());
        assertEquals(List.of(0.5, 0.9), table.doubleColumn("split0_test_score").asList());
        assertEquals(List.of(0.7, 0.9), table.doubleColumn("split1_test_score").asList());
        assertEquals(0.6, table.doubleColumn("mean_test_score").get(0), 1e-15);
        assertEquals(0.1, table.doubleColumn("std_test_score").get(0), 1e-15);
        assertEquals(List.of(2, 1), table.intColumn("rank_test_score").asList());
        assertEquals("cv results (accuracy)", table.name());
    }
}
