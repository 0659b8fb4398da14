package io.github.prepkit.exercises;

import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The coding challenges of a Python machine-learning interview, in plain Java. Each method states the
 * question and the approach in its Javadoc; bad input fails with an {@link IllegalArgumentException}
 * that names the parameter, never with a silent wrong answer.
 */
public final class Algorithms {

    /** The longest PIN {@link #bruteForcePin} searches: 10^18 tries is the largest power of ten a long holds. */
    private static final int MAX_PIN_DIGITS = 18;

    private Algorithms() {
    }

    /**
     * Question: given a number written as a string, such as {@code "-12.509"}, return the sum of its
     * digits (here 17). Approach: one pass that checks the string is a decimal number (an optional sign,
     * then ASCII digits with at most one decimal point, at least one digit) while adding the value of every
     * digit; O(n) time, even on long input that fails at its last character (a regular expression such as
     * {@code \d+\.?\d*} backtracks there in O(n²)). The sum is a long: at most 9 per character, it cannot
     * overflow for any string Java can hold, where an int would overflow beyond 238,609,294 nines.
     *
     * @param number a decimal number, such as {@code "-12.509"}
     * @return the sum of its digits
     * @throws IllegalArgumentException if {@code number} is not a decimal number, naming the first character
     *                                  that is not allowed and its index
     */
    public static long digitAccumulator(String number) {
        Checks.notNull(number, "number");
        int start = number.startsWith("+") || number.startsWith("-") ? 1 : 0;
        long sum = 0;
        boolean seenDigit = false;
        boolean seenPoint = false;
        for (int i = start; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                sum += c - '0';
                seenDigit = true;
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                throw notADecimalNumber(number, "'" + Character.toString(number.codePointAt(i)) + "' at index " + i);
            }
        }
        if (!seenDigit) {
            throw notADecimalNumber(number, "no digit");
        }
        return sum;
    }

    private static IllegalArgumentException notADecimalNumber(String number, String found) {
        return new IllegalArgumentException("number must be a decimal number such as \"-12.509\" (an optional sign,"
                + " digits and at most one decimal point), found " + found + " in " + quoted(number));
    }

    /** The string in quotes for an error message; only its start (never half a code point) and length if long. */
    private static String quoted(String s) {
        if (s.length() <= 40) {
            return "\"" + s + "\"";
        }
        int end = Character.isHighSurrogate(s.charAt(29)) ? 29 : 30;
        return "\"" + s.substring(0, end) + "…\" (" + s.length() + " characters)";
    }

    /**
     * Question: return the first character of a string that occurs only once in it. Approach: count every
     * character in one pass, then return the first whose count is 1 in a second pass; O(n) time. A character
     * is a Unicode code point, so an emoji such as {@code "😀"} (two Java {@code char}s) counts as one and
     * comes back whole: the answer is a {@code String} of one code point, as Python returns a one-character
     * {@code str}. Code points are compared exactly: case-sensitive and not normalised, so {@code "é"} written
     * as e plus a combining accent is two characters. Empty when every character repeats or the string is
     * empty.
     *
     * @param s the string to search
     * @return the first character that occurs once, or empty
     */
    public static Optional<String> firstNonRepeating(String s) {
        Checks.notNull(s, "s");
        Map<Integer, Integer> counts = new HashMap<>();
        s.codePoints().forEach(codePoint -> counts.merge(codePoint, 1, Integer::sum));
        return s.codePoints().filter(codePoint -> counts.get(codePoint) == 1)
                .mapToObj(Character::toString).findFirst();
    }

    /**
     * Question: merge two lists sorted in ascending order into one sorted list. Approach: two pointers,
     * one per list, each step taking the smaller head (the first list's on a tie, so the merge is stable);
     * O(n + m). The lists are walked with iterators, so a {@code LinkedList} costs no more than an
     * {@code ArrayList}. A new list is returned; the inputs are not modified.
     *
     * @param a a list sorted ascending
     * @param b another
     * @return a new sorted list of the elements of both
     * @throws IllegalArgumentException if a list holds null or is not sorted ascending
     */
    public static List<Integer> mergeSortedLists(List<Integer> a, List<Integer> b) {
        SortedCursor left = new SortedCursor(Checks.notNull(a, "a").iterator(), "a");
        SortedCursor right = new SortedCursor(Checks.notNull(b, "b").iterator(), "b");
        List<Integer> merged = new ArrayList<>(a.size() + b.size());
        while (left.head != null && right.head != null) {
            merged.add(left.head <= right.head ? left.advance() : right.advance());
        }
        while (left.head != null) {
            merged.add(left.advance());
        }
        while (right.head != null) {
            merged.add(right.advance());
        }
        return merged;
    }

    /** The head of a list being merged, checking as it advances that the list is sorted and holds no null. */
    private static final class SortedCursor {
        private final Iterator<Integer> rest;
        private final String name;
        private Integer head;
        private int index;

        SortedCursor(Iterator<Integer> rest, String name) {
            this.rest = rest;
            this.name = name;
            this.head = next();
        }

        /** Returns the head and moves to the next element. */
        Integer advance() {
            Integer taken = head;
            index++;
            head = next();
            if (head != null && head < taken) {
                throw new IllegalArgumentException(name + " must be sorted ascending, found " + head
                        + " at index " + index + " after " + taken);
            }
            return taken;
        }

        private Integer next() {
            if (!rest.hasNext()) {
                return null;
            }
            Integer value = rest.next();
            if (value == null) {
                throw new IllegalArgumentException(name + " must not hold null, found null at index " + index);
            }
            return value;
        }
    }

    /**
     * Question: do two axis-aligned rectangles overlap? Each is {@code {x1, y1, x2, y2}}, two opposite
     * corners in any order. Approach: they overlap when their x-intervals and their y-intervals both
     * overlap, that is when the larger left edge lies strictly left of the smaller right edge, and the same
     * for y; O(1). Rectangles that only touch along an edge or at a corner do not overlap, so neither does a
     * rectangle of zero width or height.
     *
     * @param rect1 {@code {x1, y1, x2, y2}}, two opposite corners
     * @param rect2 the other rectangle, likewise
     * @return whether their interiors share a point
     * @throws IllegalArgumentException if a rectangle does not have 4 finite coordinates
     */
    public static boolean isOverlap(double[] rect1, double[] rect2) {
        checkRectangle(rect1, "rect1");
        checkRectangle(rect2, "rect2");
        return intervalsOverlap(rect1[0], rect1[2], rect2[0], rect2[2])
                && intervalsOverlap(rect1[1], rect1[3], rect2[1], rect2[3]);
    }

    private static void checkRectangle(double[] rectangle, String name) {
        Checks.notNull(rectangle, name);
        if (rectangle.length != 4) {
            throw new IllegalArgumentException(name + " must hold 4 coordinates {x1, y1, x2, y2}, found "
                    + rectangle.length);
        }
        for (double coordinate : rectangle) {
            if (!Double.isFinite(coordinate)) {
                throw new IllegalArgumentException(name + " must hold finite coordinates, found "
                        + Arrays.toString(rectangle));
            }
        }
    }

    private static boolean intervalsOverlap(double a1, double a2, double b1, double b2) {
        return Math.max(Math.min(a1, a2), Math.min(b1, b2)) < Math.min(Math.max(a1, a2), Math.max(b1, b2));
    }

    /**
     * Question: can the characters of a string be rearranged into a palindrome ({@code "cacerra"} into
     * "racecar")? Approach: a palindrome pairs every character with its mirror except at most one in the
     * middle, so at most one character may occur an odd number of times; track the characters with an odd
     * count in a set, O(n). A character is a Unicode code point, so {@code "😀"} (two Java {@code char}s) is a
     * palindrome; every code point counts, spaces and case included, without normalisation. The empty string
     * is a palindrome.
     *
     * @param s the string
     * @return whether some ordering of its characters is a palindrome
     */
    public static boolean permPalindrome(String s) {
        Checks.notNull(s, "s");
        Set<Integer> oddCount = new HashSet<>();
        s.codePoints().forEach(codePoint -> {
            if (!oddCount.remove(codePoint)) {
                oddCount.add(codePoint);
            }
        });
        return oddCount.size() <= 1;
    }

    /**
     * Question: an array holds n distinct numbers from 0..n, so exactly one is missing; which? Approach:
     * the classic answers subtract the sum from n(n+1)/2 (needing a long to avoid overflow) or XOR
     * everything; both give a silent wrong answer on a duplicate or out-of-range value. This marks each
     * value in a bit set instead (n / 8 bytes), which rejects such input and involves no arithmetic that
     * can overflow; the answer is the first unmarked value. O(n).
     *
     * @param nums n distinct values from 0..n
     * @return the value of 0..n that is not among them
     * @throws IllegalArgumentException if a value is outside 0..n or occurs twice
     */
    public static int missingNumber(int[] nums) {
        Checks.notNull(nums, "nums");
        int n = nums.length;
        BitSet seen = new BitSet(n + 1);
        for (int i = 0; i < n; i++) {
            int value = nums[i];
            if (value < 0 || value > n) {
                throw new IllegalArgumentException("nums must hold values in 0.." + n + ", found " + value
                        + " at index " + i);
            }
            if (seen.get(value)) {
                throw new IllegalArgumentException("nums must hold distinct values, found " + value + " twice");
            }
            seen.set(value);
        }
        return seen.nextClearBit(0);
    }

    /**
     * Question: replace every null in a list with the most recent non-null value before it (pandas'
     * forward fill, {@code ffill}). Approach: one pass carrying the last value seen; O(n). Leading nulls,
     * which have no value before them, stay null, as pandas leaves leading NaN. A new list is returned.
     *
     * @param values the values, null for a missing one; not modified
     * @return a new list with each null after a value replaced by that value
     */
    public static List<Integer> fillNone(List<Integer> values) {
        Checks.notNull(values, "values");
        List<Integer> filled = new ArrayList<>(values.size());
        Integer last = null;
        for (Integer value : values) {
            if (value != null) {
                last = value;
            }
            filled.add(last);
        }
        return filled;
    }

    /**
     * Question: bars of the given heights stand side by side, each one unit wide; how much rain water is
     * trapped between them? Approach: the water above a bar is the lower of the highest bars to its left
     * and right, minus its height. Two pointers move inwards from both ends, always on the side with the
     * lower maximum, whose water level is then known; O(n) time, O(1) extra space, summed in a long.
     *
     * @param heights the bars' heights, left to right
     * @return the units of water trapped
     * @throws IllegalArgumentException if a height is negative
     */
    public static long trappedRainWater(int[] heights) {
        Checks.notNull(heights, "heights");
        for (int i = 0; i < heights.length; i++) {
            if (heights[i] < 0) {
                throw new IllegalArgumentException("heights must not be negative, found " + heights[i]
                        + " at index " + i);
            }
        }
        long water = 0;
        int left = 0;
        int right = heights.length - 1;
        int leftMax = 0;
        int rightMax = 0;
        while (left < right) {
            if (heights[left] <= heights[right]) {
                leftMax = Math.max(leftMax, heights[left]);
                water += leftMax - heights[left];
                left++;
            } else {
                rightMax = Math.max(rightMax, heights[right]);
                water += rightMax - heights[right];
                right--;
            }
        }
        return water;
    }

    /**
     * Question: find a PIN of {@code digits} digits by trying every candidate against a checker.
     * Approach: count through {@code "0…0"} to {@code "9…9"} in order like an odometer, stopping at the
     * first candidate the checker accepts; at most 10^digits tries. Empty if none is accepted. At most 18
     * digits: the count of tries, 10^digits, must fit a long, whose largest power of ten is 10^18 (some 30
     * years at a billion tries a second), so a longer PIN could never be searched through; refusing it also
     * keeps a huge {@code digits} from exhausting memory on its candidate.
     *
     * @param isCorrect accepts the right PIN
     * @param digits    the PIN's length, 1 to 18
     * @return the first PIN accepted, or empty
     * @throws IllegalArgumentException if {@code digits} is not in 1..18
     */
    public static Optional<String> bruteForcePin(Predicate<String> isCorrect, int digits) {
        Checks.notNull(isCorrect, "isCorrect");
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be at least 1, found " + digits);
        }
        if (digits > MAX_PIN_DIGITS) {
            throw new IllegalArgumentException("digits must be at most " + MAX_PIN_DIGITS + " (up to 10^digits"
                    + " candidates are tried, and 10^" + MAX_PIN_DIGITS + " is the largest power of ten a long holds),"
                    + " found " + digits);
        }
        char[] pin = new char[digits];
        Arrays.fill(pin, '0');
        while (true) {
            String candidate = new String(pin);
            if (isCorrect.test(candidate)) {
                return Optional.of(candidate);
            }
            int position = digits - 1;
            while (position >= 0 && pin[position] == '9') {
                pin[position--] = '0';
            }
            if (position < 0) {
                return Optional.empty();
            }
            pin[position]++;
        }
    }
}
