package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.encode.KBinsDiscretizer.Strategy;
import org.junit.jupiter.api.Test;

/** Edges worked out by hand (numpy's linspace and percentile, scikit-learn's rules), and the bin search. */
class BinEdgesTest {

    private static final double[] VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10};

    @Test
    void uniformEdgesAreNumpysLinspace() {
        assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 10}, BinEdges.of(VALUES, 4, Strategy.UNIFORM, "x", "test"));
        assertArrayEquals(new double[] {0, 0.1 * 1, 0.1 * 2, 0.1 * 3, 0.4}, BinEdges.uniform(0, 0.4, 4),
                "i * step + low, as numpy (0.30000000000000004), the last exactly high");
        assertArrayEquals(new double[] {-1e308, 0, 1e308}, BinEdges.uniform(-1e308, 1e308, 2),
                "a range beyond the double range taken on halves");
        assertArrayEquals(new double[] {0, 0, Double.MIN_VALUE, Double.MIN_VALUE}, BinEdges.uniform(0, Double.MIN_VALUE, 3),
                "a step that underflows to 0 is taken as i / n * range, as numpy");
    }

    @Test
    void quantileEdgesInterpolateLinearly() {
        // np.percentile([0..8, 10], [0, 25, 50, 75, 100]): ranks 0, 2.25, 4.5, 6.75, 9
        assertArrayEquals(new double[] {0, 2.25, 4.5, 6.75, 10}, BinEdges.of(VALUES, 4, Strategy.QUANTILE, "x", "t"),
                1e-15);
    }

    @Test
    void narrowBinsAreRemovedAsScikitLearnRemovesThem() {
        assertArrayEquals(new double[] {1, 2, 3}, BinEdges.withoutNarrowBins(new double[] {1, 1, 1, 2, 2, 3}));
        assertArrayEquals(new double[] {0, 5}, BinEdges.withoutNarrowBins(new double[] {0, 0.6e-8, 1.2e-8, 5}),
                "each edge compared with the one before it, removed or not");
        assertArrayEquals(new double[] {0, 1e-8}, BinEdges.withoutNarrowBins(new double[] {0, 0.5e-8, 1e-8}),
                "no bin left: one kept, from the first edge to the last");
        double[] ties = {1, 1, 1, 1, 1, 1, 2, 3};
        assertArrayEquals(new double[] {1, 1.25, 3}, BinEdges.of(ties, 4, Strategy.QUANTILE, "x", "t"),
                "quantiles 1, 1, 1, 1.25, 3");
    }

    @Test
    void aConstantColumnHasOneInfiniteBin() {
        for (Strategy strategy : Strategy.values()) {
            assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY},
                    BinEdges.of(new double[] {4, 4, 4}, 3, strategy, "x", "t"));
        }
    }

    @Test
    void kMeansEdgesLieMidwayBetweenTheCentres() {
        double[] values = {0, 0.1, 0.2, 5, 5.1, 5.2, 10, 10.1, 10.2};
        double[] edges = BinEdges.of(values, 3, Strategy.KMEANS, "x", "t");
        assertEquals(4, edges.length);
        assertEquals(0, edges[0]);
        assertEquals((0.1 + 5.1) / 2, edges[1], 1e-12);
        assertEquals((5.1 + 10.1) / 2, edges[2], 1e-12);
        assertEquals(10.2, edges[3]);
        String message = assertThrows(IllegalArgumentException.class,
                () -> BinEdges.of(new double[] {1, 2}, 3, Strategy.KMEANS, "x", "KBinsDiscretizer")).getMessage();
        assertTrue(message.contains("column 'x' has 2 rows for 3 k-means bins"), message);
    }

    @Test
    void aValueFallsInTheBinOfTheInnerEdgesAtOrBelowIt() {
        double[] edges = {0, 1, 2, 3};
        assertEquals(0, BinEdges.bin(edges, -5));
        assertEquals(0, BinEdges.bin(edges, 0.999));
        assertEquals(1, BinEdges.bin(edges, 1), "an edge starts its bin (searchsorted side right)");
        assertEquals(2, BinEdges.bin(edges, 2.5));
        assertEquals(2, BinEdges.bin(edges, 3));
        assertEquals(2, BinEdges.bin(edges, 1e300), "above the last edge: the last bin");
        assertEquals(0, BinEdges.bin(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, 7));
    }
}
