package io.github.prepkit.outliers;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Every reference case under {@code outliers/}: z-score and IQR flags from scipy 1.10.1 and pandas 1.5.3 (exact),
 * Mahalanobis distances from {@code scipy.spatial.distance.mahalanobis} with numpy's sample covariance (1e-9).
 */
class OutliersReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("outliers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScipyAndPandas(ReferenceCase reference) {
        Table input = reference.input();
        Table actual = Table.create("actual",
                flags("zscore_outlier", new ZScoreDetector().fit(input).outliers(input)),
                flags("iqr_outlier", new IqrDetector().fit(input).outliers(input)),
                DoubleColumn.create("mahalanobis", new MahalanobisDetector().fit(input).scores(input)));
        TableAssertions.assertTableClose(reference.expected(), actual, 1e-9);
    }

    private static IntColumn flags(String name, boolean[] outliers) {
        return IntColumn.create(name, IntStream.range(0, outliers.length).map(i -> outliers[i] ? 1 : 0).toArray());
    }
}
