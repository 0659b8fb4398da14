package io.github.prepkit.resample;

import io.github.prepkit.internal.base.Parallel;

/** The parameter checks the SMOTE variants share, with messages naming the sampler, the parameter and the value. */
final class SmoteParameters {

    private SmoteParameters() {
    }

    /** Fails unless {@code value}, the parameter {@code name} of {@code step}, is at least 1. */
    static void atLeastOne(String name, int value, String step) {
        if (value < 1) {
            throw new IllegalArgumentException(step + ": " + name + " must be at least 1, found " + value);
        }
    }

    /** Fails unless {@code nJobs} is a positive number of threads or -1 for every core. */
    static void jobs(int nJobs, String step) {
        try {
            Parallel.threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }
}
