package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every {@code encode/kbins_*} reference case: scikit-learn 1.2.1's {@code KBinsDiscretizer} (written by
 * {@code generate_encoders.py}): bin edges within 1e-9, codes and one-hot columns exactly, bin centres within 1e-9. A
 * column scikit-learn leaves with no bin (every quantile within 1e-8 of the one before) keeps one here, from its first
 * edge to its maximum, with the same codes.
 */
class KBinsDiscretizerReferenceTest {

    private static final double TOLERANCE = 1e-9;

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("encode").stream()
                .filter(reference -> "KBinsDiscretizer".equals(reference.params().get("class"))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void matchesScikitLearn(ReferenceCase reference) {
        KBinsDiscretizer discretizer = discretizer(reference.params());
        Table input = reference.input().selectColumns(discretizer.columns().toArray(String[]::new));
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        if (expected.containsKey("error")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> discretizer.fit(input));
            assertTrue(e.getMessage().contains("k-means"), e.getMessage());
            return;
        }
        KBinsDiscretizerModel model = discretizer.fit(input);
        Map<String, List<Object>> edges = (Map<String, List<Object>>) expected.get("bin_edges");
        for (String column : model.columns()) {
            double[] want = edges.get(column).stream().mapToDouble(KBinsDiscretizerReferenceTest::number).toArray();
            double[] got = model.binEdges(column);
            if (want.length == 1) {
                assertEquals(2, got.length, column + ": one bin kept");
                Tolerance.assertClose(want[0], got[0], TOLERANCE, column + " edge 0");
                Tolerance.assertClose(input.numberColumn(column).max(), got[1], TOLERANCE, column + " edge 1");
                continue;
            }
            assertEquals(want.length, got.length, column + ": " + java.util.Arrays.toString(got));
            for (int i = 0; i < want.length; i++) {
                Tolerance.assertClose(want[i], got[i], TOLERANCE, column + " edge " + i);
            }
        }
        Table query = Files.exists(reference.directory().resolve("query.csv")) ? reference.table("query.csv") : input;
        Table transformed = model.transform(query);
        Table wanted = reference.expected();
        TableAssertions.assertTableClose(wanted, transformed.selectColumns(wanted.columnNames().toArray(String[]::new)), 0);
        if (Files.exists(reference.directory().resolve("inverse.csv"))) {
            TableAssertions.assertTableClose(reference.table("inverse.csv"),
                    model.inverseTransform(transformed).selectColumns(model.columns().toArray(String[]::new)), TOLERANCE);
        }
    }

    private static double number(Object value) {
        return value instanceof String text ? Double.parseDouble(text) : ((Number) value).doubleValue();
    }

    /** The discretizer the case's parameters describe, scikit-learn's names and values translated. */
    @SuppressWarnings("unchecked")
    private static KBinsDiscretizer discretizer(Map<String, Object> params) {
        List<String> columns = (List<String>) params.get("columns");
        KBinsDiscretizer discretizer = new KBinsDiscretizer().columns(columns.toArray(String[]::new));
        Object nBins = params.get("n_bins");
        if (nBins instanceof Long bins) {
            discretizer = discretizer.nBins(bins.intValue());
        } else if (nBins instanceof List<?> perColumn) {
            for (int j = 0; j < columns.size(); j++) {
                discretizer = discretizer.nBins(columns.get(j), ((Long) perColumn.get(j)).intValue());
            }
        }
        if (params.containsKey("encode")) {
            discretizer = discretizer.encode("ordinal".equals(params.get("encode")) ? KBinsDiscretizer.Encode.ORDINAL
                    : KBinsDiscretizer.Encode.ONEHOT);
        }
        if (params.containsKey("strategy")) {
            discretizer = discretizer.strategy(KBinsDiscretizer.Strategy.valueOf(((String) params.get("strategy"))
                    .toUpperCase(java.util.Locale.ROOT)));
        }
        if (params.containsKey("subsample")) {
            discretizer = discretizer.subsample(((Long) params.get("subsample")).intValue());
        }
        return discretizer;
    }
}
