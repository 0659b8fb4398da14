package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** {@link TablesawWarmUp} may be started any number of times, from any thread, and leaves Tablesaw usable. */
class TablesawWarmUpTest {

    @Test
    void startingAgainAndUsingTablesawMeanwhileIsHarmless() throws InterruptedException {
        Thread other = new Thread(TablesawWarmUp::start);
        other.start();
        TablesawWarmUp.start();
        assertEquals("t", Table.create("t").name());
        other.join();
        TablesawWarmUp.start();
    }
}
