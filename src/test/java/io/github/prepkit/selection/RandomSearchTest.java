package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RandomSearchTest {

    private static final RandomSearch<KNeighborsClassifier, KNeighborsClassifierModel> KNN = RandomSearch.of(new KNeighborsClassifier().nJobs(1))
            .axis("n_neighbors", List.of(1, 3, 5, 7, 9), KNeighborsClassifier::nNeighbors)
            .axis("weights", List.of(Weights.UNIFORM, Weights.DISTANCE), KNeighborsClassifier::weights);

    @Test
    void listsAreDrawnFromTheGridWithoutReplacement() {
        List<Candidate> four = KNN.nIter(4).seed(1).candidates();
        assertEquals(4, four.size());
        assertEquals(4, new HashSet<>(four).size(), "no candidate twice");
        assertTrue(GridSearch.grid(KNN.axes()).containsAll(four));
        List<Candidate> all = KNN.nIter(25).candidates();
        assertEquals(10, all.size(), "the whole grid when nIter exceeds it");
        assertEquals(new HashSet<>(GridSearch.grid(KNN.axes())), new HashSet<>(all));
    }

    @Test
    void theSeedAloneDecidesTheCandidates() {
        assertEquals(KNN.nIter(4).seed(7).candidates(), KNN.nIter(4).seed(7).candidates());
        assertNotEquals(KNN.nIter(4).seed(7).candidates(), KNN.nIter(4).seed(8).candidates());
    }

    @Test
    void distributionsAreSampledAxisByAxisWithinTheirRanges() {
        Axis<Double> c = Axis.of("C", Distribution.logUniform(1e-3, 1e3));
        Axis<Integer> k = Axis.of("k", Distribution.integers(1, 4));
        Axis<String> kind = Axis.of("kind", "x", "y");
        List<Candidate> drawn = RandomSearch.of(List.of(c, k, kind), candidate -> new KNeighborsClassifier()).nIter(50).candidates();
        assertEquals(50, drawn.size());
        for (Candidate candidate : drawn) {
            assertTrue(candidate.get(c) >= 1e-3 && candidate.get(c) < 1e3, candidate.toString());
            assertTrue(candidate.get(k) >= 1 && candidate.get(k) <= 3, candidate.toString());
            assertTrue(List.of("x", "y").contains(candidate.get(kind)), candidate.toString());
        }
        assertTrue(drawn.stream().anyMatch(candidate -> candidate.get(c) < 1), "small C drawn as often as large");
        assertTrue(drawn.stream().anyMatch(candidate -> candidate.get(c) > 1));
    }

    @Test
    void tunesTheRegularisationOfALogisticRegressionPipeline() {
        Axis<Double> c = Axis.of("C", Distribution.logUniform(1e-2, 1e2));
        Pipeline.Steps scale = Pipeline.steps().transform("scale", new StandardScaler());
        SearchResult<ClassifierPipeline, ClassifierPipelineModel> result = RandomSearch.of(List.of(c),
                candidate -> scale.classifier("logistic", new LogisticRegression().c(candidate.get(c))))
                .nIter(4).seed(3).cv(3).fit(Datasets.load("breast_cancer"), "diagnosis");
        // scikit-learn's cross_val_score(make_pipeline(StandardScaler(), LogisticRegression()), X, y, cv=3) is 0.974
        assertTrue(result.bestScore() > 0.96, "best " + result.bestScore() + " at " + result.bestParams());
        assertEquals(4, result.cvResults().rowCount());
        assertEquals("param_C", result.cvResults().column(4).name());
    }

    @Test
    void theResultsDoNotDependOnTheThreads() {
        Table iris = Datasets.load("iris");
        RandomSearch<KNeighborsClassifier, KNeighborsClassifierModel> search = KNN.nIter(5).seed(2).cv(3);
        assertArrayEquals(search.nJobs(1).fit(iris, "species").meanTestScores(),
                search.nJobs(2).fit(iris, "species").meanTestScores());
    }

    @Test
    void settingsReadBackAndBadOnesFail() {
        RandomSearch<KNeighborsClassifier, KNeighborsClassifierModel> search = KNN.nIter(3).seed(9);
        assertEquals(3, search.nIter());
        assertEquals(9, search.seed());
        assertEquals(10, KNN.nIter());
        assertEquals(0, KNN.seed());
        assertEquals(3, search.cv(4).nIter(), "other settings keep nIter");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KNN.nIter(0));
        assertTrue(e.getMessage().contains("RandomSearch: nIter must be at least 1"), e.getMessage());
        RandomSearch<KNeighborsClassifier, KNeighborsClassifierModel> continuous = RandomSearch.of(new KNeighborsClassifier())
                .axis("p", Distribution.uniform(1, 3), KNeighborsClassifier::p);
        assertEquals(10, continuous.candidates().size());
    }
}
