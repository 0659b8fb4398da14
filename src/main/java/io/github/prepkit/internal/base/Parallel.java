package io.github.prepkit.internal.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent tasks (the trees of a forest, the folds of a cross-validation, blocks of queries) on
 * {@code nJobs} threads. Results never depend on the number of threads or on scheduling as long as each task
 * writes only its own slot and draws its randomness from {@link #seed(long, int)}, never from a shared generator.
 * Pools are created once per thread count and shared by every estimator.
 */
public final class Parallel {

    private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private Parallel() {
    }

    /**
     * The number of threads {@code nJobs} asks for: itself if positive, every core for -1, as scikit-learn's n_jobs,
     * but never more than the cores: more threads than cores only add switching to this CPU-bound work, and a model
     * file's {@code nJobs} cannot make prepkit start thousands of threads.
     */
    public static int threads(int nJobs) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (nJobs == -1) {
            return cores;
        }
        if (nJobs < 1) {
            throw new IllegalArgumentException("nJobs must be a positive number of threads or -1 for every core, found " + nJobs);
        }
        return Math.min(nJobs, cores);
    }

    /**
     * Fails unless {@code nJobs} is a thread count {@link #threads} accepts, the message naming {@code step}.
     *
     * @throws IllegalArgumentException "step: nJobs must be a positive number of threads or -1 for every core, ..."
     */
    public static void requireThreads(String step, int nJobs) {
        try {
            threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }

    /**
     * Calls {@code task} with every index in 0..tasks-1, on {@code nJobs} threads (see {@link #threads}), and
     * returns when all are done. With one thread the tasks run in order on the caller's thread. An exception in a
     * task is rethrown to the caller.
     */
    public static void forEach(int tasks, int nJobs, IntConsumer task) {
        int threads = threads(nJobs);
        if (threads == 1 || tasks <= 1) {
            for (int i = 0; i < tasks; i++) {
                task.accept(i);
            }
            return;
        }
        ForkJoinPool pool = POOLS.computeIfAbsent(threads, ForkJoinPool::new);
        pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(task)).join();
    }

    /**
     * The seed of task {@code index} of an estimator seeded with {@code seed}: a well-mixed 64-bit value
     * (SplitMix64's finaliser), different for every index, the same on every run.
     */
    public static long seed(long seed, int index) {
        long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
