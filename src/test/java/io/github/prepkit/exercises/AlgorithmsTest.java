package io.github.prepkit.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlgorithmsTest {

    /**
     * Large inputs finish well inside this limit when the algorithm is linear; a quadratic one would
     * need hours on them, so the limit separates the two without depending on the machine's speed.
     */
    private static final Duration LINEAR_LIMIT = Duration.ofSeconds(10);

    private static void assertRejected(String expectedMessagePart, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedMessagePart), e.getMessage());
    }

    @Nested
    class DigitAccumulator {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({"-12.509, 17", "0, 0", "7, 7", "+3., 3", ".5, 5", "1234567890, 45", "-0.001, 1"})
        void sumsTheDigits(String number, int expected) {
            assertEquals(expected, Algorithms.digitAccumulator(number));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "-", ".", "1.2.3", "12a", " 12", "1e5", "--1", "١٢", "+", "+.", "-.", "1..2",
                "+-1", "1.2.", "..5", "12 ", "12\n", "1,000", "１２", "12😀", "0x1F"})
        void rejectsWhatIsNotADecimalNumber(String number) {
            assertRejected("number must be a decimal number", () -> Algorithms.digitAccumulator(number));
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"12a|'a' at index 2", "1.2.3|'.' at index 3", "+-1|'-' at index 1",
                "-|no digit", "+.|no digit", "12😀|'😀' at index 2"})
        void namesWhatIsWrongAndWhere(String number, String found) {
            assertRejected("found " + found + " in \"" + number + "\"", () -> Algorithms.digitAccumulator(number));
        }

        @Test
        void signsAndPointsAroundTheDigits() {
            assertEquals(6, Algorithms.digitAccumulator("-123."));
            assertEquals(6, Algorithms.digitAccumulator("+.123"));
            assertEquals(0, Algorithms.digitAccumulator("-0"));
        }

        /** A backtracking pattern such as [+-]?(\d+\.?\d*|\.\d+) needed 7 s on 32,000 digits then x; hours on this. */
        @Test
        void refusesAMillionDigitsThenALetterInLinearTime() {
            String number = "9".repeat(1_000_000) + "x";
            IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                    () -> assertThrows(IllegalArgumentException.class, () -> Algorithms.digitAccumulator(number)));
            assertTrue(e.getMessage().contains("found 'x' at index 1000000 in \"999"), e.getMessage());
            assertTrue(e.getMessage().contains("…\" (1000001 characters)"), e.getMessage());
            assertTrue(e.getMessage().length() < 200, "the message quotes only the start of a long input");
        }

        @Test
        void refusesAMillionPointsQuickly() {
            String points = "1" + ".".repeat(1_000_000);
            assertTimeoutPreemptively(Duration.ofSeconds(1),
                    () -> assertRejected("found '.' at index 2", () -> Algorithms.digitAccumulator(points)));
        }

        @Test
        void neverQuotesHalfAnEmojiOfALongInput() {
            String number = "1".repeat(29) + "😀" + "1".repeat(20);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Algorithms.digitAccumulator(number));
            assertTrue(e.getMessage().contains("found '😀' at index 29 in \"" + "1".repeat(29) + "…\" (51 characters)"),
                    e.getMessage());
        }

        /** 238,609,295 nines sum to 2,147,483,655, beyond Integer.MAX_VALUE: the sum is a long. */
        @Test
        void sumsBeyondAnIntInALong() {
            int length = Integer.MAX_VALUE / 9 + 1;
            String nines = "9".repeat(length);
            assertEquals(9L * length, Algorithms.digitAccumulator(nines));
            assertTrue(9L * length > Integer.MAX_VALUE);
        }

        @Test
        void rejectsNull() {
            assertRejected("number must not be null", () -> Algorithms.digitAccumulator(null));
        }

        @Test
        void staysLinearOnAMillionDigits() {
            String nines = "9".repeat(1_000_000);
            assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertEquals(9_000_000, Algorithms.digitAccumulator(nines)));
        }
    }

    @Nested
    class FirstNonRepeating {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({"interview, n", "swiss, w", "a, a", "aA, a", "aabbc, c", "'a ba', ' '"})
        void findsTheFirstCharacterThatOccursOnce(String s, String expected) {
            assertEquals(Optional.of(expected), Algorithms.firstNonRepeating(s));
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({"😀, 😀", "😀😀😁, 😁", "😀😁😀, 😁", "😀a😀, a", "a😀a, 😀", "𝒜𝒜b, b", "ab😀ab, 😀"})
        void countsCodePointsSoAnEmojiIsOneCharacter(String s, String expected) {
            Optional<String> first = Algorithms.firstNonRepeating(s);
            assertEquals(Optional.of(expected), first);
            assertEquals(1, first.get().codePointCount(0, first.get().length()), "one whole code point");
        }

        @Test
        void neverReturnsHalfASurrogatePair() {
            // two emoji sharing their high surrogate: counted in chars, the low surrogate \uDE00 came first once
            assertEquals(Optional.of("😀"), Algorithms.firstNonRepeating("\uD83D\uDE00\uD83D\uDE01"));
        }

        @Test
        void combiningAccentsAreCodePointsOfTheirOwn() {
            // "é" as e + U+0301 and "e": the e repeats, the accent does not (no normalisation)
            assertEquals(Optional.of("\u0301"), Algorithms.firstNonRepeating("e\u0301e"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "aabbcc", "abab", "zz", "😀😀", "a😀😀a"})
        void isEmptyWhenEveryCharacterRepeats(String s) {
            assertEquals(Optional.empty(), Algorithms.firstNonRepeating(s));
        }

        @Test
        void rejectsNull() {
            assertRejected("s must not be null", () -> Algorithms.firstNonRepeating(null));
        }

        @Test
        void staysLinearOnAMillionCharacters() {
            String s = "ab".repeat(500_000) + "c" + "ba".repeat(500_000);
            assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertEquals(Optional.of("c"), Algorithms.firstNonRepeating(s)));
        }
    }

    @Nested
    class MergeSortedLists {

        @Test
        void mergesTwoSortedLists() {
            assertEquals(List.of(1, 2, 2, 4, 5, 6), Algorithms.mergeSortedLists(List.of(1, 2, 5), List.of(2, 4, 6)));
            assertEquals(List.of(-3, -1, 0, 0, 7), Algorithms.mergeSortedLists(List.of(-1, 0, 7), List.of(-3, 0)));
        }

        @Test
        void handlesEmptyAndSingleElementLists() {
            assertEquals(List.of(), Algorithms.mergeSortedLists(List.of(), List.of()));
            assertEquals(List.of(1, 3), Algorithms.mergeSortedLists(List.of(), List.of(1, 3)));
            assertEquals(List.of(1, 3), Algorithms.mergeSortedLists(List.of(1, 3), List.of()));
            assertEquals(List.of(2, 5), Algorithms.mergeSortedLists(List.of(5), List.of(2)));
        }

        @Test
        void leavesTheInputsAlone() {
            List<Integer> a = new ArrayList<>(List.of(1, 4));
            List<Integer> b = new ArrayList<>(List.of(2, 3));
            List<Integer> merged = Algorithms.mergeSortedLists(a, b);
            merged.add(9);
            assertEquals(List.of(1, 4), a);
            assertEquals(List.of(2, 3), b);
        }

        @Test
        void agreesWithSortingOnRandomLists() {
            Random random = new Random(42);
            for (int trial = 0; trial < 200; trial++) {
                List<Integer> a = sortedRandom(random, random.nextInt(20));
                List<Integer> b = sortedRandom(random, random.nextInt(20));
                List<Integer> expected = new ArrayList<>(a);
                expected.addAll(b);
                Collections.sort(expected);
                assertEquals(expected, Algorithms.mergeSortedLists(a, b));
            }
        }

        private List<Integer> sortedRandom(Random random, int size) {
            return random.ints(size, -10, 10).sorted().boxed().collect(Collectors.toList());
        }

        @Test
        void rejectsUnsortedListsAndNulls() {
            assertRejected("a must be sorted ascending, found 2 at index 2 after 5",
                    () -> Algorithms.mergeSortedLists(List.of(1, 5, 2), List.of()));
            assertRejected("b must be sorted ascending",
                    () -> Algorithms.mergeSortedLists(List.of(1), List.of(3, 2)));
            assertRejected("b must not hold null, found null at index 1",
                    () -> Algorithms.mergeSortedLists(List.of(1), Arrays.asList(0, null)));
            assertRejected("a must not be null", () -> Algorithms.mergeSortedLists(null, List.of()));
        }

        @Test
        void staysLinearOnLinkedListsOfAMillionElements() {
            List<Integer> evens = IntStream.range(0, 500_000).map(i -> 2 * i).boxed()
                    .collect(Collectors.toCollection(LinkedList::new));
            List<Integer> odds = IntStream.range(0, 500_000).map(i -> 2 * i + 1).boxed()
                    .collect(Collectors.toCollection(LinkedList::new));
            List<Integer> merged = assertTimeoutPreemptively(LINEAR_LIMIT, () -> Algorithms.mergeSortedLists(evens, odds));
            assertEquals(1_000_000, merged.size());
            assertEquals(999_999, merged.get(999_999));
        }
    }

    @Nested
    class IsOverlap {

        @Test
        void overlappingRectanglesInAnyCornerOrder() {
            assertTrue(Algorithms.isOverlap(new double[] {0, 0, 4, 3}, new double[] {2, 1, 6, 5}));
            assertTrue(Algorithms.isOverlap(new double[] {4, 3, 0, 0}, new double[] {6, 1, 2, 5}));
            assertTrue(Algorithms.isOverlap(new double[] {0, 3, 4, 0}, new double[] {2, 5, 6, 1}));
        }

        @Test
        void containmentIsOverlap() {
            assertTrue(Algorithms.isOverlap(new double[] {0, 0, 10, 10}, new double[] {2, 2, 3, 3}));
            assertTrue(Algorithms.isOverlap(new double[] {2, 2, 3, 3}, new double[] {0, 0, 10, 10}));
        }

        @Test
        void touchingEdgesOrCornersDoNotOverlap() {
            assertFalse(Algorithms.isOverlap(new double[] {0, 0, 2, 2}, new double[] {2, 0, 4, 2}));
            assertFalse(Algorithms.isOverlap(new double[] {0, 0, 2, 2}, new double[] {2, 2, 4, 4}));
            assertFalse(Algorithms.isOverlap(new double[] {0, 0, 2, 2}, new double[] {0, 2, 2, 4}));
        }

        @Test
        void separateOrFlatRectanglesDoNotOverlap() {
            assertFalse(Algorithms.isOverlap(new double[] {0, 0, 1, 1}, new double[] {5, 5, 6, 6}));
            assertFalse(Algorithms.isOverlap(new double[] {0, 0, 1, 1}, new double[] {0.5, 2, 0.7, 3}));
            assertFalse(Algorithms.isOverlap(new double[] {1, 0, 1, 5}, new double[] {0, 0, 2, 2}));
        }

        @Test
        void rejectsMalformedRectangles() {
            assertRejected("rect2 must hold 4 coordinates {x1, y1, x2, y2}, found 3",
                    () -> Algorithms.isOverlap(new double[] {0, 0, 1, 1}, new double[] {0, 0, 1}));
            assertRejected("rect1 must hold finite coordinates",
                    () -> Algorithms.isOverlap(new double[] {0, Double.NaN, 1, 1}, new double[] {0, 0, 1, 1}));
            assertRejected("rect1 must not be null", () -> Algorithms.isOverlap(null, new double[] {0, 0, 1, 1}));
        }
    }

    @Nested
    class PermPalindrome {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"cacerra", "racecar", "civic", "ivicc", "", "a", "aa", "aabbc", "tacocat"})
        void canBeRearrangedIntoAPalindrome(String s) {
            assertTrue(Algorithms.permPalindrome(s));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"civil", "livci", "ab", "Aa", "taco cat", "abcabcd e"})
        void cannotBeRearrangedIntoAPalindrome(String s) {
            assertFalse(Algorithms.permPalindrome(s));
        }

        /** Counted in chars, each emoji is two different units occurring once, so none of these was a palindrome. */
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"😀", "😀😁😀", "a😀a", "😀aa", "𝒜b𝒜", "😀😀😁😁👍"})
        void anEmojiIsOneCharacter(String s) {
            assertTrue(Algorithms.permPalindrome(s));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"😀😁", "😀a", "😀😁👍😀"})
        void emojiCountLikeAnyOtherCharacter(String s) {
            assertFalse(Algorithms.permPalindrome(s));
        }

        @Test
        void rejectsNull() {
            assertRejected("s must not be null", () -> Algorithms.permPalindrome(null));
        }

        @Test
        void staysLinearOnAMillionCharacters() {
            String s = "abcdefghij".repeat(100_000) + "z";
            assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertTrue(Algorithms.permPalindrome(s)));
        }
    }

    @Nested
    class MissingNumber {

        @Test
        void findsTheMissingNumber() {
            assertEquals(2, Algorithms.missingNumber(new int[] {3, 0, 1}));
            assertEquals(8, Algorithms.missingNumber(new int[] {9, 6, 4, 2, 3, 5, 7, 0, 1}));
        }

        @Test
        void edgeCases() {
            assertEquals(0, Algorithms.missingNumber(new int[0]));
            assertEquals(1, Algorithms.missingNumber(new int[] {0}));
            assertEquals(0, Algorithms.missingNumber(new int[] {1}));
            assertEquals(3, Algorithms.missingNumber(new int[] {0, 1, 2}));
        }

        @Test
        void noOverflowWhereTheSumOfZeroToNExceedsAnInt() {
            int n = 10_000_000; // n (n + 1) / 2 is about 5e13, far above Integer.MAX_VALUE
            int missing = 7_654_321;
            int[] nums = IntStream.rangeClosed(0, n).filter(i -> i != missing).toArray();
            shuffle(nums, new Random(1));
            assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertEquals(missing, Algorithms.missingNumber(nums)));
        }

        private void shuffle(int[] values, Random random) {
            for (int i = values.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
        }

        @Test
        void rejectsValuesOutOfRangeAndDuplicates() {
            assertRejected("nums must hold values in 0..3, found 4 at index 1",
                    () -> Algorithms.missingNumber(new int[] {0, 4, 1}));
            assertRejected("found -1", () -> Algorithms.missingNumber(new int[] {-1}));
            assertRejected("nums must hold distinct values, found 1 twice",
                    () -> Algorithms.missingNumber(new int[] {1, 1, 0}));
        }
    }

    @Nested
    class FillNone {

        @Test
        void carriesTheLastValueForward() {
            assertEquals(List.of(1, 1, 2, 3, 3, 3, 5, 5),
                    Algorithms.fillNone(Arrays.asList(1, null, 2, 3, null, null, 5, null)));
        }

        @Test
        void leadingNullsStayNull() {
            assertEquals(Arrays.asList(null, null, 4, 4), Algorithms.fillNone(Arrays.asList(null, null, 4, null)));
            assertEquals(Arrays.asList(null, null), Algorithms.fillNone(Arrays.asList(null, null)));
        }

        @Test
        void emptyAndSingleElementLists() {
            assertEquals(List.of(), Algorithms.fillNone(List.of()));
            assertEquals(List.of(7), Algorithms.fillNone(List.of(7)));
        }

        @Test
        void returnsANewListAndLeavesTheInputAlone() {
            List<Integer> values = Arrays.asList(1, null);
            Algorithms.fillNone(values);
            assertEquals(Arrays.asList(1, null), values);
        }

        @Test
        void staysLinearOnAMillionElements() {
            List<Integer> values = new LinkedList<>();
            for (int i = 0; i < 1_000_000; i++) {
                values.add(i % 3 == 0 ? i : null);
            }
            List<Integer> filled = assertTimeoutPreemptively(LINEAR_LIMIT, () -> Algorithms.fillNone(values));
            assertEquals(999_999, filled.get(999_999));
        }

        @Test
        void rejectsNull() {
            assertRejected("values must not be null", () -> Algorithms.fillNone(null));
        }
    }

    @Nested
    class TrappedRainWater {

        @Test
        void classicExamples() {
            assertEquals(6, Algorithms.trappedRainWater(new int[] {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}));
            assertEquals(9, Algorithms.trappedRainWater(new int[] {4, 2, 0, 3, 2, 5}));
        }

        @Test
        void nothingIsTrappedWithoutAValley() {
            assertEquals(0, Algorithms.trappedRainWater(new int[0]));
            assertEquals(0, Algorithms.trappedRainWater(new int[] {5}));
            assertEquals(0, Algorithms.trappedRainWater(new int[] {1, 2}));
            assertEquals(0, Algorithms.trappedRainWater(new int[] {1, 2, 3, 4}));
            assertEquals(0, Algorithms.trappedRainWater(new int[] {4, 3, 2, 1}));
            assertEquals(0, Algorithms.trappedRainWater(new int[] {3, 3, 3}));
        }

        @Test
        void resultCanExceedAnInt() {
            int max = Integer.MAX_VALUE;
            assertEquals(3L * max, Algorithms.trappedRainWater(new int[] {max, 0, 0, 0, max}));
        }

        @Test
        void agreesWithTheQuadraticDefinitionOnRandomBars() {
            Random random = new Random(7);
            for (int trial = 0; trial < 300; trial++) {
                int[] heights = random.ints(random.nextInt(30), 0, 10).toArray();
                assertEquals(waterByDefinition(heights), Algorithms.trappedRainWater(heights), Arrays.toString(heights));
            }
        }

        /** For each bar, the lower of the highest bars on either side (itself included) minus its height. */
        private long waterByDefinition(int[] heights) {
            long water = 0;
            for (int i = 0; i < heights.length; i++) {
                int left = Arrays.stream(heights, 0, i + 1).max().getAsInt();
                int right = Arrays.stream(heights, i, heights.length).max().getAsInt();
                water += Math.min(left, right) - heights[i];
            }
            return water;
        }

        @Test
        void staysLinearOnTenMillionBars() {
            int[] heights = new Random(3).ints(10_000_000, 0, 1000).toArray();
            assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertTrue(Algorithms.trappedRainWater(heights) > 0));
        }

        @Test
        void rejectsNegativeHeights() {
            assertRejected("heights must not be negative, found -1 at index 2",
                    () -> Algorithms.trappedRainWater(new int[] {1, 0, -1}));
        }
    }

    @Nested
    class BruteForcePin {

        @Test
        void findsThePinTryingCandidatesInOrder() {
            List<String> tried = new ArrayList<>();
            Optional<String> pin = Algorithms.bruteForcePin(candidate -> {
                tried.add(candidate);
                return candidate.equals("4071");
            }, 4);
            assertEquals(Optional.of("4071"), pin);
            assertEquals(4072, tried.size());
            assertEquals(List.of("0000", "0001", "0002"), tried.subList(0, 3));
            assertEquals("0999", tried.get(999));
        }

        @Test
        void keepsLeadingZeros() {
            assertEquals(Optional.of("007"), Algorithms.bruteForcePin("007"::equals, 3));
            assertEquals(Optional.of("0"), Algorithms.bruteForcePin(c -> true, 1));
        }

        @Test
        void triesEveryCandidateOnceThenGivesUp() {
            List<String> tried = new ArrayList<>();
            Optional<String> pin = Algorithms.bruteForcePin(candidate -> !tried.add(candidate), 2);
            assertEquals(Optional.empty(), pin);
            assertEquals(IntStream.range(0, 100).mapToObj(i -> String.format("%02d", i)).toList(), tried);
        }

        @Test
        void rejectsBadArguments() {
            assertAll(
                    () -> assertRejected("digits must be at least 1, found 0", () -> Algorithms.bruteForcePin(c -> true, 0)),
                    () -> assertRejected("found -2147483648", () -> Algorithms.bruteForcePin(c -> true, Integer.MIN_VALUE)),
                    () -> assertRejected("isCorrect must not be null", () -> Algorithms.bruteForcePin(null, 4)));
        }

        /** 10^18 tries is the most a long counts; Integer.MAX_VALUE digits used to end in OutOfMemoryError. */
        @ParameterizedTest(name = "{0} digits")
        @ValueSource(ints = {19, 20, 1_000_000, Integer.MAX_VALUE})
        void rejectsMoreDigitsThanALongCanCountTheTriesOf(int digits) {
            assertRejected("digits must be at most 18 (up to 10^digits candidates are tried, and 10^18 is the largest"
                    + " power of ten a long holds), found " + digits, () -> Algorithms.bruteForcePin(c -> true, digits));
        }

        @Test
        void eighteenDigitsAreSearched() {
            assertEquals(Optional.of("000000000000000042"),
                    Algorithms.bruteForcePin("000000000000000042"::equals, 18));
        }
    }
}
