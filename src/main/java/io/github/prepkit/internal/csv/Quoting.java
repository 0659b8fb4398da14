package io.github.prepkit.internal.csv;

import io.github.prepkit.internal.data.Checks;

/** Writes a CSV field so that {@link CsvRecordReader} reads it back as it was. */
public final class Quoting {

    private Quoting() {
    }

    /** {@code text} as a field: as it is, or quoted with its quotes doubled if it holds a comma, a quote or a line end. */
    public static String quoted(String text) {
        Checks.notNull(text, "text");
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
