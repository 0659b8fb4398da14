package io.github.prepkit.persist;

import io.github.prepkit.data.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tech.tablesaw.api.ColumnType;

/**
 * Writes one JSON object of {@code model.json}: a codec puts the parameters or the state of its class here under
 * their prepkit names. Arrays of up to {@value #INLINE} numbers stay in the JSON; longer ones become {@code .npy}
 * entries, referred to as {@code {"npy": "arrays/<n>.npy"}}.
 */
final class NodeWriter {

    /** The longest array written into the JSON itself. */
    static final int INLINE = 32;

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<byte[]> arrays;
    private final String path;

    /** A writer of the object at {@code path}, adding long arrays to {@code arrays}. */
    NodeWriter(List<byte[]> arrays, String path) {
        this.arrays = arrays;
        this.path = path;
    }

    /** The object written so far. */
    Map<String, Object> fields() {
        return fields;
    }

    /** Where this object is in {@code model.json}, for messages. */
    String path() {
        return path;
    }

    NodeWriter bool(String key, boolean value) {
        fields.put(key, value);
        return this;
    }

    NodeWriter integer(String key, long value) {
        fields.put(key, value);
        return this;
    }

    NodeWriter number(String key, double value) {
        fields.put(key, value);
        return this;
    }

    NodeWriter string(String key, String value) {
        fields.put(key, value);
        return this;
    }

    /** An optional integer: null when empty. */
    NodeWriter optional(String key, OptionalInt value) {
        fields.put(key, value.isPresent() ? (Object) (long) value.getAsInt() : null);
        return this;
    }

    /** An optional number: null when empty. */
    NodeWriter optional(String key, OptionalDouble value) {
        fields.put(key, value.isPresent() ? (Object) value.getAsDouble() : null);
        return this;
    }

    /** Strings, integers, numbers and booleans, as they are: a list of several kinds of value. */
    NodeWriter values(String key, List<?> values) {
        fields.put(key, values.stream().map(value -> value instanceof Integer || value instanceof Short
                ? (Object) ((Number) value).longValue() : value instanceof Float number ? (Object) (double) number
                : value).toList());
        return this;
    }

    /** An enum constant, by its name. */
    NodeWriter choice(String key, Enum<?> value) {
        return string(key, value.name());
    }

    NodeWriter strings(String key, List<String> values) {
        fields.put(key, List.copyOf(values));
        return this;
    }

    NodeWriter doubles(String key, double[] values) {
        fields.put(key, values.length <= INLINE ? Arrays.stream(values).boxed().toList()
                : reference(Npy.write(values, values.length)));
        return this;
    }

    NodeWriter ints(String key, int[] values) {
        fields.put(key, values.length <= INLINE ? Arrays.stream(values).boxed().toList()
                : reference(Npy.write(values, values.length)));
        return this;
    }

    /** A rectangular matrix, one row after the other. */
    NodeWriter matrix(String key, double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != columns) {
                throw new IllegalStateException(path + "/" + key + ": row " + i + " has " + rows[i].length
                        + " values, row 0 " + columns);
            }
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        fields.put(key, flat.length <= INLINE ? Arrays.stream(rows).map(row -> Arrays.stream(row).boxed().toList()).toList()
                : reference(Npy.write(flat, rows.length, columns)));
        return this;
    }

    private Map<String, Object> reference(byte[] npy) {
        arrays.add(npy);
        return Map.of("npy", Archive.arrayName(arrays.size() - 1));
    }

    /** A map of names to counts, by name in sorted order, so the bytes do not depend on the map's order. */
    NodeWriter counts(String key, Map<String, Integer> counts) {
        return object(key, node -> new TreeMap<>(counts).forEach(node::integer));
    }

    /** A map of names to numbers, by name in sorted order, so the bytes do not depend on the map's order. */
    NodeWriter numbers(String key, Map<String, Double> numbers) {
        return object(key, node -> new TreeMap<>(numbers).forEach(node::number));
    }

    /** The column names and types of {@code schema}. */
    NodeWriter schema(String key, Schema schema) {
        return object(key, node -> node.strings("names", schema.names())
                .strings("types", schema.types().stream().map(ColumnType::name).toList()));
    }

    /** A nested plain object, written by {@code content}. */
    NodeWriter object(String key, Consumer<NodeWriter> content) {
        NodeWriter child = new NodeWriter(arrays, path + "/" + key);
        content.accept(child);
        fields.put(key, child.fields);
        return this;
    }

    /** A list of plain objects, one per item, each written by {@code content}. */
    <T> NodeWriter objects(String key, List<T> items, BiConsumer<T, NodeWriter> content) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NodeWriter child = new NodeWriter(arrays, path + "/" + key + "/" + i);
            content.accept(items.get(i), child);
            list.add(child.fields);
        }
        fields.put(key, list);
        return this;
    }

    /** A typed node: {@code value} (an estimator or a model) through its codec. */
    NodeWriter typed(String key, Object value) {
        fields.put(key, Codecs.encode(value, new NodeWriter(arrays, path + "/" + key)));
        return this;
    }

    /** A list of typed nodes. */
    NodeWriter typedList(String key, List<?> values) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            list.add(Codecs.encode(values.get(i), new NodeWriter(arrays, path + "/" + key + "/" + i)));
        }
        fields.put(key, list);
        return this;
    }
}
