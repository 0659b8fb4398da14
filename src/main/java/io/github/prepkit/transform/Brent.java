package io.github.prepkit.transform;

import java.util.function.DoubleUnaryOperator;

/**
 * The minimiser scikit-learn's power transforms use: scipy 1.10's {@code optimize.brent(f, brack=(xa, xb))}, that is
 * its {@code bracket} (a downhill search from the two points, growing by the golden ratio with parabolic steps) then
 * Brent's method (golden-section and parabolic steps) with its tolerances: relative {@value #TOL}, absolute
 * {@value #MIN_TOL}, at most {@value #MAX_ITER} iterations. Every comparison and step is scipy's, in its order, so on
 * the same function values the same points are visited and the same minimum is returned; NaN values compare false, as
 * in Python, so a function that is NaN or infinite somewhere still leads to a deterministic answer.
 */
final class Brent {

    private static final double GOLD = 1.618034;
    private static final double VERY_SMALL = 1e-21;
    private static final double GROW_LIMIT = 110.0;
    private static final int BRACKET_MAX_ITER = 1000;
    private static final double TOL = 1.48e-8;
    private static final double MIN_TOL = 1.0e-11;
    private static final double CG = 0.3819660;
    private static final int MAX_ITER = 500;

    private Brent() {
    }

    /**
     * The minimum of {@code f} found from the bracket {@code (xa, xb)}, as {@code scipy.optimize.brent}.
     *
     * @throws IllegalStateException if the bracket search takes more than 1000 steps (scipy's "Too many iterations")
     */
    static double minimize(DoubleUnaryOperator f, double xa, double xb) {
        double[] bracket = bracket(f, xa, xb);
        return brent(f, bracket[0], bracket[1], bracket[2], bracket[4]);
    }

    /** scipy's {@code bracket}: {xa, xb, xc, fa, fb, fc}. */
    static double[] bracket(DoubleUnaryOperator f, double xa, double xb) {
        double fa = f.applyAsDouble(xa);
        double fb = f.applyAsDouble(xb);
        if (fa < fb) {
            double x = xa;
            xa = xb;
            xb = x;
            double fx = fa;
            fa = fb;
            fb = fx;
        }
        double xc = xb + GOLD * (xb - xa);
        double fc = f.applyAsDouble(xc);
        int iter = 0;
        while (fc < fb) {
            double tmp1 = (xb - xa) * (fb - fc);
            double tmp2 = (xb - xc) * (fb - fa);
            double val = tmp2 - tmp1;
            double denom = Math.abs(val) < VERY_SMALL ? 2.0 * VERY_SMALL : 2.0 * val;
            double w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
            double wlim = xb + GROW_LIMIT * (xc - xb);
            if (iter > BRACKET_MAX_ITER) {
                throw new IllegalStateException("the bracket search for the minimum took more than "
                        + BRACKET_MAX_ITER + " steps");
            }
            iter++;
            double fw;
            if ((w - xc) * (xb - w) > 0.0) {
                fw = f.applyAsDouble(w);
                if (fw < fc) {
                    return new double[] {xb, w, xc, fb, fw, fc};
                } else if (fw > fb) {
                    return new double[] {xa, xb, w, fa, fb, fw};
                }
                w = xc + GOLD * (xc - xb);
                fw = f.applyAsDouble(w);
            } else if ((w - wlim) * (wlim - xc) >= 0.0) {
                w = wlim;
                fw = f.applyAsDouble(w);
            } else if ((w - wlim) * (xc - w) > 0.0) {
                fw = f.applyAsDouble(w);
                if (fw < fc) {
                    xb = xc;
                    xc = w;
                    w = xc + GOLD * (xc - xb);
                    fb = fc;
                    fc = fw;
                    fw = f.applyAsDouble(w);
                }
            } else {
                w = xc + GOLD * (xc - xb);
                fw = f.applyAsDouble(w);
            }
            xa = xb;
            xb = xc;
            xc = w;
            fa = fb;
            fb = fc;
            fc = fw;
        }
        return new double[] {xa, xb, xc, fa, fb, fc};
    }

    /** scipy's {@code Brent.optimize} from the bracket (xa, xb, xc) with f(xb) = {@code fb}: the minimum's abscissa. */
    private static double brent(DoubleUnaryOperator f, double xa, double xb, double xc, double fb) {
        double x = xb;
        double w = xb;
        double v = xb;
        double fw = fb;
        double fv = fb;
        double fx = fb;
        double a = xa < xc ? xa : xc;
        double b = xa < xc ? xc : xa;
        double deltax = 0.0;
        double rat = 0.0;
        for (int iter = 0; iter < MAX_ITER; iter++) {
            double tol1 = TOL * Math.abs(x) + MIN_TOL;
            double tol2 = 2.0 * tol1;
            double xmid = 0.5 * (a + b);
            if (Math.abs(x - xmid) < (tol2 - 0.5 * (b - a))) {
                break;
            }
            if (Math.abs(deltax) <= tol1) {
                deltax = x >= xmid ? a - x : b - x;
                rat = CG * deltax;
            } else {
                double tmp1 = (x - w) * (fx - fv);
                double tmp2 = (x - v) * (fx - fw);
                double p = (x - v) * tmp2 - (x - w) * tmp1;
                tmp2 = 2.0 * (tmp2 - tmp1);
                if (tmp2 > 0.0) {
                    p = -p;
                }
                tmp2 = Math.abs(tmp2);
                double dxTemp = deltax;
                deltax = rat;
                if (p > tmp2 * (a - x) && p < tmp2 * (b - x) && Math.abs(p) < Math.abs(0.5 * tmp2 * dxTemp)) {
                    rat = p * 1.0 / tmp2;
                    double u = x + rat;
                    if ((u - a) < tol2 || (b - u) < tol2) {
                        rat = xmid - x >= 0 ? tol1 : -tol1;
                    }
                } else {
                    deltax = x >= xmid ? a - x : b - x;
                    rat = CG * deltax;
                }
            }
            double u = Math.abs(rat) < tol1 ? (rat >= 0 ? x + tol1 : x - tol1) : x + rat;
            double fu = f.applyAsDouble(u);
            if (fu > fx) {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    w = u;
                    fv = fw;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            } else {
                if (u >= x) {
                    a = x;
                } else {
                    b = x;
                }
                v = w;
                w = x;
                x = u;
                fv = fw;
                fw = fx;
                fx = fu;
            }
        }
        return x;
    }
}
