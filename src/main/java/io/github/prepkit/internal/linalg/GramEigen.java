package io.github.prepkit.internal.linalg;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The eigen-decomposition XᵀX = V diag(values) Vᵀ of a Gram matrix, by Commons Math, with the vector Xᵀy
 * expressed in its eigenbasis: the same spectral view of a regression that scikit-learn gets from the SVD of X
 * (values are the squared singular values), at O(p³) instead of O(n p²).
 */
final class GramEigen {

    /** The eigenvalues, clamped at 0 (a Gram matrix has none below; rounding can make a tiny one negative). */
    final double[] values;
    /** {@code vectors[k]} is the unit eigenvector of {@code values[k]}. */
    final double[][] vectors;
    /** Xᵀy in the eigenbasis: {@code projections[k]} = vectors[k] · Xᵀy. */
    final double[] projections;

    GramEigen(CrossProducts data) {
        int p = data.features;
        values = new double[p];
        vectors = new double[p][];
        projections = new double[p];
        if (p == 0) {
            return;
        }
        double[][] matrix = new double[p][p];
        for (int k = 0; k < p; k++) {
            System.arraycopy(data.xtx, k * p, matrix[k], 0, p);
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(matrix, false));
        for (int k = 0; k < p; k++) {
            values[k] = Math.max(0, eigen.getRealEigenvalue(k));
            vectors[k] = eigen.getEigenvector(k).toArray();
            double projection = 0;
            for (int l = 0; l < p; l++) {
                projection += vectors[k][l] * data.xty[l];
            }
            projections[k] = projection;
        }
    }

    /** Σ_k weights[k] · projections[k] · vectors[k]: the coefficients of a spectral filter. */
    double[] combine(double[] weights) {
        int p = values.length;
        double[] result = new double[p];
        for (int k = 0; k < p; k++) {
            double scale = weights[k] * projections[k];
            for (int l = 0; l < p; l++) {
                result[l] += scale * vectors[k][l];
            }
        }
        return result;
    }

    /** The largest eigenvalue, 0 for no feature. */
    double largest() {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, value);
        }
        return largest;
    }
}
