package io.github.prepkit.neighbors;

/**
 * Training rows laid out for the distance kernels: consecutive rows are grouped in blocks, and each block holds
 * one array per feature ({@code block(b)[j][t]} is feature j of row {@code start(b) + t}). A kernel then runs
 * over a block one feature array at a time, a loop over contiguous doubles that the JIT vectorises, and a block
 * is small enough to stay in the level-1 cache while a group of queries is compared with it.
 */
final class RowBlocks {

    /**
     * Bytes of one block of doubles: long rows per block spread each block's set-up over more rows, and the float
     * copy the Euclidean kernel screens (half the size) still fits a common 32 KiB level-1 cache.
     */
    private static final int CACHE_BYTES = 64 * 1024;

    private final int rows;
    private final int columns;
    private final int blockRows;
    private final double[][][] blocks;

    private RowBlocks(int rows, int columns, int blockRows, double[][][] blocks) {
        this.rows = rows;
        this.columns = columns;
        this.blockRows = blockRows;
        this.blocks = blocks;
    }

    /** The {@code rows x columns} row-major {@code values} cut into blocks; {@code values} is not kept. */
    static RowBlocks of(double[] values, int rows, int columns) {
        int blockRows = blockRows(columns);
        double[][][] blocks = new double[(rows + blockRows - 1) / blockRows][][];
        for (int b = 0; b < blocks.length; b++) {
            int start = b * blockRows;
            int length = Math.min(blockRows, rows - start);
            double[][] block = new double[columns][length];
            for (int t = 0; t < length; t++) {
                for (int j = 0; j < columns; j++) {
                    block[j][t] = values[(start + t) * columns + j];
                }
            }
            blocks[b] = block;
        }
        return new RowBlocks(rows, columns, blockRows, blocks);
    }

    /** Rows per block: as many as fill {@link #CACHE_BYTES}, a multiple of 8 between 32 and 512. */
    static int blockRows(int columns) {
        int fit = CACHE_BYTES / (Double.BYTES * Math.max(1, columns));
        return Math.max(32, Math.min(512, fit / 8 * 8));
    }

    /** The number of rows. */
    int rows() {
        return rows;
    }

    /** The number of features. */
    int columns() {
        return columns;
    }

    /** The most rows a block holds; every block but the last holds that many. */
    int blockRows() {
        return blockRows;
    }

    /** The number of blocks. */
    int count() {
        return blocks.length;
    }

    /** The index of block {@code b}'s first row. */
    int start(int b) {
        return b * blockRows;
    }

    /** The number of rows in block {@code b}. */
    int length(int b) {
        return Math.min(blockRows, rows - b * blockRows);
    }

    /** Block {@code b}, one array per feature; not a copy: callers must not modify it. */
    double[][] block(int b) {
        return blocks[b];
    }

    /** The rows as one row-major array, the values {@link #of} was given; a new array. */
    double[] rowMajor() {
        double[] values = new double[rows * columns];
        for (int b = 0; b < blocks.length; b++) {
            for (int j = 0; j < columns; j++) {
                double[] feature = blocks[b][j];
                for (int t = 0; t < feature.length; t++) {
                    values[(start(b) + t) * columns + j] = feature[t];
                }
            }
        }
        return values;
    }
}
