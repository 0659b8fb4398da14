package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The score functions on cases computed by hand (p-values from scipy 1.10.1, printed with repr). */
class ScoreFunctionTest {

    private static final StringColumn TWO_CLASSES = StringColumn.create("y", "a", "a", "b", "b");

    @Test
    void fClassifIsTheAnovaF() {
        Table x = Table.create("x", DoubleColumn.create("v", 1, 2, 3, 4, 5, 6), StringColumn.create("text", "a", "b",
                "c", "d", "e", "f"));
        Scores scores = ScoreFunction.F_CLASSIF.score(x, StringColumn.create("y", "p", "p", "p", "q", "q", "q"));
        assertEquals(List.of("v"), scores.columns(), "text columns are not scored");
        assertEquals(13.5, scores.scores()[0], 1e-12);
        assertEquals(0.02131164112875672, scores.pvalues()[0], 1e-15);
    }

    @Test
    void chi2ComparesObservedAndExpectedTotals() {
        Table x = Table.create("x", DoubleColumn.create("u", 1, 2, 0, 4), DoubleColumn.create("w", 0, 3, 1, 2),
                DoubleColumn.create("zeros", 0, 0, 0, 0));
        Scores scores = ScoreFunction.CHI2.score(x, TWO_CLASSES);
        assertArrayEquals(new double[] {1.0 / 7, 0, Double.NaN}, scores.scores(), 1e-15);
        assertEquals(0.70545699, scores.pvalues()[0], 1e-8);
        assertEquals(1, scores.pvalues()[1], 1e-15);
        assertTrue(Double.isNaN(scores.pvalues()[2]));
    }

    @Test
    void chi2RefusesNegativeValuesNamingTheColumn() {
        Table x = Table.create("x", DoubleColumn.create("u", 1, -2, 0, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoreFunction.CHI2.score(x, TWO_CLASSES));
        assertTrue(e.getMessage().contains("'u'") && e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void fRegressionIsTheFOfTheCorrelation() {
        Table x = Table.create("x", DoubleColumn.create("v", 1, 2, 3, 4), DoubleColumn.create("flat", 3, 3, 3, 3));
        Scores scores = ScoreFunction.F_REGRESSION.score(x, DoubleColumn.create("y", 2, 1, 4, 3));
        assertArrayEquals(new double[] {1.125, 0}, scores.scores(), 1e-12);
        assertArrayEquals(new double[] {0.4, 1}, scores.pvalues(), 1e-12);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScoreFunction.F_REGRESSION.score(x,
                TWO_CLASSES)).getMessage().contains("numeric"));
    }

    @Test
    void missingValuesAndTooFewClassesAreRefused() {
        Table x = Table.create("x", DoubleColumn.create("v", 1, Double.NaN, 3, 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScoreFunction.F_CLASSIF.score(x, TWO_CLASSES))
                .getMessage().contains("'v'"));
        Table full = Table.create("x", DoubleColumn.create("v", 1, 2, 3, 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScoreFunction.F_CLASSIF.score(full,
                StringColumn.create("y", "a", "a", "a", "a"))).getMessage().contains("2 classes"));
    }

    @Test
    void mutualInformationIsSeededAndRanksTheInformativeColumnFirst() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar").selectColumns("flavanoids", "ash", "proline");
        Scores first = ScoreFunction.mutualInfoClassif().score(features, wine.column("cultivar"));
        assertArrayEquals(first.scores(), ScoreFunction.mutualInfoClassif().score(features, wine.column("cultivar"))
                .scores());
        assertTrue(first.scores()[0] > first.scores()[1] && first.scores()[2] > first.scores()[1], first.toString());
        assertEquals(0, first.pvalues().length);
        assertEquals(new ScoreFunction.MutualInfoClassif(5, 9), ScoreFunction.mutualInfoClassif().nNeighbors(5)
                .seed(9));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScoreFunction.mutualInfoClassif()
                .nNeighbors(0)).getMessage().contains("nNeighbors"));
    }

    @Test
    void theNoiseMovesTheEstimateOnlyAtTies() {
        double[][] tied = {{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}};
        int[] codes = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        double off = MutualInformation.classif(tied, codes, 2, 3, 0, false)[0];
        double on = MutualInformation.classif(tied, codes, 2, 3, 0, true)[0];
        assertNotEquals(off, on, "noise breaks the ties");
        assertEquals(MutualInformation.classif(tied, codes, 2, 3, 1, true)[0],
                MutualInformation.classif(tied, codes, 2, 3, 1, true)[0]);
    }

    @Test
    void digammaMatchesScipy() {
        assertEquals(-0.5772156649015329, MutualInformation.digamma(1), 1e-15);
        assertEquals(1.5061176684318003, MutualInformation.digamma(5), 1e-15);
        assertEquals(4.375763614043984, MutualInformation.digamma(80), 1e-15);
    }

    @Test
    void theFSurvivalFunctionHasScipysEdges() {
        assertEquals(0, Scoring.fSurvival(2, 5, Double.POSITIVE_INFINITY));
        assertEquals(1, Scoring.fSurvival(2, 5, 0), 1e-15);
        assertTrue(Double.isNaN(Scoring.fSurvival(2, 5, Double.NaN)));
        assertTrue(Double.isNaN(Scoring.fSurvival(0, 5, 1)));
    }

    @Test
    void scoresCheckTheirLengths() {
        assertThrows(IllegalArgumentException.class, () -> new Scores(List.of("a"), new double[2], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new Scores(List.of("a"), new double[1], new double[3]));
        double[] values = {1};
        Scores scores = new Scores(List.of("a"), values, new double[0]);
        values[0] = 5;
        assertEquals(1, scores.scores()[0], "a copy");
    }
}
