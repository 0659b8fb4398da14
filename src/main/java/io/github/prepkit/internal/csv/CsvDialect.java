package io.github.prepkit.internal.csv;

/**
 * How a {@link Utf8RecordReader} splits text into fields beyond RFC 4180's quoting: the delimiter, whether whitespace
 * around an unquoted field (and around a quoted one, outside its quotes) is dropped, and whether a line starting with
 * {@code #} is a comment to skip.
 *
 * @param delimiter the char between fields
 * @param trim      whether whitespace (chars up to {@code ' '}) around fields is dropped, as univocity-parsers does
 *                  for Tablesaw
 * @param comments  whether a line whose first char is {@code #} is skipped, as univocity-parsers does for Tablesaw
 * @param crlfToLf  whether a {@code \r\n} inside a quoted field is read as {@code \n}, as univocity-parsers does
 *                  for Tablesaw in a file whose first line ends with {@code \r\n}
 */
public record CsvDialect(char delimiter, boolean trim, boolean comments, boolean crlfToLf) {

    /**
     * The dialect Tablesaw 0.44.4 reads with its defaults (univocity-parsers' defaults), with {@code delimiter}.
     *
     * @throws IllegalArgumentException if the delimiter is a quote, a line end or {@code #}
     */
    public static CsvDialect tablesaw(char delimiter) {
        return new CsvDialect(delimiter, true, true, false);
    }

    /** This dialect, reading a {@code \r\n} inside a quoted field as {@code \n} or not. */
    public CsvDialect crlfToLf(boolean crlfToLf) {
        return new CsvDialect(delimiter, trim, comments, crlfToLf);
    }

    /**
     * Checks the delimiter.
     *
     * @throws IllegalArgumentException if the delimiter is a quote, a line end or, with comments, {@code #}
     */
    public CsvDialect {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || (comments && delimiter == '#')) {
            throw new IllegalArgumentException("delimiter must not be a quote, a line end or '#', found '"
                    + delimiter + "'");
        }
    }
}
