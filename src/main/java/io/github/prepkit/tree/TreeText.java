package io.github.prepkit.tree;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A tree as indented text in the layout of scikit-learn's {@code export_text}: one line per test, the left
 * branch ({@code <=}) before the right ({@code >}), and one line per leaf.
 */
final class TreeText {

    private TreeText() {
    }

    /**
     * Renders {@code tree} with {@code featureNames} and thresholds to {@code decimals} places; {@code leaf} gives
     * a leaf's text from its node index ({@code "class: setosa"}, {@code "value: [12.30]"}).
     *
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    static String render(Tree tree, List<String> featureNames, int decimals, IntFunction<String> leaf) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be at least 0, found " + decimals);
        }
        StringBuilder text = new StringBuilder();
        render(tree, featureNames, decimals, leaf, 0, 1, text);
        return text.toString();
    }

    private static void render(Tree tree, List<String> names, int decimals, IntFunction<String> leaf, int node,
            int depth, StringBuilder text) {
        String indent = "|   ".repeat(depth - 1) + "|---";
        if (tree.isLeaf(node)) {
            text.append(indent).append(' ').append(leaf.apply(node)).append('\n');
            return;
        }
        String name = names.get(tree.feature(node));
        String threshold = decimals(tree.threshold(node), decimals);
        text.append(indent).append(' ').append(name).append(" <= ").append(threshold).append('\n');
        render(tree, names, decimals, leaf, tree.left(node), depth + 1, text);
        text.append(indent).append(' ').append(name).append(" >  ").append(threshold).append('\n');
        render(tree, names, decimals, leaf, tree.right(node), depth + 1, text);
    }

    /**
     * {@code value} with {@code places} decimals as Python's {@code "{:.2f}"}: the exact binary value rounded half
     * to even, with the sign kept on a negative value that rounds to zero ({@code -0.00}).
     */
    static String decimals(double value, int places) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
        return sign + new BigDecimal(Math.abs(value)).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
