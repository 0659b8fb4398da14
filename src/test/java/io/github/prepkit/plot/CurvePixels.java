package io.github.prepkit.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * The pixels of a chart image drawn in one colour (within a small distance, for anti-aliasing), for the chart tests
 * to check where a curve was drawn: its bounding box, its longest straight runs, and how many lie on a line.
 */
final class CurvePixels {

    private static final int CLOSE = 24;

    private final boolean[][] hit;
    private int count;
    private int left = Integer.MAX_VALUE;
    private int right = -1;
    private int top = Integer.MAX_VALUE;
    private int bottom = -1;

    private CurvePixels(BufferedImage image, Color colour) {
        hit = new boolean[image.getWidth()][image.getHeight()];
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) + Math.abs(pixel.getGreen() - colour.getGreen())
                        + Math.abs(pixel.getBlue() - colour.getBlue()) <= CLOSE) {
                    hit[x][y] = true;
                    count++;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
    }

    static CurvePixels of(BufferedImage image, Color colour) {
        return new CurvePixels(image, colour);
    }

    int count() {
        return count;
    }

    int left() {
        return left;
    }

    int right() {
        return right;
    }

    int top() {
        return top;
    }

    int bottom() {
        return bottom;
    }

    /**
     * A straight run of pixels: {@code length} of them in column (or row) {@code at}, from row (column) {@code from}
     * to {@code to} inclusive.
     */
    record Run(int length, int at, int from, int to) {
    }

    /** The longest run of pixels down a column. */
    Run longestColumnRun() {
        return longestRun(true);
    }

    /** The longest run of pixels along a row. */
    Run longestRowRun() {
        return longestRun(false);
    }

    private Run longestRun(boolean columns) {
        int width = hit.length;
        int height = hit[0].length;
        Run best = new Run(0, -1, -1, -1);
        for (int a = 0; a < (columns ? width : height); a++) {
            int run = 0;
            for (int b = 0; b < (columns ? height : width); b++) {
                run = (columns ? hit[a][b] : hit[b][a]) ? run + 1 : 0;
                if (run > best.length()) {
                    best = new Run(run, a, b - run + 1, b);
                }
            }
        }
        return best;
    }

    /**
     * The share of the columns from x0 to x1 (their inner 98 %) that hold a pixel within {@code slack} rows of the
     * line through (x0, y0) and (x1, y1): how much of that line was drawn.
     */
    double alongLine(int x0, int y0, int x1, int y1, int slack) {
        int margin = (x1 - x0) / 100;
        int drawn = 0;
        int columns = 0;
        for (int x = x0 + margin; x <= x1 - margin; x++) {
            int y = (int) Math.round(y0 + (y1 - y0) * (double) (x - x0) / (x1 - x0));
            columns++;
            for (int dy = -slack; dy <= slack; dy++) {
                if (y + dy >= 0 && y + dy < hit[0].length && hit[x][y + dy]) {
                    drawn++;
                    break;
                }
            }
        }
        return (double) drawn / columns;
    }
}
