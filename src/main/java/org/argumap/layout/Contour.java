package org.argumap.layout;

import java.util.Arrays;

/**
 * The outline of a laid-out subtree: for each of its rows, from its root down, the leftmost and
 * rightmost edge of its boxes, relative to the root's centre. Two neighbouring subtrees only need
 * to keep apart row by row, so a small subtree may tuck in under a wide neighbour's overhang.
 *
 * <p>Rows are stored deepest first, so that giving a subtree a new root appends; a whole outline
 * moves by changing {@code shift}. Merging touches only the rows the two outlines share, which
 * keeps a whole layout linear in the number of boxes (the argument of Reingold and Tilford).
 */
final class Contour {
    private double[] lefts;
    private double[] rights;
    private int rows;
    private double shift;

    private Contour(double halfWidth) {
        lefts = new double[] {-halfWidth};
        rights = new double[] {halfWidth};
        rows = 1;
    }

    /** A block of boxes as wide as {@code 2 * halfWidth} over {@code rows} rows, centred at 0. */
    static Contour block(double halfWidth, int rows) {
        Contour block = new Contour(halfWidth);
        block.lefts = new double[rows];
        block.rights = new double[rows];
        Arrays.fill(block.lefts, -halfWidth);
        Arrays.fill(block.rights, halfWidth);
        block.rows = rows;
        return block;
    }

    /** A subtree of one box, centred at 0. */
    static Contour leaf(double halfWidth) {
        return new Contour(halfWidth);
    }

    int rows() {
        return rows;
    }

    double left(int row) {
        return lefts[rows - 1 - row] + shift;
    }

    double right(int row) {
        return rights[rows - 1 - row] + shift;
    }

    private void setLeft(int row, double value) {
        lefts[rows - 1 - row] = value - shift;
    }

    private void setRight(int row, double value) {
        rights[rows - 1 - row] = value - shift;
    }

    /**
     * How far right of this outline's origin {@code next} (centred at its own 0) must sit so that
     * every row they share keeps at least {@code gap} between them.
     */
    double separation(Contour next, double gap) {
        double offset = Double.NEGATIVE_INFINITY;
        int shared = Math.min(rows, next.rows);
        for (int row = 0; row < shared; row++) {
            offset = Math.max(offset, right(row) - next.left(row) + gap);
        }
        return offset;
    }

    /**
     * The outline of {@code left} and {@code right} side by side, with {@code right} moved by
     * {@code offset}. Reuses the taller outline's arrays and copies only the shared rows.
     */
    static Contour merge(Contour left, Contour right, double offset) {
        right.shift += offset;
        if (right.rows >= left.rows) {
            for (int row = 0; row < left.rows; row++) {
                right.setLeft(row, left.left(row));
            }
            return right;
        }
        for (int row = 0; row < right.rows; row++) {
            left.setRight(row, right.right(row));
        }
        return left;
    }

    /** This outline (of a node's children) under a new root box centred at {@code rootX}, re-centred on it. */
    Contour underRoot(double rootX, double halfWidth) {
        shift -= rootX;
        if (rows == lefts.length) {
            lefts = Arrays.copyOf(lefts, rows * 2);
            rights = Arrays.copyOf(rights, rows * 2);
        }
        lefts[rows] = -halfWidth - shift;
        rights[rows] = halfWidth - shift;
        rows++;
        return this;
    }
}
