package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DrawSizeTest {

    @Test
    void aFractionTruncatesAsScikitLearnAndACountIsItself() {
        assertEquals(569, DrawSize.ALL.of(569));
        assertEquals(284, DrawSize.fraction(0.5).of(569)); // int(0.5 * 569)
        assertEquals(7, DrawSize.fraction(0.25).of(30)); // int(7.5)
        assertEquals(0, DrawSize.fraction(0.01).of(30));
        assertEquals(7, DrawSize.count(7).of(30));
        assertEquals(40, DrawSize.count(40).of(30)); // the caller refuses more than there are
    }

    @Test
    void printsAsScikitLearnsFloatOrInt() {
        assertEquals("0.5", DrawSize.fraction(0.5).toString());
        assertEquals("1.0", DrawSize.ALL.toString());
        assertEquals("7", DrawSize.count(7).toString());
    }

    @Test
    void badSizesAreRefused() {
        assertMessage("a draw size must be a fraction in (0, 1] or a whole count of at least 1, found the fraction 0.0",
                () -> DrawSize.fraction(0));
        assertMessage("found the fraction 1.5", () -> DrawSize.fraction(1.5));
        assertMessage("found the fraction NaN", () -> DrawSize.fraction(Double.NaN));
        assertMessage("found the count 0.0", () -> DrawSize.count(0));
        assertMessage("found the count 2.5", () -> new DrawSize(false, 2.5));
        assertMessage("found the count 3.0E9", () -> new DrawSize(false, 3e9));
        assertMessage("maxSamples must be a fraction", () -> DrawSize.of(true, 2, "maxSamples"));
    }
}
