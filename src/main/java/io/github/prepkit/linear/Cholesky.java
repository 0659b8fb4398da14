package io.github.prepkit.linear;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * The Cholesky factor of a small symmetric positive definite matrix (a Gram matrix or a Hessian), by Commons Math,
 * with the positivity test made relative to the matrix's scale so that the same data in other units factors alike.
 */
final class Cholesky {

    private final DecompositionSolver solver;

    private Cholesky(DecompositionSolver solver) {
        this.solver = solver;
    }

    /**
     * Factors the symmetric {@code size x size} row-major {@code matrix}, or returns empty if it is not numerically
     * positive definite: if a pivot falls to {@code relativeThreshold} times the largest diagonal entry or below.
     */
    static Optional<Cholesky> of(double[] matrix, int size, double relativeThreshold) {
        double[][] rows = new double[size][];
        for (int a = 0; a < size; a++) {
            rows[a] = Arrays.copyOfRange(matrix, a * size, (a + 1) * size);
        }
        return of(rows, relativeThreshold);
    }

    /** As {@link #of(double[], int, double)}, for the matrix as rows, which it keeps (the caller gives them up). */
    static Optional<Cholesky> of(double[][] rows, double relativeThreshold) {
        double largest = 0;
        for (int a = 0; a < rows.length; a++) {
            largest = Math.max(largest, rows[a][a]);
        }
        try {
            CholeskyDecomposition decomposition = new CholeskyDecomposition(new Array2DRowRealMatrix(rows, false),
                    CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, relativeThreshold * largest);
            return Optional.of(new Cholesky(decomposition.getSolver()));
        } catch (NonPositiveDefiniteMatrixException e) {
            return Optional.empty();
        }
    }

    /** The solution x of A x = b. */
    double[] solve(double[] b) {
        return solver.solve(new ArrayRealVector(b, false)).toArray();
    }
}
