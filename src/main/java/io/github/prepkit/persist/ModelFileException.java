package io.github.prepkit.persist;

import java.io.Serial;

/**
 * A model file that cannot be loaded: not a zip, not a prepkit model file, written by a newer format, damaged
 * (a checksum, a size or a shape that does not match), beyond the bounds on size and depth, or holding a state that
 * no fit could have made. The message says what is wrong and where (the entry, and the path in {@code model.json}).
 * It is the only exception {@link ModelFiles#load} throws for a bad file.
 */
public final class ModelFileException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    ModelFileException(String message) {
        super(message);
    }

    ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
