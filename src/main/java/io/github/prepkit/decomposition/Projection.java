package io.github.prepkit.decomposition;

/**
 * Scores of rows on unit vectors, (x - shift) · v, on column arrays: the one kernel behind a fit's sign rule and a
 * model's transform. Rows are taken in blocks small enough for the block of every column and every score to stay in
 * cache, and each score is summed over the columns in column order, so a row's scores do not depend on the other rows
 * or on the block size.
 */
final class Projection {

    /** Rows per block: 512 rows of 50 columns and 50 scores are 400 KB. */
    private static final int BLOCK = 512;

    private Projection() {
    }

    /**
     * {@code scores[k][i]} = Σ_a (columns[a][i] - shift[a]) · vectors[k][a], summed over a in order.
     *
     * @param columns one array of {@code rows} values per column
     * @param shift   one value per column, subtracted first (zeros for centred columns)
     * @param vectors the vectors to score on, one value per column each
     */
    static double[][] scores(double[][] columns, double[] shift, double[][] vectors, int rows) {
        int width = columns.length;
        double[][] scores = new double[vectors.length][rows];
        double[] centred = new double[BLOCK];
        for (int from = 0; from < rows; from += BLOCK) {
            int to = Math.min(rows, from + BLOCK);
            for (int a = 0; a < width; a++) {
                double[] column = columns[a];
                double s = shift[a];
                for (int i = from; i < to; i++) {
                    centred[i - from] = column[i] - s;
                }
                for (int k = 0; k < vectors.length; k++) {
                    double weight = vectors[k][a];
                    double[] score = scores[k];
                    for (int i = from; i < to; i++) {
                        score[i] += centred[i - from] * weight;
                    }
                }
            }
        }
        return scores;
    }
}
