package io.github.prepkit.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The field values that mean a missing value in an input file: the empty field, {@code NA}, {@code NaN}, {@code null}
 * and {@code N/A}, exactly (case and spaces count), quoted or not. A missing number becomes NaN, a missing string
 * Tablesaw's missing string (empty), a missing boolean Tablesaw's missing boolean.
 */
final class MissingMarkers {

    /** The markers besides the empty field, as the usage text lists them. */
    static final List<String> MARKERS = List.of("NA", "NaN", "null", "N/A");

    private static final char[][] MARKER_CHARS = MARKERS.stream().map(String::toCharArray).toArray(char[][]::new);

    private MissingMarkers() {
    }

    /** Whether the {@code length} chars of {@code chars} from {@code start} are a missing marker. */
    static boolean matches(char[] chars, int start, int length) {
        if (length == 0) {
            return true;
        }
        for (char[] marker : MARKER_CHARS) {
            if (Arrays.equals(marker, 0, marker.length, chars, start, start + length)) {
                return true;
            }
        }
        return false;
    }
}
