package io.github.prepkit.persist;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric arrays as numpy's {@code .npy} format, version 1.0: the magic {@code \x93NUMPY}, the version, a
 * little-endian header length, a header dict padded with spaces to a multiple of 64 bytes, then the values
 * little-endian in C (row-major) order. {@code numpy.load} reads what {@link #write} writes; {@link #read} reads only
 * that form (doubles {@code <f8} and ints {@code <i4}, one or two dimensions) and checks that the byte count is
 * exactly what the shape says.
 */
final class Npy {

    /** The element types a model file holds. */
    enum DType {
        /** 64-bit floats, numpy's {@code <f8}. */
        FLOAT64("<f8", Double.BYTES),
        /** 32-bit integers, numpy's {@code <i4}. */
        INT32("<i4", Integer.BYTES);

        final String descr;
        final int size;

        DType(String descr, int size) {
            this.descr = descr;
            this.size = size;
        }
    }

    /**
     * An array read from a file: its type, its shape (one or two lengths) and its values.
     *
     * @param dtype   the element type
     * @param shape   the lengths of its dimensions
     * @param doubles the values for {@code FLOAT64}, else null
     * @param ints    the values for {@code INT32}, else null
     */
    record Array(DType dtype, int[] shape, double[] doubles, int[] ints) {
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '(<f8|<i4)', 'fortran_order': False, 'shape': \\((\\d+),(?: (\\d+))?\\), \\} *\n");

    private Npy() {
    }

    /** {@code values} as a .npy file of the given shape, whose lengths multiply to {@code values.length}. */
    static byte[] write(double[] values, int... shape) {
        ByteBuffer buffer = start(DType.FLOAT64, values.length, shape);
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }

    /** {@code values} as a .npy file of the given shape, whose lengths multiply to {@code values.length}. */
    static byte[] write(int[] values, int... shape) {
        ByteBuffer buffer = start(DType.INT32, values.length, shape);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    /** A little-endian buffer for the whole file with the magic and header written, positioned at the values. */
    private static ByteBuffer start(DType dtype, int count, int... shape) {
        String dims = shape.length == 1 ? shape[0] + "," : shape[0] + ", " + shape[1];
        String dict = "{'descr': '" + dtype.descr + "', 'fortran_order': False, 'shape': (" + dims + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 2 + headerBytes.length + count * dtype.size)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).putShort((short) headerBytes.length).put(headerBytes);
        return buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The array in {@code bytes}.
     *
     * @param entry names the zip entry in messages
     * @throws ModelFileException if the bytes are not a .npy file of the form {@link #write} writes, or their count
     *                            differs from the shape's
     */
    static Array read(byte[] bytes, String entry) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (byte magic : MAGIC) {
            if (!buffer.hasRemaining() || buffer.get() != magic) {
                throw new ModelFileException(entry + ": not a .npy file of version 1.0 (the magic \\x93NUMPY\\x01\\x00"
                        + " is missing)");
            }
        }
        int headerLength = buffer.remaining() < 2 ? -1 : Short.toUnsignedInt(buffer.getShort());
        if (headerLength < 0 || headerLength > buffer.remaining()) {
            throw new ModelFileException(entry + ": the .npy header is cut short");
        }
        String header = new String(bytes, buffer.position(), headerLength, StandardCharsets.US_ASCII);
        Matcher matcher = HEADER.matcher(header);
        if (!matcher.matches()) {
            throw new ModelFileException(entry + ": unexpected .npy header " + header.strip()
                    + " (expected little-endian <f8 or <i4, C order, one or two dimensions)");
        }
        buffer.position(buffer.position() + headerLength);
        DType dtype = matcher.group(1).equals(DType.FLOAT64.descr) ? DType.FLOAT64 : DType.INT32;
        int[] shape = matcher.group(3) == null ? new int[] {length(matcher.group(2), entry)}
                : new int[] {length(matcher.group(2), entry), length(matcher.group(3), entry)};
        if (shape.length == 2 && shape[1] == 0 && shape[0] != 0) {
            throw new ModelFileException(entry + ": shape " + Arrays.toString(shape) + " has rows of no value; only an"
                    + " empty matrix may have no columns");
        }
        long count = shape.length == 1 ? shape[0] : (long) shape[0] * shape[1];
        if (buffer.remaining() % dtype.size != 0 || count != buffer.remaining() / dtype.size) {
            throw new ModelFileException(entry + ": shape " + Arrays.toString(shape) + " of " + dtype.descr + " needs "
                    + count + " values, found " + buffer.remaining() + " bytes");
        }
        ByteBuffer values = buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
        if (dtype == DType.FLOAT64) {
            double[] doubles = new double[(int) count];
            values.asDoubleBuffer().get(doubles);
            return new Array(dtype, shape, doubles, null);
        }
        int[] ints = new int[(int) count];
        values.asIntBuffer().get(ints);
        return new Array(dtype, shape, null, ints);
    }

    private static int length(String digits, String entry) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ModelFileException(entry + ": array length " + digits + " is too large", e);
        }
    }
}
