package io.github.prepkit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalScoresTest {

    /** {p, scipy 1.10.1's norm.ppf(p)}: QuantileTransformer's bounds, the tails and the centre. */
    private static final double[][] PPF = {
        {9.999999977795539e-08, -5.199337582605575}, {1e-07, -5.1993375821928165}, {2.5e-06, -4.564787730280885},
        {0.0001, -3.7190164854556804}, {0.01, -2.3263478740408408}, {0.1353352832366127, -1.10151962849875},
        {0.3, -0.5244005127080409}, {0.5, 0.0}, {0.7, 0.5244005127080407}, {0.9, 1.2815515655446004},
        {0.99, 2.3263478740408408}, {0.999999, 4.753424308817087}, {0.9999999000000003, 5.19933758270342}};

    /** {x, scipy 1.10.1's norm.cdf(x)}. */
    private static final double[][] CDF = {
        {-5.3, 5.790134039964578e-08}, {-5.199337582605575, 9.999999977795507e-08}, {-2.0, 0.022750131948179195},
        {-0.5, 0.3085375387259869}, {0.0, 0.5}, {0.3, 0.6179114221889526}, {1.7, 0.955434537241457},
        {4.0, 0.9999683287581669}, {5.199337582605575, 0.9999999000000003}};

    @Test
    void quantilesAreScipysTo1e14() {
        double worst = 0;
        for (double[] pair : PPF) {
            double error = Math.abs(NormalScores.quantile(pair[0]) - pair[1]);
            worst = Math.max(worst, error);
            assertEquals(pair[1], NormalScores.quantile(pair[0]), 1e-14, "p = " + pair[0]);
        }
        System.out.println("NormalScores.quantile: worst difference from scipy " + worst);
    }

    @Test
    void distributionFunctionIsScipysTo1e14Relative() {
        for (double[] pair : CDF) {
            assertEquals(pair[1], NormalScores.cdf(pair[0]), 1e-14 * pair[1], "x = " + pair[0]);
        }
    }

    @Test
    void endsAndOutsideValuesAreInfiniteOrNaN() {
        assertEquals(Double.NEGATIVE_INFINITY, NormalScores.quantile(0));
        assertEquals(Double.POSITIVE_INFINITY, NormalScores.quantile(1));
        assertTrue(Double.isNaN(NormalScores.quantile(-0.1)));
        assertTrue(Double.isNaN(NormalScores.quantile(Double.NaN)));
        assertTrue(Double.isNaN(NormalScores.cdf(Double.NaN)));
    }

    @Test
    void deepTailQuantilesInvertTheDistributionFunction() {
        for (double p : new double[] {1e-17, 1e-50}) {
            double x = NormalScores.quantile(p);
            assertEquals(p, NormalScores.cdf(x), 1e-7 * p, "p = " + p);
        }
    }
}
