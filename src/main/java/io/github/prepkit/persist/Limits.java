package io.github.prepkit.persist;

/**
 * The bounds a model file must keep, so that a hostile file fails quickly and in little memory instead of filling
 * the heap or the stack. Entries are stored, never compressed, so they hold no more bytes than the file itself.
 */
final class Limits {

    /** Entries in the zip: the manifest, model.json and the arrays. */
    static final int MAX_ENTRIES = 10_000;

    /** Nesting of JSON objects and arrays: a pipeline of column transformers needs about a dozen. */
    static final int MAX_JSON_DEPTH = 64;

    /** Characters in one JSON string (a column name, a level). */
    static final int MAX_STRING_LENGTH = 1 << 20;

    /** Digits of one JSON number. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private Limits() {
    }
}
