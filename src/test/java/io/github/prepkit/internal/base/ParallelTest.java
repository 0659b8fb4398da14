package io.github.prepkit.internal.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private static double[] randomTasks(int nJobs) {
        double[] results = new double[50];
        Parallel.forEach(results.length, nJobs, i -> results[i] = new Random(Parallel.seed(7, i)).nextGaussian());
        return results;
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        double[] one = randomTasks(1);
        assertArrayEquals(one, randomTasks(2));
        assertArrayEquals(one, randomTasks(4));
        assertArrayEquals(one, randomTasks(-1));
    }

    @Test
    void everyTaskRunsOnce() {
        int[] runs = new int[1000];
        Parallel.forEach(runs.length, 3, i -> runs[i]++);
        for (int r : runs) {
            assertEquals(1, r);
        }
    }

    @Test
    void taskSeedsDifferAndAreStable() {
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seeds.add(Parallel.seed(42, i));
        }
        assertEquals(1000, seeds.size());
        assertEquals(Parallel.seed(42, 3), Parallel.seed(42, 3));
        assertNotEquals(Parallel.seed(42, 3), Parallel.seed(43, 3));
    }

    @Test
    void exceptionsReachTheCaller() {
        assertThrows(IllegalStateException.class, () -> Parallel.forEach(10, 2, i -> {
            if (i == 5) {
                throw new IllegalStateException("task 5");
            }
        }));
    }

    @Test
    void nJobsMustBePositiveOrMinusOne() {
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallel.threads(-1));
        assertEquals(Math.min(3, Runtime.getRuntime().availableProcessors()), Parallel.threads(3));
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallel.threads(Integer.MAX_VALUE),
                "never more threads than cores");
        assertEquals("nJobs must be a positive number of threads or -1 for every core, found 0",
                assertThrows(IllegalArgumentException.class, () -> Parallel.threads(0)).getMessage());
    }

    @Test
    void requireThreadsNamesTheStep() {
        Parallel.requireThreads("Step", -1);
        Parallel.requireThreads("Step", 3);
        assertEquals("Step: nJobs must be a positive number of threads or -1 for every core, found 0",
                assertThrows(IllegalArgumentException.class, () -> Parallel.requireThreads("Step", 0)).getMessage());
    }
}
