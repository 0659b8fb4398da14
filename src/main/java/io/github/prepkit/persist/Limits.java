package io.github.prepkit.persist;

/**
 * The bounds a model file must keep, so that a hostile file fails quickly and in little memory instead of filling
 * the heap or the stack.
 */
final class Limits {

    /** Entries in the zip: the manifest, model.json and the arrays. */
    static final int MAX_ENTRIES = 10_000;

    /** Uncompressed bytes of all entries together. */
    static final long MAX_UNCOMPRESSED_BYTES = 1L << 31;

    /** Uncompressed bytes per byte of the file, beyond the first MiB: a zip bomb inflates far more. */
    static final long MAX_COMPRESSION_RATIO = 100;

    /** Nesting of JSON objects and arrays: a pipeline of column transformers needs about a dozen. */
    static final int MAX_JSON_DEPTH = 64;

    /** Characters in one JSON string (a column name, a level). */
    static final int MAX_STRING_LENGTH = 1 << 20;

    /** Digits of one JSON number. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private Limits() {
    }

    /** The most uncompressed bytes a file of {@code fileBytes} bytes may hold. */
    static long uncompressedBudget(long fileBytes) {
        return Math.min(MAX_UNCOMPRESSED_BYTES, (1L << 20) + MAX_COMPRESSION_RATIO * fileBytes);
    }
}
