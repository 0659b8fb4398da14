package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringsTest {

    @Test
    void aListIsCheckedAndCopied() {
        assertEquals(List.of(Scoring.R2, Scoring.ACCURACY), Scorings.check(List.of(Scoring.R2, Scoring.ACCURACY), "S"));
        assertEquals("S: scorings must hold at least one scoring, found none",
                assertThrows(IllegalArgumentException.class, () -> Scorings.check(List.of(), "S")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scorings.check(null, "S"));
        assertThrows(IllegalArgumentException.class, () -> Scorings.check(Arrays.asList(Scoring.R2, null), "S"));
    }

    @Test
    void namesMayNotRepeatEvenInAnotherCase() {
        Scoring upper = Scoring.of("R2", Scoring.R2.scorer());
        assertEquals("S: scoring name 'R2' is used twice (names are compared ignoring case)", assertThrows(
                IllegalArgumentException.class, () -> Scorings.check(List.of(Scoring.R2, upper), "S")).getMessage());
    }

    @Test
    void refitNamesOneScoringExactly() {
        List<Scoring> two = List.of(Scoring.ACCURACY, Scoring.F1_MACRO);
        assertEquals(1, Scorings.refitIndex(two, "f1_macro", "S"));
        assertEquals(0, Scorings.refitIndex(List.of(Scoring.R2), null, "S"));
        assertEquals(0, Scorings.refitIndex(List.of(Scoring.R2), "r2", "S"));
        assertEquals("S: refit names scoring 'F1_MACRO', which is not one of [accuracy, f1_macro]",
                assertThrows(IllegalArgumentException.class, () -> Scorings.refitIndex(two, "F1_MACRO", "S"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scorings.refitIndex(two, null, "S"));
        assertThrows(IllegalArgumentException.class, () -> Scorings.refitIndex(List.of(Scoring.R2), "accuracy", "S"));
    }

    @Test
    void columnsSayScoreForOneAndTheNameAmongSeveral() {
        assertEquals("score", Scorings.key(List.of("accuracy"), 0));
        assertEquals("f1_macro", Scorings.key(List.of("accuracy", "f1_macro"), 1));
    }
}
