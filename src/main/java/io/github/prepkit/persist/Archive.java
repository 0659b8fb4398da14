package io.github.prepkit.persist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The zip container of a model file: {@code manifest.json} first (the format, its version, the writer and the
 * SHA-256 of every other entry), then {@code model.json}, then the arrays {@code arrays/<n>.npy} in order. Entries
 * are stored uncompressed (the arrays are doubles, which barely compress) with a fixed timestamp, so the same content
 * gives the same bytes, and no archive comment. Reading refuses anything else: a compressed entry (so no entry can
 * inflate beyond the file's own size), other entry names, repeated entries, more entries than {@link Limits} allows,
 * a checksum that does not match, an end record that is missing (a file cut short) or does not match the entries.
 */
final class Archive {

    static final String FORMAT = "prepkit-model";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String MODEL = "model.json";

    private static final int END_RECORD = 22;
    private static final int END_SIGNATURE = 0x06054b50;
    /** A fixed time in the MS-DOS range (1980-01-01 00:00 itself would make Java add an extended, zone-dependent one). */
    private static final LocalDateTime TIMESTAMP = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Pattern ARRAY_NAME = Pattern.compile("arrays/(0|[1-9][0-9]{0,4})\\.npy");

    /**
     * The entries of a model file that passed every check of the container.
     *
     * @param writer        who wrote it, as the manifest says
     * @param formatVersion the format version it was written in
     * @param entries       every entry but the manifest, by name
     */
    record Contents(String writer, int formatVersion, Map<String, byte[]> entries) {
    }

    private Archive() {
    }

    /** The name of array {@code index}. */
    static String arrayName(int index) {
        return "arrays/" + index + ".npy";
    }

    /** The model file holding {@code modelJson} and {@code arrays} (in index order), written by {@code writer}. */
    static byte[] write(byte[] modelJson, List<byte[]> arrays, String writer) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MODEL, modelJson);
        for (int i = 0; i < arrays.size(); i++) {
            entries.put(arrayName(i), arrays.get(i));
        }
        Map<String, Object> sums = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", (long) FORMAT_VERSION);
        manifest.put("writer", writer);
        manifest.put("sha256", sums);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            store(zip, MANIFEST, Json.write(manifest));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                store(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    private static void store(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(TIMESTAMP);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * The entries of the model file {@code file}, checked: a zip of the expected entry names within the bounds, whose
     * manifest names this format at a version this prepkit reads and whose checksums match.
     *
     * @throws ModelFileException naming what is wrong
     */
    static Contents read(byte[] file) {
        requireZip(file);
        Map<String, byte[]> entries = unzip(file);
        requireEndRecord(file, entries.size());
        byte[] manifestBytes = entries.remove(MANIFEST);
        if (manifestBytes == null) {
            throw new ModelFileException("not a prepkit model file: the zip has no " + MANIFEST);
        }
        Manifest manifest = Manifest.parse(manifestBytes);
        if (!manifest.sums().keySet().equals(entries.keySet())) {
            throw new ModelFileException(MANIFEST + " lists the entries " + manifest.sums().keySet()
                    + " but the zip holds " + entries.keySet());
        }
        entries.forEach((name, bytes) -> {
            if (!sha256(bytes).equals(manifest.sums().get(name))) {
                throw new ModelFileException(name + ": its SHA-256 differs from the one in " + MANIFEST
                        + ": the file is damaged");
            }
        });
        if (!entries.containsKey(MODEL)) {
            throw new ModelFileException("not a prepkit model file: the zip has no " + MODEL);
        }
        return new Contents(manifest.writer(), manifest.formatVersion(), entries);
    }

    private static void requireZip(byte[] file) {
        if (file.length >= 2 && (file[0] & 0xFF) == 0xAC && (file[1] & 0xFF) == 0xED) {
            throw new ModelFileException("a Java serialization stream, not a prepkit model file: prepkit never reads"
                    + " serialized objects");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new ModelFileException("not a prepkit model file: it does not start as a zip file does ("
                    + file.length + " bytes)");
        }
    }

    /**
     * Fails unless the zip ends with its end record, counting {@code entries} entries right after its central
     * directory: the entries alone would load from a file cut short after them.
     */
    private static void requireEndRecord(byte[] file, int entries) {
        int end = file.length - END_RECORD;
        ByteBuffer record = end < 0 ? null : ByteBuffer.wrap(file, end, END_RECORD).order(ByteOrder.LITTLE_ENDIAN);
        if (record == null || record.getInt() != END_SIGNATURE) {
            throw new ModelFileException("the zip's end record is missing: the file is cut short or has trailing bytes");
        }
        int disk = record.getShort();
        int directoryDisk = record.getShort();
        int onDisk = Short.toUnsignedInt(record.getShort());
        int total = Short.toUnsignedInt(record.getShort());
        long directorySize = Integer.toUnsignedLong(record.getInt());
        long directoryOffset = Integer.toUnsignedLong(record.getInt());
        int comment = Short.toUnsignedInt(record.getShort());
        if (disk != 0 || directoryDisk != 0 || onDisk != entries || total != entries || comment != 0
                || directoryOffset + directorySize != end) {
            throw new ModelFileException("the zip's end record does not match its " + entries + " entries: the file is"
                    + " damaged");
        }
    }

    private static Map<String, byte[]> unzip(byte[] file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!name.equals(MANIFEST) && !name.equals(MODEL) && !ARRAY_NAME.matcher(name).matches()) {
                    throw new ModelFileException("unexpected entry '" + name + "': a model file holds only " + MANIFEST
                            + ", " + MODEL + " and arrays/<n>.npy");
                }
                if (entries.containsKey(name)) {
                    throw new ModelFileException("entry '" + name + "' appears twice");
                }
                if (entries.size() == Limits.MAX_ENTRIES) {
                    throw new ModelFileException("more than " + Limits.MAX_ENTRIES + " entries");
                }
                if (entry.getMethod() != ZipEntry.STORED) {
                    throw new ModelFileException("entry '" + name + "' is compressed; a model file stores its entries"
                            + " as they are");
                }
                byte[] bytes = readBounded(zip, file.length - total, name);
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelFileException bad) {
                throw bad;
            }
            throw new ModelFileException("a damaged zip: " + e.getMessage(), e);
        }
        return entries;
    }

    /** The rest of the entry {@code in} is at, which must not exceed {@code allowed} bytes (what the file has left). */
    private static byte[] readBounded(InputStream in, long allowed, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = in.read(buffer)) > 0) {
            if (bytes.size() + (long) read > allowed) {
                throw new ModelFileException(name + ": the entries hold more bytes than the file");
            }
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }

    /** The lowercase hexadecimal SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The checked content of {@code manifest.json}.
     *
     * @param writer        who wrote the file
     * @param formatVersion the format version it was written in
     * @param sums          the SHA-256 of every other entry, by name
     */
    private record Manifest(String writer, int formatVersion, Map<String, String> sums) {

        static Manifest parse(byte[] bytes) {
            if (!(Json.parse(bytes, MANIFEST) instanceof Map<?, ?> manifest)) {
                throw new ModelFileException(MANIFEST + ": expected a JSON object");
            }
            if (!FORMAT.equals(manifest.get("format"))) {
                throw new ModelFileException("not a prepkit model file: " + MANIFEST + " names the format "
                        + manifest.get("format") + ", expected " + FORMAT);
            }
            String writer = manifest.get("writer") instanceof String text ? text : "an unknown writer";
            if (!(manifest.get("formatVersion") instanceof Long version) || version < 1) {
                throw new ModelFileException(MANIFEST + ": formatVersion must be a positive integer, found "
                        + manifest.get("formatVersion"));
            }
            if (version > FORMAT_VERSION) {
                throw new ModelFileException("written by " + writer + " in model file format " + version + "; this "
                        + ModelFiles.writer() + " reads format " + FORMAT_VERSION + " and older: load it with a"
                        + " newer prepkit");
            }
            if (!(manifest.get("sha256") instanceof Map<?, ?> sums)
                    || !sums.values().stream().allMatch(sum -> sum instanceof String)) {
                throw new ModelFileException(MANIFEST + ": sha256 must map each entry to its checksum");
            }
            Map<String, String> checked = new LinkedHashMap<>();
            sums.forEach((name, sum) -> checked.put((String) name, (String) sum));
            return new Manifest(writer, (int) (long) version, checked);
        }
    }
}
