package org.argumap.layout;

/**
 * Position along a Hilbert curve over a 65,536 × 65,536 grid: points close on the curve are close
 * on the plane, which is what makes a packed R-tree's nodes small. The branch-free bit twiddling
 * of "Fast Hilbert curve generation" (rawrunprotected, public domain), as Flatbush uses it. Only
 * the quality of the index depends on it, never its answers.
 */
final class HilbertCurve {
    private HilbertCurve() {
    }

    /** @param x, y in 0..65535; returns the curve position as an unsigned 32-bit value in an int */
    static int index(int x, int y) {
        int a = x ^ y;
        int b = 0xFFFF ^ a;
        int c = 0xFFFF ^ (x | y);
        int d = x & (y ^ 0xFFFF);
        int aa = a | (b >>> 1);
        int bb = (a >>> 1) ^ a;
        int cc = ((c >>> 1) ^ (b & (d >>> 1))) ^ c;
        int dd = ((a & (c >>> 1)) ^ (d >>> 1)) ^ d;

        a = aa;
        b = bb;
        c = cc;
        d = dd;
        aa = (a & (a >>> 2)) ^ (b & (b >>> 2));
        bb = (a & (b >>> 2)) ^ (b & ((a ^ b) >>> 2));
        cc ^= (a & (c >>> 2)) ^ (b & (d >>> 2));
        dd ^= (b & (c >>> 2)) ^ ((a ^ b) & (d >>> 2));

        a = aa;
        b = bb;
        c = cc;
        d = dd;
        aa = (a & (a >>> 4)) ^ (b & (b >>> 4));
        bb = (a & (b >>> 4)) ^ (b & ((a ^ b) >>> 4));
        cc ^= (a & (c >>> 4)) ^ (b & (d >>> 4));
        dd ^= (b & (c >>> 4)) ^ ((a ^ b) & (d >>> 4));

        a = aa;
        b = bb;
        c = cc;
        d = dd;
        cc ^= (a & (c >>> 8)) ^ (b & (d >>> 8));
        dd ^= (b & (c >>> 8)) ^ ((a ^ b) & (d >>> 8));

        a = cc ^ (cc >>> 1);
        b = dd ^ (dd >>> 1);

        int i0 = x ^ y;
        int i1 = b | (0xFFFF ^ (i0 | a));

        i0 = spread(i0);
        i1 = spread(i1);
        return (i1 << 1) | i0;
    }

    /** The low 16 bits moved to the even bit positions. */
    private static int spread(int v) {
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        return (v | (v << 1)) & 0x55555555;
    }
}
