package app.soundpath.learning.control;

/**
 * A second-order IIR filter (direct form I) with the coefficients of Robert Bristow-Johnson's "Audio EQ Cookbook":
 * peaking EQ for the EQ exercises, high- and low-pass for shaping the synthesised sources. Stateful: one instance
 * filters one channel from start to end.
 */
public final class Biquad {

    private final double b0, b1, b2, a1, a2;
    private double x1, x2, y1, y2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    /** A bell around {@code frequency} raising (positive dB) or lowering it by {@code gainDb}, bandwidth set by q. */
    public static Biquad peaking(double sampleRate, double frequency, double q, double gainDb) {
        double a = StrictMath.pow(10, gainDb / 40);
        double w0 = 2 * StrictMath.PI * frequency / sampleRate;
        double alpha = StrictMath.sin(w0) / (2 * q);
        double cos = StrictMath.cos(w0);
        return new Biquad(1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
    }

    public static Biquad lowPass(double sampleRate, double frequency, double q) {
        double w0 = 2 * StrictMath.PI * frequency / sampleRate;
        double alpha = StrictMath.sin(w0) / (2 * q);
        double cos = StrictMath.cos(w0);
        return new Biquad((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public static Biquad highPass(double sampleRate, double frequency, double q) {
        double w0 = 2 * StrictMath.PI * frequency / sampleRate;
        double alpha = StrictMath.sin(w0) / (2 * q);
        double cos = StrictMath.cos(w0);
        return new Biquad((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /** Q of a peaking filter whose bandwidth is {@code octaves} wide (1 octave: about 1.41). */
    public static double qForOctaves(double octaves) {
        double p = StrictMath.pow(2, octaves);
        return StrictMath.sqrt(p) / (p - 1);
    }

    public double next(double x) {
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }

    /** Filters the signal in place and returns it. */
    public double[] process(double[] signal) {
        for (int i = 0; i < signal.length; i++) {
            signal[i] = next(signal[i]);
        }
        return signal;
    }

    /** The filter's gain in dB at a frequency (from the transfer function, for tests and previews). */
    public double responseDb(double sampleRate, double frequency) {
        double w = 2 * StrictMath.PI * frequency / sampleRate;
        double cr = b0 + b1 * StrictMath.cos(w) + b2 * StrictMath.cos(2 * w);
        double ci = -b1 * StrictMath.sin(w) - b2 * StrictMath.sin(2 * w);
        double dr = 1 + a1 * StrictMath.cos(w) + a2 * StrictMath.cos(2 * w);
        double di = -a1 * StrictMath.sin(w) - a2 * StrictMath.sin(2 * w);
        return 10 * StrictMath.log10((cr * cr + ci * ci) / (dr * dr + di * di));
    }
}
