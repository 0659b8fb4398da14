package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HalvingScheduleTest {

    @Test
    void exhaustStartsAsLateAsLetsTheLastRoundUseMostRows() {
        // 30 candidates, factor 3: 1 + floor(log3 30) = 4 rounds; 1000 // 27 = 37 rows first
        HalvingSchedule schedule = HalvingSchedule.plan(30, 3, 10, 1000, true, false);
        assertEquals(List.of(37, 111, 333, 999), schedule.nResources());
        assertEquals(List.of(30, 10, 4, 2), schedule.nCandidates());
        assertEquals(4, schedule.nIterations());
        assertEquals(4, schedule.nRequiredIterations());
        assertEquals(4, schedule.nPossibleIterations());
        assertEquals(37, schedule.minResources());
        assertEquals(1, schedule.nRemainingCandidates());
    }

    @Test
    void withoutExhaustTheRowsMayStopTheRoundsEarly() {
        // from 20 rows of 200: 1 + floor(log3 10) = 3 rounds possible, 5 required for 100 candidates
        HalvingSchedule schedule = HalvingSchedule.plan(100, 3, 20, 200, false, false);
        assertEquals(List.of(20, 60, 180), schedule.nResources());
        assertEquals(List.of(100, 34, 12), schedule.nCandidates());
        assertEquals(4, schedule.nRemainingCandidates());
        HalvingSchedule aggressive = HalvingSchedule.plan(100, 3, 20, 200, false, true);
        assertEquals(List.of(20, 20, 20, 60, 180), aggressive.nResources());
        assertEquals(List.of(100, 34, 12, 4, 2), aggressive.nCandidates());
    }

    @Test
    void logarithmsRoundAsPythonsDo() {
        // math.log(243, 3) is 4.999999999999999 in Python, so 243 candidates need 5 rounds, not 6
        assertEquals(5, HalvingSchedule.plan(243, 3, 24, 2000, true, false).nRequiredIterations());
        assertEquals(List.of(1), HalvingSchedule.plan(1, 3, 10, 100, true, false).nCandidates());
        assertEquals(List.of(100), HalvingSchedule.plan(1, 3, 10, 100, true, false).nResources());
    }

    @Test
    void aFractionalFactorMultipliesAndTruncates() {
        HalvingSchedule schedule = HalvingSchedule.plan(10, 1.5, 10, 100, false, false);
        assertEquals(List.of(10, 15, 22, 33, 50, 75), schedule.nResources());
        assertEquals(List.of(10, 7, 5, 4, 3, 2), schedule.nCandidates());
    }

    @Test
    void floorDivisionIsPythons() {
        assertEquals(3.0, HalvingSchedule.floorDivide(7, 2));
        assertEquals(-4.0, HalvingSchedule.floorDivide(-7, 2));
        assertEquals(9.0, HalvingSchedule.floorDivide(1, 0.1), "Python: 1 // 0.1 == 9.0");
        assertEquals(3.0, HalvingSchedule.floorDivide(7.5, 2.5));
        assertEquals(0.0, HalvingSchedule.floorDivide(2, 3));
    }

    @Test
    void roundsNumberTheRowsOfTheResults() {
        HalvingSchedule schedule = new HalvingSchedule(List.of(10, 30), List.of(3, 1), 2, 2, 10, 30, 1);
        assertArrayEquals(new int[] {0, 0, 0, 1}, schedule.rounds());
    }

    @Test
    void theListsMustPair() {
        assertEquals("HalvingSchedule: 2 resource counts for 1 candidate counts; one of each per round",
                assertThrows(IllegalArgumentException.class, () -> new HalvingSchedule(List.of(1, 3), List.of(2), 1, 1,
                        1, 3, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HalvingSchedule(null, List.of(2), 1, 1, 1, 3, 1));
    }
}
