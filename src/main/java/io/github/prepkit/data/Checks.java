package io.github.prepkit.data;

/** Argument checks shared by the whole toolkit, so that bad input fails early with a message naming it. */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns {@code value}, or fails if it is null.
     *
     * @throws IllegalArgumentException naming the parameter when {@code value} is null
     */
    public static <T> T notNull(T value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
        return value;
    }
}
