package io.github.prepkit.demo;

import io.github.prepkit.exercises.Algorithms;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code algorithms} topic: the interview coding challenges on small examples. */
final class AlgorithmsDemo {

    private AlgorithmsDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);

        show(tour, "Digit accumulator", "What is the sum of the digits of a number written as a string?",
                "\"-12.509\"", Algorithms.digitAccumulator("-12.509"));
        show(tour, "First non-repeating character", "Which character of a string occurs first and only once?",
                "\"interview\"", Algorithms.firstNonRepeating("interview").orElse("none"));
        List<Integer> a = List.of(1, 2, 5, 8);
        List<Integer> b = List.of(2, 4, 6);
        show(tour, "Merge sorted lists", "Merge two sorted lists into one sorted list in O(n + m).",
                a + " and " + b, Algorithms.mergeSortedLists(a, b));
        double[] first = {0, 0, 4, 3};
        double[] second = {2, 1, 6, 5};
        show(tour, "Rectangle overlap", "Do two rectangles, each given by two opposite corners, overlap?",
                Arrays.toString(first) + " and " + Arrays.toString(second), Algorithms.isOverlap(first, second));
        show(tour, "Palindrome permutation", "Can the letters of a string be rearranged into a palindrome?",
                "\"cacerra\"", Algorithms.permPalindrome("cacerra"));
        int[] nums = {3, 0, 1, 5, 2};
        show(tour, "Missing number", "Which number of 0..n is missing from an array of n distinct numbers?",
                Arrays.toString(nums), Algorithms.missingNumber(nums));
        List<Integer> readings = Arrays.asList(1, null, 2, 3, null, null, 5, null);
        show(tour, "Forward-fill nulls", "Replace every null with the most recent value before it.",
                readings, Algorithms.fillNone(readings));
        int[] heights = {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1};
        show(tour, "Trapped rain water", "How many units of rain water do bars of these heights trap?",
                Arrays.toString(heights), Algorithms.trappedRainWater(heights));
        show(tour, "Brute-force PIN", "Find a 4-digit PIN by trying every candidate against a checker.",
                "a checker that accepts \"4071\"", Algorithms.bruteForcePin("4071"::equals, 4).orElse("not found"));
    }

    private static void show(Tour tour, String title, String question, Object input, Object answer) {
        tour.heading(title);
        tour.question(question);
        tour.input(String.valueOf(input));
        tour.answer(answer);
    }
}
