package io.github.prepkit.persist;

import io.github.prepkit.internal.base.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The text {@link ModelFiles#inspect} gives: the file's format and writer, its entries, and its tree of typed nodes
 * (each model with its columns and its estimator's parameters), read from the JSON without building anything.
 */
final class Inspection {

    private static final int LONGEST_PARAMS = 200;

    private final StringBuilder text = new StringBuilder();

    private Inspection() {
    }

    static String describe(String fileName, Archive.Contents contents) {
        Inspection inspection = new Inspection();
        inspection.header(fileName, contents);
        inspection.node(Json.parse(contents.entries().get(Archive.MODEL), Archive.MODEL), "", "");
        return inspection.text.toString();
    }

    private void header(String fileName, Archive.Contents contents) {
        long arrayBytes = contents.entries().entrySet().stream().filter(e -> !e.getKey().equals(Archive.MODEL))
                .mapToLong(e -> e.getValue().length).sum();
        text.append(fileName).append(": ").append(Archive.FORMAT).append(" format ").append(contents.formatVersion())
                .append(", written by ").append(contents.writer()).append('\n')
                .append("entries: ").append(Archive.MODEL).append(" (")
                .append(contents.entries().get(Archive.MODEL).length).append(" bytes), ")
                .append(contents.entries().size() - 1).append(" arrays (").append(arrayBytes).append(" bytes)\n");
    }

    /** A typed node on a line (a model with its columns and estimator), then the typed nodes its state holds. */
    private void node(Object json, String label, String indent) {
        if (!isTyped(json)) {
            return;
        }
        Map<?, ?> node = (Map<?, ?>) json;
        String type = (String) node.get("type");
        text.append(indent).append(label).append(type);
        if (node.get("schema") instanceof Map<?, ?> schema && schema.get("names") instanceof List<?> names
                && schema.get("types") instanceof List<?> types) {
            text.append(" on ").append(columns(names, types));
        }
        if (node.get("estimator") instanceof Map<?, ?> estimator) {
            text.append("\n").append(indent).append("  fitted by ").append(estimator.get("type")).append(' ')
                    .append(shortened(String.valueOf(compact(estimator.get("params")))));
        } else if (node.get("params") != null) {
            text.append(' ').append(shortened(String.valueOf(compact(node.get("params")))));
        }
        text.append('\n');
        if (node.get("state") instanceof Map<?, ?> state) {
            children(state, indent + "  ");
        }
    }

    /** Whether {@code json} is a typed node: an object with a string "type" and an integer "version". */
    private static boolean isTyped(Object json) {
        return json instanceof Map<?, ?> node && node.get("type") instanceof String && node.get("version") instanceof Long;
    }

    /** {@code params} with every typed node inside shown by its type alone, as a pipeline's steps. */
    private static Object compact(Object params) {
        if (isTyped(params)) {
            return ((Map<?, ?>) params).get("type");
        }
        if (params instanceof Map<?, ?> map) {
            Map<Object, Object> compacted = new LinkedHashMap<>();
            map.forEach((key, value) -> compacted.put(key, compact(value)));
            return compacted;
        }
        if (params instanceof List<?> list) {
            return list.stream().map(Inspection::compact).toList();
        }
        return params;
    }

    /** The typed nodes inside {@code value}, labelled with the "name" of the object that holds them, if any. */
    private void children(Object value, String indent) {
        if (value instanceof List<?> list) {
            list.forEach(element -> children(element, indent));
        } else if (value instanceof Map<?, ?> map) {
            if (isTyped(map)) {
                node(map, "", indent);
                return;
            }
            String label = map.get("name") instanceof String name ? name + ": " : "";
            for (Object child : map.values()) {
                if (isTyped(child)) {
                    node(child, label, indent);
                } else {
                    children(child, indent);
                }
            }
        }
    }

    private static String columns(List<?> names, List<?> types) {
        List<String> columns = IntStream.range(0, Math.min(names.size(), types.size()))
                .mapToObj(j -> names.get(j) + ": " + types.get(j)).toList();
        return Summary.names(columns);
    }

    private static String shortened(String params) {
        return params.length() <= LONGEST_PARAMS ? params : params.substring(0, LONGEST_PARAMS) + "...}";
    }
}
