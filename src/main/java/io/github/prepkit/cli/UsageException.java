package io.github.prepkit.cli;

import java.io.Serial;

/** A command line that cannot be run: an unknown command or option, or a missing or bad argument. */
final class UsageException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
