package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every {@code encode/ordinal_*} reference case: scikit-learn 1.2.1's {@code OrdinalEncoder} (written by
 * {@code generate_encoders.py}): the codes exactly, inverse_transform exactly, and a failure where scikit-learn raises.
 */
class OrdinalEncoderReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("encode").stream()
                .filter(reference -> "OrdinalEncoder".equals(reference.params().get("class"))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Table input = reference.input();
        Table query = Files.exists(reference.directory().resolve("query.csv")) ? reference.table("query.csv") : input;
        OrdinalEncoder encoder = encoder(reference.params(), input);
        if (Files.exists(reference.directory().resolve("expected.json"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) reference.expectedJson();
            String word = word((String) error.get("message"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                OrdinalEncoderModel model = encoder.fit(input);
                if ("transform".equals(error.get("error"))) {
                    model.transform(query);
                }
            });
            assertTrue(e.getMessage().contains(word), e.getMessage() + " should say " + word);
            return;
        }
        OrdinalEncoderModel model = encoder.fit(input);
        String[] columns = columns(reference.params());
        TableAssertions.assertTableClose(reference.expected(), model.transform(query).selectColumns(columns), 0);
        TableAssertions.assertTableClose(reference.table("inverse.csv"),
                model.inverseTransform(reference.expected()).selectColumns(columns), 0);
    }

    /** What our message says where scikit-learn's says {@code message}. */
    private static String word(String message) {
        if (message.contains("unknown_value")) {
            return "unknownValue";
        }
        if (message.contains("encoded_missing_value")) {
            return "encodedMissingValue";
        }
        if (message.contains("Unsorted")) {
            return "increasing order";
        }
        return "not among its categories";
    }

    private static String[] columns(Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<String> columns = (List<String>) params.get("columns");
        return columns.toArray(String[]::new);
    }

    /** The encoder the case's parameters describe, scikit-learn's names and values translated. */
    @SuppressWarnings("unchecked")
    private static OrdinalEncoder encoder(Map<String, Object> params, Table input) {
        OrdinalEncoder encoder = new OrdinalEncoder().columns(columns(params));
        if (params.containsKey("categories")) {
            Map<String, List<String>> categories = new LinkedHashMap<>();
            ((Map<String, List<Object>>) params.get("categories")).forEach((column, levels) -> {
                boolean numeric = ColumnKind.NUMERIC.accepts(input.column(column).type());
                categories.put(column, levels.stream().map(level -> "nan".equals(level) ? (numeric ? "NaN" : "")
                        : level instanceof Double || level instanceof Long ? numberName(((Number) level).doubleValue())
                        : (String) level).toList());
            });
            encoder = encoder.categories(categories);
        }
        if ("use_encoded_value".equals(params.get("handle_unknown"))) {
            encoder = encoder.unknownValue(number(params.get("unknown_value")));
        }
        if (params.containsKey("encoded_missing_value")) {
            encoder = encoder.encodedMissingValue(number(params.get("encoded_missing_value")));
        }
        return encoder;
    }

    private static String numberName(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static double number(Object value) {
        return "nan".equals(value) ? Double.NaN : ((Number) value).doubleValue();
    }
}
