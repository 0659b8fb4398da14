package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void copiesItsArraysInAndOut() {
        int[] train = {0, 1};
        Fold fold = new Fold(train, new int[] {2});
        train[0] = 9;
        fold.train()[1] = 9;
        assertArrayEquals(new int[] {0, 1}, fold.train());
    }

    @Test
    void equalByContent() {
        assertEquals(new Fold(new int[] {0}, new int[] {1}), new Fold(new int[] {0}, new int[] {1}));
        assertEquals(new Fold(new int[] {0}, new int[] {1}).hashCode(), new Fold(new int[] {0}, new int[] {1}).hashCode());
        assertNotEquals(new Fold(new int[] {0}, new int[] {1}), new Fold(new int[] {1}, new int[] {0}));
        assertEquals("Fold[train=[0], test=[1]]", new Fold(new int[] {0}, new int[] {1}).toString());
    }
}
