package io.github.prepkit.encode;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every {@code get_dummies} reference case under {@code encode/}: pandas 1.5.3's {@code get_dummies}, exactly, compared by
 * column name (the encoders' cases there are {@link OrdinalEncoderReferenceTest}'s and
 * {@link KBinsDiscretizerReferenceTest}'s).
 */
class EncodeReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("encode").stream()
                .filter(reference -> "pandas.get_dummies".equals(reference.params().get("function"))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getDummiesMatchesPandas(ReferenceCase reference) {
        Dummies.Options options = Dummies.options().dropFirst(flag(reference, "drop_first")).dummyNa(flag(reference, "dummy_na"));
        Table actual = Dummies.getDummies(reference.input(), options, columns(reference));
        TableAssertions.assertTableClose(reference.expected(), actual, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFittedModelGivesAFewTestRowsTheSameColumns(ReferenceCase reference) {
        OneHotEncoderModel model = new OneHotEncoder().columns(columns(reference))
                .dropFirst(flag(reference, "drop_first")).dummyNa(flag(reference, "dummy_na")).fit(reference.input());
        TableAssertions.assertTableClose(reference.expected().first(3), model.transform(reference.input().first(3)), 0);
    }

    @SuppressWarnings("unchecked")
    private static String[] columns(ReferenceCase reference) {
        return ((List<String>) reference.params().get("columns")).toArray(String[]::new);
    }

    private static boolean flag(ReferenceCase reference, String parameter) {
        return Boolean.TRUE.equals(reference.params().get(parameter));
    }
}
