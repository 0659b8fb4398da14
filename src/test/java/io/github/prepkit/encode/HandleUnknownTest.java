package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The one choice both encoders share, each accepting scikit-learn's own options for it. */
class HandleUnknownTest {

    private static final Table TRAIN = Table.create("t", StringColumn.create("c", "a", "b"));
    private static final Table UNSEEN = Table.create("t", StringColumn.create("c", "a", "z"));

    @Test
    void eachEncoderAcceptsItsOwnChoicesAndRefusesTheOther() {
        assertArrayEquals(new int[] {0, 0}, new OneHotEncoder().handleUnknown(HandleUnknown.IGNORE).fit(TRAIN)
                .transform(UNSEEN).intColumn("c_b").asIntArray());
        assertArrayEquals(new double[] {0, -1}, new OrdinalEncoder().handleUnknown(HandleUnknown.ERROR).unknownValue(-1)
                .fit(TRAIN).transform(UNSEEN).doubleColumn("c").asDoubleArray());
        assertRejected(() -> new OneHotEncoder().handleUnknown(HandleUnknown.USE_ENCODED_VALUE),
                "OneHotEncoder: handleUnknown must be ERROR or IGNORE");
        assertRejected(() -> new OrdinalEncoder().handleUnknown(HandleUnknown.IGNORE),
                "OrdinalEncoder: handleUnknown must be ERROR or USE_ENCODED_VALUE");
    }

    @Test
    void errorIsBothEncodersDefault() {
        assertEquals(HandleUnknown.ERROR, new OneHotEncoder().handleUnknown());
        assertEquals(HandleUnknown.ERROR, new OrdinalEncoder().handleUnknown());
        assertRejected(() -> new OneHotEncoder().fit(TRAIN).transform(UNSEEN), "'z'", "row 1");
        assertRejected(() -> new OrdinalEncoder().fit(TRAIN).transform(UNSEEN), "'z'", "row 1");
    }
}
