package io.github.prepkit.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NpyTest {

    @Test
    void doublesAndIntsReadBackWithTheirShape() {
        double[] doubles = {1.5, Double.NaN, -0.0, Double.MAX_VALUE, 4, 5};
        Npy.Array matrix = Npy.read(Npy.write(doubles, 2, 3), "a");
        assertEquals(Npy.DType.FLOAT64, matrix.dtype());
        assertArrayEquals(new int[] {2, 3}, matrix.shape());
        assertArrayEquals(doubles, matrix.doubles());
        Npy.Array ints = Npy.read(Npy.write(new int[] {7, -1, Integer.MIN_VALUE}, 3), "b");
        assertArrayEquals(new int[] {3}, ints.shape());
        assertArrayEquals(new int[] {7, -1, Integer.MIN_VALUE}, ints.ints());
        assertArrayEquals(new double[0], Npy.read(Npy.write(new double[0], 0), "c").doubles());
    }

    @Test
    void theFileIsNumpysVersionOneLayoutLittleEndianAlignedTo64Bytes() {
        byte[] file = Npy.write(new double[] {1, 2}, 2);
        String header = new String(file, 10, Short.toUnsignedInt(ByteBuffer.wrap(file, 8, 2).order(ByteOrder.LITTLE_ENDIAN)
                .getShort()), StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"), header);
        assertTrue(header.endsWith("\n"));
        assertEquals(0, (10 + header.length()) % 64, "the values start on a 64-byte boundary, as numpy writes");
        assertEquals(1.0, ByteBuffer.wrap(file, 10 + header.length(), 8).order(ByteOrder.LITTLE_ENDIAN).getDouble());
        String matrix = new String(Npy.write(new int[6], 2, 3), 10, 60, StandardCharsets.US_ASCII);
        assertTrue(matrix.startsWith("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }"), matrix);
    }

    @Test
    void otherFormsAreRefused() {
        byte[] file = Npy.write(new double[] {1, 2}, 2);
        byte[] bigEndian = file.clone();
        bigEndian[10 + "{'descr': '".length()] = '>';
        assertEquals("x: unexpected .npy header {'descr': '>f8', 'fortran_order': False, 'shape': (2,), } (expected"
                + " little-endian <f8 or <i4, C order, one or two dimensions)",
                assertThrows(ModelFileException.class, () -> Npy.read(bigEndian, "x")).getMessage());
        byte[] version2 = file.clone();
        version2[6] = 2;
        assertThrows(ModelFileException.class, () -> Npy.read(version2, "x"));
        byte[] manyEmptyRows = Npy.write(new double[0], 0, 0);
        byte[] forged = new String(manyEmptyRows, StandardCharsets.ISO_8859_1).replace("(0, 0)", "(2147483647, 0)")
                .replace("    \n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        forged[8] = (byte) (forged.length - 10);
        assertEquals("x: shape [2147483647, 0] has rows of no value; only an empty matrix may have no columns",
                assertThrows(ModelFileException.class, () -> Npy.read(forged, "x")).getMessage());
        byte[] longer = java.util.Arrays.copyOf(file, file.length + 8);
        assertEquals("x: shape [2] of <f8 needs 2 values, found 24 bytes",
                assertThrows(ModelFileException.class, () -> Npy.read(longer, "x")).getMessage());
    }
}
