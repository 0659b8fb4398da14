package io.github.prepkit.internal.csv;

import io.github.prepkit.internal.data.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The field values that mean a missing value in an input file: the empty field and a list of markers, matched exactly
 * (case and spaces count), quoted or not.
 */
public final class MissingMarkers {

    /**
     * The command line's markers besides the empty field: {@code NA}, {@code NaN}, {@code null} and {@code N/A}. A
     * missing number becomes NaN, a missing string Tablesaw's missing string (empty), a missing boolean Tablesaw's
     * missing boolean.
     */
    public static final MissingMarkers PREDICT = new MissingMarkers(List.of("NA", "NaN", "null", "N/A"));

    /** Tablesaw 0.44.4's default markers besides the empty field ({@code TypeUtils.MISSING_INDICATORS}). */
    public static final MissingMarkers TABLESAW = new MissingMarkers(List.of("NaN", "*", "NA", "null", "N/A"));

    private final List<String> markers;
    private final char[][] markerChars;
    private final byte[][] markerBytes;
    /** Bit n set if a marker has n UTF-8 bytes (n below 64), so that most fields are ruled out at once. */
    private final long byteLengths;

    /**
     * The empty field and {@code markers}.
     *
     * @throws IllegalArgumentException if the list or a marker is null
     */
    public MissingMarkers(List<String> markers) {
        this.markers = Checks.noNulls(markers, "markers");
        this.markerChars = this.markers.stream().map(String::toCharArray).toArray(char[][]::new);
        this.markerBytes = this.markers.stream().map(marker -> marker.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        this.byteLengths = Arrays.stream(markerBytes).mapToLong(marker -> marker.length < Long.SIZE
                ? 1L << marker.length : 0).reduce(0, (a, b) -> a | b);
    }

    /** The markers besides the empty field, in the order given. */
    public List<String> markers() {
        return markers;
    }

    /** Whether the {@code length} chars of {@code chars} from {@code start} are empty or a marker. */
    public boolean matches(char[] chars, int start, int length) {
        if (length == 0) {
            return true;
        }
        for (char[] marker : markerChars) {
            if (marker.length == length && Arrays.equals(marker, 0, length, chars, start, start + length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code length} UTF-8 bytes of {@code bytes} from {@code start} are empty or a marker. */
    public boolean matches(byte[] bytes, int start, int length) {
        if (length == 0) {
            return true;
        }
        if (length < Long.SIZE && (byteLengths & 1L << length) == 0) {
            return false;
        }
        for (byte[] marker : markerBytes) {
            if (marker.length == length && Arrays.equals(marker, 0, length, bytes, start, start + length)) {
                return true;
            }
        }
        return false;
    }
}
