package io.github.prepkit.featureselection;

import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How a univariate selector scores each numeric feature column against the target, as scikit-learn's score functions:
 * {@link #F_CLASSIF} ({@code f_classif}, the ANOVA F-test across classes), {@link #F_REGRESSION} ({@code f_regression},
 * the F-test of a linear fit), {@link #CHI2} ({@code chi2}, for non-negative counts) and {@link #mutualInfoClassif()}
 * ({@code mutual_info_classif}, a k-nearest-neighbour estimate). Every function refuses missing and infinite values,
 * naming the column, as scikit-learn does.
 */
public sealed interface ScoreFunction permits ScoreFunction.FClassif, ScoreFunction.FRegression, ScoreFunction.Chi2,
        ScoreFunction.MutualInfoClassif {

    /** scikit-learn's {@code f_classif}: F = between-class mean square / within-class mean square. */
    FClassif F_CLASSIF = new FClassif();

    /** scikit-learn's {@code f_regression} with {@code center=True}: F of the correlation with a numeric target. */
    FRegression F_REGRESSION = new FRegression(true);

    /** scikit-learn's {@code chi2}: observed against expected per-class totals of non-negative features. */
    Chi2 CHI2 = new Chi2();

    /** scikit-learn's {@code mutual_info_classif} with its defaults: 3 neighbours, here seed 0. */
    static MutualInfoClassif mutualInfoClassif() {
        return new MutualInfoClassif(3, 0);
    }

    /**
     * Scores every numeric column of {@code features} against {@code target}; neither is modified.
     *
     * @throws IllegalArgumentException if the tables cannot be scored: no rows, a target of another length, a
     *                                  missing or infinite feature value, a target of the wrong kind (fewer than two
     *                                  classes, or not numeric for {@code f_regression}), a negative value for chi²
     */
    default Scores score(Table features, Column<?> target) {
        return Scoring.score(this, List.of(), features, target, name());
    }

    /** The function's scikit-learn name, which messages use. */
    String name();

    /** scikit-learn's {@code f_classif} (see {@link #F_CLASSIF}); a constant column scores NaN, p-value NaN. */
    record FClassif() implements ScoreFunction {
        /** {@code "f_classif"}. */
        @Override
        public String name() {
            return "f_classif";
        }
    }

    /**
     * scikit-learn's {@code f_regression}: F = r² / (1 - r²) (n - 2) from the Pearson correlation r (n - 1 and the
     * uncentred correlation without {@code center}); as its {@code force_finite}, a constant column scores 0 with
     * p-value 1, and a perfectly correlated one the largest double with p-value 0.
     *
     * @param center whether to centre the feature and the target (default true)
     */
    record FRegression(boolean center) implements ScoreFunction {
        /** {@code "f_regression"}. */
        @Override
        public String name() {
            return "f_regression";
        }
    }

    /** scikit-learn's {@code chi2} (see {@link #CHI2}); an all-zero column scores NaN, p-value NaN. */
    record Chi2() implements ScoreFunction {
        /** {@code "chi2"}. */
        @Override
        public String name() {
            return "chi2";
        }
    }

    /**
     * scikit-learn's {@code mutual_info_classif} on continuous features (its {@code discrete_features='auto'} for a
     * dense table): each column scaled to unit standard deviation, a small seeded noise added (1e-10 x max(1, mean
     * |x|) x a standard normal draw, as scikit-learn's, but from our generator, so equal to scikit-learn's only up to
     * that noise), then Ross's k-nearest-neighbour estimator. No p-values.
     *
     * @param nNeighbors the neighbours of the estimate (default 3), at least 1
     * @param seed       the seed of the noise (scikit-learn's {@code random_state}; ours defaults to 0)
     */
    record MutualInfoClassif(int nNeighbors, long seed) implements ScoreFunction {

        /** Validates the number of neighbours. */
        public MutualInfoClassif {
            if (nNeighbors < 1) {
                throw new IllegalArgumentException("mutual_info_classif: nNeighbors must be at least 1, found "
                        + nNeighbors);
            }
        }

        /** A copy with {@code nNeighbors} neighbours. */
        public MutualInfoClassif nNeighbors(int nNeighbors) {
            return new MutualInfoClassif(nNeighbors, seed);
        }

        /** A copy drawing its noise from {@code seed}. */
        public MutualInfoClassif seed(long seed) {
            return new MutualInfoClassif(nNeighbors, seed);
        }

        /** {@code "mutual_info_classif"}. */
        @Override
        public String name() {
            return "mutual_info_classif";
        }
    }
}
