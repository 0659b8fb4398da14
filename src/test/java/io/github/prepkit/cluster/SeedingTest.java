package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedingTest {

    /** Three tight groups of 3000 rows far apart: a row's group is its first coordinate rounded to 0, 100 or 200. */
    private static PointBlocks groups() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] data = new double[9000][2];
        for (int i = 0; i < data.length; i++) {
            data[i][0] = 100 * (i % 3) + random.nextDouble();
            data[i][1] = random.nextDouble();
        }
        return PointBlocks.of(FeatureMatrix.of(KMeansTest.points(data), "test"), BinaryScale.ONE, new double[2]);
    }

    private static Set<Long> groupsOf(double[] centres) {
        Set<Long> groups = new HashSet<>();
        for (int c = 0; c < centres.length / 2; c++) {
            groups.add(Math.round(centres[2 * c] / 100));
        }
        return groups;
    }

    private static boolean isRow(PointBlocks points, double[] centres, int c) {
        for (int i = 0; i < points.rows(); i++) {
            if (points.get(i, 0) == centres[2 * c] && points.get(i, 1) == centres[2 * c + 1]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void kMeansPlusPlusSpreadsTheCentresOverTheGroups() {
        PointBlocks points = groups();
        for (long seed = 0; seed < 5; seed++) {
            double[] centres = Seeding.kMeansPlusPlus(points, 3, new SplittableRandom(seed), 1);
            assertEquals(Set.of(0L, 1L, 2L), groupsOf(centres), "seed " + seed);
            for (int c = 0; c < 3; c++) {
                assertTrue(isRow(points, centres, c), "centre " + c + " is a row");
            }
        }
    }

    @Test
    void kMeansPlusPlusDependsOnTheGeneratorOnly() {
        PointBlocks points = groups();
        double[] one = Seeding.kMeansPlusPlus(points, 5, new SplittableRandom(3), 1);
        assertArrayEquals(one, Seeding.kMeansPlusPlus(points, 5, new SplittableRandom(3), 2));
    }

    @Test
    void randomPointsAreDistinctRows() {
        PointBlocks points = groups();
        double[] centres = Seeding.randomPoints(points, 50, new SplittableRandom(1));
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < 50; c++) {
            assertTrue(isRow(points, centres, c));
            assertTrue(seen.add(centres[2 * c] + "," + centres[2 * c + 1]), "centre " + c + " repeats a row");
        }
        assertArrayEquals(centres, Seeding.randomPoints(points, 50, new SplittableRandom(1)));
        double[] all = Seeding.randomPoints(points, points.rows(), new SplittableRandom(2));
        assertEquals(points.rows() * 2, all.length, "every row can be drawn");
    }
}
