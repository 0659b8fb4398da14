package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reference cases' comparison: a value matches when it is within {@code tolerance} of the expected
 * value, absolutely or relatively, whichever is larger. NaN matches only NaN.
 */
public final class Tolerance {

    private Tolerance() {
    }

    /** Whether {@code actual} is within {@code tolerance} of {@code expected}, absolutely or relatively. */
    public static boolean isClose(double expected, double actual, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (expected == actual) {
            return true; // also equal infinities
        }
        return Math.abs(expected - actual) <= Math.max(tolerance, tolerance * Math.abs(expected));
    }

    /** Fails, naming {@code what}, unless {@code actual} is close to {@code expected}. */
    public static void assertClose(double expected, double actual, double tolerance, String what) {
        if (!isClose(expected, actual, tolerance)) {
            fail(what + ": expected " + expected + " within " + tolerance + ", found " + actual
                    + " (off by " + Math.abs(expected - actual) + ")");
        }
    }
}
