package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlockOrderTest {

    @Test
    void groupsRowsByClusterKeepingRowOrder() {
        BlockOrder order = new BlockOrder(4);
        order.group(new int[] {2, 0, 2, 3, 0, 2, 9}, 6, 4);
        assertArrayEquals(new int[] {1, 4, 0, 2, 5, 3}, Arrays.copyOf(order.rows, 6));
        int[] starts = {order.start(0), order.start(1), order.start(2), order.start(3), order.start(4)};
        assertArrayEquals(new int[] {0, 2, 2, 5, 6}, starts, "cluster 1 is empty; the label past size is ignored");
    }

    @Test
    void aReusedOrderForgetsTheLastBlock() {
        BlockOrder order = new BlockOrder(2);
        order.group(new int[] {1, 1, 1}, 3, 2);
        order.group(new int[] {0, 1}, 2, 2);
        assertEquals(1, order.start(1));
        assertEquals(2, order.start(2));
        assertArrayEquals(new int[] {0, 1}, Arrays.copyOf(order.rows, 2));
    }
}
