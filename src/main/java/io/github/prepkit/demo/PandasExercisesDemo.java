package io.github.prepkit.demo;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.exercises.PandasExercises;
import io.github.prepkit.stats.TTest;
import java.io.PrintStream;
import tech.tablesaw.api.Table;

/** The {@code pandas} topic: the pandas interview questions answered on the bundled tables. */
final class PandasExercisesDemo {

    private PandasExercisesDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);

        Table rain = Datasets.load("rainfall");
        tour.heading("Median rainfall on rainy days");
        tour.question("What is the median rainfall, in inches, over the days on which it rained?");
        tour.input(rain);
        tour.answer(String.format("%.3f in (PandasExercises.medianRainfall)", PandasExercises.medianRainfall(rain)));

        Table cheeses = Datasets.load("california_cheeses");
        tour.heading("Median imputation of cheese prices");
        tour.question("Fill each missing cheese price with the median of the known prices.");
        tour.input(cheeses);
        tour.answer(PandasExercises.imputeCheesePrice(cheeses));

        Table students = Datasets.load("students");
        tour.heading("Students by grade and colour");
        tour.question("Which students have a grade above 90 and a favourite colour of green or red?");
        tour.input(students);
        tour.answer(PandasExercises.gradesColors(students));

        Table sample = Datasets.load("ttest_var");
        double mu0 = 5.0;
        TTest test = TTest.oneSample(sample, "var", mu0);
        tour.heading("One-sample t statistic");
        tour.question("Is the mean of column var different from " + mu0 + "? Compute the t statistic.");
        tour.input(sample);
        tour.answer(String.format("t = %.4f (PandasExercises.tValue); %.0f degrees of freedom, two-sided p = %.4f",
                PandasExercises.tValue(sample, mu0), test.degreesOfFreedom(), test.pValue()));
    }
}
