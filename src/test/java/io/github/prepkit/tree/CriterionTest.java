package io.github.prepkit.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CriterionTest {

    /**
     * x = 1..6 labelled a a b c a c. Weighted child impurities (rows * impurity) of the two best stumps:
     * x <= 2.5 parts {a a} | {b c a c}: Gini 0 + 4 * (1 - 1/16 - 1/16 - 4/16) = 2.5, entropy 0 + 4 * 1.5 = 6;
     * x <= 3.5 parts {a a b} | {c a c}: Gini 2 * 3 * 4/9 = 2.67, entropy 2 * 3 * H(2/3, 1/3) = 5.51.
     * (x <= 1.5: 3.2 and 7.61; x <= 4.5: 3.5 and 8; x <= 5.5: 2.8 and 6.86.) So Gini cuts at 2.5, entropy at 3.5.
     */
    private static Table data() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                StringColumn.create("y", "a", "a", "b", "c", "a", "c"));
    }

    private static DecisionTreeClassifierModel stump(Criterion criterion) {
        return new DecisionTreeClassifier().criterion(criterion).maxDepth(1).fit(data(), "y");
    }

    private static Table three() {
        return Table.create("q", DoubleColumn.create("x", new double[] {3}));
    }

    @Test
    void giniAndEntropyCutAtDifferentThresholds() {
        // sklearn 1.2.1 DecisionTreeClassifier(criterion=..., max_depth=1).fit(x, y).tree_.threshold[0]: 2.5 and 3.5
        assertEquals(2.5, stump(Criterion.GINI).tree().threshold(0));
        assertEquals(3.5, stump(Criterion.ENTROPY).tree().threshold(0));
    }

    @Test
    void theCriterionDecidesTheClassOfARowBetweenTheCuts() {
        // x = 3: Gini's right leaf {b c a c} gives [1/4, 1/4, 1/2], entropy's left leaf {a a b} [2/3, 1/3, 0]
        // (sklearn 1.2.1 predict [[3]]: 'c' and 'a', predict_proba the same fractions)
        assertEquals(List.of("c"), stump(Criterion.GINI).predict(three()).asList());
        assertEquals(List.of("a"), stump(Criterion.ENTROPY).predict(three()).asList());
        Table entropy = stump(Criterion.ENTROPY).predictProba(three());
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0}, new double[] {entropy.doubleColumn("a").getDouble(0),
            entropy.doubleColumn("b").getDouble(0), entropy.doubleColumn("c").getDouble(0)}, 1e-12);
    }

    @Test
    void theRootImpurityIsGiniOrEntropyInBits() {
        // class shares 1/2, 1/6, 1/3: Gini 1 - (9 + 1 + 4) / 36 = 11/18; entropy 1/2 + log2(6) / 6 + log2(3) / 3
        // (sklearn 1.2.1 tree_.impurity[0]: 0.6111111111111112 and 1.4591479170272446)
        assertEquals(11.0 / 18, stump(Criterion.GINI).tree().impurity(0), 1e-15);
        assertEquals(1.4591479170272446, stump(Criterion.ENTROPY).tree().impurity(0), 1e-15);
    }
}
