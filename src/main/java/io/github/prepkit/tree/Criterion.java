package io.github.prepkit.tree;

/**
 * How a classification tree measures the impurity of a node, as scikit-learn's {@code criterion}. Both favour
 * pure children and usually pick the same splits; Gini is cheaper to evaluate.
 */
public enum Criterion {
    /** Gini impurity 1 - sum of p_k^2, the chance of mislabelling a row drawn at random; scikit-learn's default. */
    GINI,
    /** Shannon entropy -sum of p_k log2 p_k, in bits as scikit-learn; the split maximises information gain. */
    ENTROPY
}
