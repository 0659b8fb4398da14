package io.github.prepkit.persist;

import io.github.prepkit.data.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import tech.tablesaw.api.ColumnType;

/**
 * Reads one JSON object of {@code model.json}, checking every value's JSON type as it goes: a codec asks for its
 * parameters and state by name and gets Java values, or a {@link ModelFileException} naming the path and what was
 * expected and found. {@link #requireAllRead} then refuses fields that no codec asked for.
 */
final class NodeReader {

    /** The column types a schema may hold: Tablesaw's own. */
    private static final List<ColumnType> COLUMN_TYPES = List.of(ColumnType.DOUBLE, ColumnType.FLOAT,
            ColumnType.INTEGER, ColumnType.LONG, ColumnType.SHORT, ColumnType.STRING,
            ColumnType.BOOLEAN, ColumnType.LOCAL_DATE, ColumnType.LOCAL_TIME, ColumnType.LOCAL_DATE_TIME,
            ColumnType.INSTANT);

    private final Map<?, ?> fields;
    private final ArrayEntries arrays;
    private final String path;
    private final Set<Object> read = new HashSet<>();
    private final List<NodeReader> children = new ArrayList<>();
    private int version;

    /**
     * A reader of {@code fields}, the object at {@code path}, resolving array references in {@code arrays}, in a
     * typed node of version {@code version} (0 until {@link Codecs#decode} has read it).
     */
    NodeReader(Map<?, ?> fields, ArrayEntries arrays, String path, int version) {
        this.fields = fields;
        this.arrays = arrays;
        this.path = path;
        this.version = version;
    }

    /**
     * The node version of the typed node this object belongs to (a plain object read from a typed node shares its
     * version), so that a codec can read the fields of older versions: a field a version added is absent before it.
     */
    int version() {
        return version;
    }

    /** Sets the typed node's version, once, as {@link Codecs#decode} reads it, before any plain object is read. */
    void version(int version) {
        if (this.version != 0 || !children.isEmpty()) {
            throw new IllegalStateException("the version of " + path + " is set once, before its objects are read");
        }
        this.version = version;
    }

    /** Where this object is in {@code model.json}. */
    String path() {
        return path;
    }

    /** Whether the object has field {@code key}. */
    boolean has(String key) {
        return fields.containsKey(key);
    }

    private Object get(String key) {
        if (!fields.containsKey(key)) {
            throw fail(key, "is missing");
        }
        read.add(key);
        return fields.get(key);
    }

    private ModelFileException fail(String key, String problem) {
        return new ModelFileException(Archive.MODEL + " at " + path + "/" + key + ": " + problem);
    }

    private ModelFileException expected(String key, String wanted, Object found) {
        return fail(key, "expected " + wanted + ", found " + describe(found));
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?> list) {
            return "an array of " + list.size();
        }
        return value instanceof String text ? "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\""
                : String.valueOf(value);
    }

    boolean bool(String key) {
        if (get(key) instanceof Boolean value) {
            return value;
        }
        throw expected(key, "true or false", fields.get(key));
    }

    long integer(String key) {
        if (get(key) instanceof Long value) {
            return value;
        }
        throw expected(key, "an integer", fields.get(key));
    }

    /** An integer that fits an {@code int}. */
    int intValue(String key) {
        long value = integer(key);
        if (value != (int) value) {
            throw fail(key, "expected a 32-bit integer, found " + value);
        }
        return (int) value;
    }

    double number(String key) {
        return toDouble(get(key), key);
    }

    private double toDouble(Object value, String key) {
        if (value instanceof Double number) {
            return number;
        }
        if (value instanceof Long number && number == (double) number) {
            return number;
        }
        if (value instanceof String text) {
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw expected(key, "a number", value);
    }

    String string(String key) {
        if (get(key) instanceof String value) {
            return value;
        }
        throw expected(key, "a string", fields.get(key));
    }

    /** An optional 32-bit integer, null when empty. */
    OptionalInt optionalInt(String key) {
        return get(key) == null ? OptionalInt.empty() : OptionalInt.of(intValue(key));
    }

    /** An optional number, null when empty. */
    OptionalDouble optionalNumber(String key) {
        return get(key) == null ? OptionalDouble.empty() : OptionalDouble.of(number(key));
    }

    /**
     * A list of strings, integers ({@code Long}), numbers ({@code Double}) and booleans as the JSON holds them; nested
     * arrays and objects are refused.
     */
    List<Object> values(String key) {
        List<?> list = list(key);
        for (Object value : list) {
            if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
                throw expected(key, "an array of strings, numbers and booleans", value);
            }
        }
        return new ArrayList<>(list);
    }

    /** The constant of {@code values} named by the string at {@code key}. */
    <E extends Enum<E>> E choice(String key, E[] values) {
        String name = string(key);
        for (E value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw fail(key, "expected one of " + List.of(values) + ", found \"" + name + "\"");
    }

    List<String> strings(String key) {
        List<?> list = list(key);
        List<String> strings = new ArrayList<>(list.size());
        for (Object value : list) {
            if (!(value instanceof String text)) {
                throw expected(key, "an array of strings", value);
            }
            strings.add(text);
        }
        return List.copyOf(strings);
    }

    private List<?> list(String key) {
        if (get(key) instanceof List<?> list) {
            return list;
        }
        throw expected(key, "an array", fields.get(key));
    }

    double[] doubles(String key) {
        Object value = get(key);
        if (value instanceof List<?> list) {
            double[] doubles = new double[list.size()];
            for (int i = 0; i < doubles.length; i++) {
                doubles[i] = toDouble(list.get(i), key + "/" + i);
            }
            return doubles;
        }
        Npy.Array array = array(key, value, Npy.DType.FLOAT64, 1);
        return array.doubles();
    }

    int[] ints(String key) {
        Object value = get(key);
        if (value instanceof List<?> list) {
            int[] ints = new int[list.size()];
            for (int i = 0; i < ints.length; i++) {
                if (!(list.get(i) instanceof Long number) || number != (int) (long) number) {
                    throw expected(key + "/" + i, "a 32-bit integer", list.get(i));
                }
                ints[i] = (int) (long) number;
            }
            return ints;
        }
        return array(key, value, Npy.DType.INT32, 1).ints();
    }

    /** A rectangular matrix: an array of equally long arrays of numbers, or a two-dimensional .npy array. */
    double[][] matrix(String key) {
        Object value = get(key);
        if (value instanceof List<?> list) {
            double[][] rows = new double[list.size()][];
            int width = !list.isEmpty() && list.get(0) instanceof List<?> first ? first.size() : 0;
            for (int i = 0; i < rows.length; i++) {
                if (!(list.get(i) instanceof List<?> row) || row.size() != width) {
                    throw expected(key + "/" + i, "an array of " + width + " numbers", list.get(i));
                }
                rows[i] = new double[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    rows[i][j] = toDouble(row.get(j), key + "/" + i + "/" + j);
                }
            }
            return rows;
        }
        Npy.Array array = array(key, value, Npy.DType.FLOAT64, 2);
        double[][] rows = new double[array.shape()[0]][array.shape()[1]];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(array.doubles(), i * rows[i].length, rows[i], 0, rows[i].length);
        }
        return rows;
    }

    private Npy.Array array(String key, Object value, Npy.DType dtype, int dimensions) {
        if (!(value instanceof Map<?, ?> reference) || reference.size() != 1
                || !(reference.get("npy") instanceof String name)) {
            throw expected(key, "an array or {\"npy\": \"arrays/<n>.npy\"}", value);
        }
        Npy.Array array = arrays.take(name, Archive.MODEL + " at " + path + "/" + key);
        if (array.dtype() != dtype || array.shape().length != dimensions) {
            throw fail(key, name + " holds " + array.shape().length + "-dimensional " + array.dtype().descr
                    + ", expected " + dimensions + "-dimensional " + dtype.descr);
        }
        return array;
    }

    /** The map of names to 32-bit counts written by {@link NodeWriter#counts}. */
    Map<String, Integer> counts(String key) {
        return map(key, NodeReader::intValue);
    }

    /** The map of names to numbers written by {@link NodeWriter#numbers}. */
    Map<String, Double> numbers(String key) {
        return map(key, NodeReader::number);
    }

    private <T> Map<String, T> map(String key, BiFunction<NodeReader, String, T> value) {
        NodeReader map = object(key);
        Map<String, T> values = new LinkedHashMap<>();
        for (Object name : map.fields.keySet()) {
            values.put((String) name, value.apply(map, (String) name));
        }
        return values;
    }

    /** The schema written by {@link NodeWriter#schema}. */
    Schema schema(String key) {
        NodeReader schema = object(key);
        List<String> names = schema.strings("names");
        List<ColumnType> types = new ArrayList<>();
        for (String type : schema.strings("types")) {
            types.add(schema.columnType("types", type, COLUMN_TYPES));
        }
        try {
            return Schema.of(names, types);
        } catch (IllegalArgumentException e) {
            throw fail(key, e.getMessage());
        }
    }

    /** The column type named by the string at {@code key}, which must be one of {@code allowed}. */
    ColumnType columnType(String key, List<ColumnType> allowed) {
        return columnType(key, string(key), allowed);
    }

    private ColumnType columnType(String key, String name, List<ColumnType> allowed) {
        return allowed.stream().filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> fail(key, "unknown column type \"" + name + "\"; expected one of "
                        + allowed.stream().map(ColumnType::name).toList()));
    }

    /** A nested plain object. */
    NodeReader object(String key) {
        Object value = get(key);
        if (!(value instanceof Map<?, ?> object)) {
            throw expected(key, "an object", value);
        }
        return child(object, path + "/" + key);
    }

    private NodeReader child(Map<?, ?> object, String childPath) {
        NodeReader child = new NodeReader(object, arrays, childPath, version);
        children.add(child);
        return child;
    }

    /** A list of plain objects. */
    List<NodeReader> objects(String key) {
        List<?> list = list(key);
        List<NodeReader> readers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> object)) {
                throw expected(key + "/" + i, "an object", list.get(i));
            }
            readers.add(child(object, path + "/" + key + "/" + i));
        }
        return readers;
    }

    /** A typed node decoded through its codec, which must make a {@code type}. */
    <T> T typed(String key, Class<T> type) {
        return Codecs.decode(get(key), type, arrays, path + "/" + key);
    }

    /** A list of typed nodes, each of which must decode to a {@code type}. */
    <T> List<T> typedList(String key, Class<T> type) {
        List<?> list = list(key);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            values.add(Codecs.decode(list.get(i), type, arrays, path + "/" + key + "/" + i));
        }
        return values;
    }

    /**
     * Fails on a field of this object or of a plain object read from it that no codec read: a file of the same
     * version never has one, so it is damage or a forgery.
     *
     * @throws ModelFileException naming the field
     */
    void requireAllRead() {
        for (Object key : fields.keySet()) {
            if (!read.contains(key)) {
                throw new ModelFileException(Archive.MODEL + " at " + (path.isEmpty() ? "the root" : path) + ": unknown field \"" + key + "\"");
            }
        }
        children.forEach(NodeReader::requireAllRead);
    }
}
