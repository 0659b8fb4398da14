// prepkit notebook 01: the interview exercises on Tablesaw.
// Open it with:  notebooks-java/open 01-interview-exercises.jsh   (from the repository root)
// Loaded from a file, JShell prints only what a snippet prints, so show(...) prints each result;
// at the prompt afterwards, any expression you type is echoed.

import io.github.prepkit.data.Datasets;
import io.github.prepkit.exercises.Algorithms;
import io.github.prepkit.exercises.PandasExercises;
import io.github.prepkit.stats.TTest;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

// --- The bundled data sets: Datasets.load(name) returns a fresh Tablesaw table. ---
show("Datasets.names()", Datasets.names());
Table rain = Datasets.load("rainfall");
System.out.println(rain.first(6).print());

// --- Median rainfall on rainy days: dry days (0) and the missing reading are left out. ---
show("median rainfall on rainy days (in)", PandasExercises.medianRainfall(rain));

// --- Median imputation: a new table; the loaded one keeps its missing prices. ---
Table cheeses = Datasets.load("california_cheeses");
Table pricedCheeses = PandasExercises.imputeCheesePrice(cheeses);
System.out.println(pricedCheeses.print());
show("missing prices before", cheeses.column("price").countMissing());
show("missing prices after", pricedCheeses.column("price").countMissing());

// --- Students with a grade above 90 whose favourite colour is green or red. ---
Table students = Datasets.load("students");
System.out.println(PandasExercises.gradesColors(students).print());

// --- The one-sample t statistic, and the full test behind it (degrees of freedom, p-value). ---
Table sample = Datasets.load("ttest_var");
show("t against 5.0", PandasExercises.tValue(sample, 5.0));
show("the whole test", TTest.oneSample(sample.numberColumn("var").asDoubleArray(), 5.0));

// --- The coding challenges. ---
show("digitAccumulator(\"-12.509\")", Algorithms.digitAccumulator("-12.509"));
show("firstNonRepeating(\"interview\")", Algorithms.firstNonRepeating("interview"));
show("mergeSortedLists", Algorithms.mergeSortedLists(List.of(1, 2, 5), List.of(2, 4, 6)));
show("overlapping rectangles", Algorithms.isOverlap(new double[] {0, 0, 4, 3}, new double[] {2, 1, 6, 5}));
show("rectangles touching along an edge", Algorithms.isOverlap(new double[] {0, 0, 2, 2}, new double[] {2, 0, 4, 2}));
show("permPalindrome(\"cacerra\")", Algorithms.permPalindrome("cacerra"));
show("missingNumber({3, 0, 1})", Algorithms.missingNumber(new int[] {3, 0, 1}));
show("fillNone (a leading null stays null)", Algorithms.fillNone(Arrays.asList(null, 1, null, 2, null)));
show("trappedRainWater", Algorithms.trappedRainWater(new int[] {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}));
show("bruteForcePin", Algorithms.bruteForcePin("4071"::equals, 4));

// --- Bad input fails with a message that names the problem. ---
try {
    PandasExercises.medianRainfall(students);
} catch (IllegalArgumentException e) {
    show("medianRainfall(students) fails", e.getMessage());
}
