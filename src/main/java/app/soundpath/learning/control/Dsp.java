package app.soundpath.learning.control;

import java.util.Random;

/**
 * The small signal toolbox the listening exercises are rendered with: gain, level, constant-power panning, soft and
 * hard clipping, an over-eager compressor, mains hum with harmonics, pink noise. Pure functions on arrays of samples
 * (most work in place and return their argument). {@link StrictMath} and {@link Random} only, so one seed gives the
 * same samples, and the same WAV bytes, on every machine.
 */
public final class Dsp {

    /** Samples per second of everything rendered. */
    public static final int RATE = 44_100;

    private Dsp() {
    }

    public static double dbToGain(double db) {
        return StrictMath.pow(10, db / 20);
    }

    public static double gainToDb(double gain) {
        return 20 * StrictMath.log10(gain);
    }

    public static double rms(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return StrictMath.sqrt(sum / Math.max(1, x.length));
    }

    public static double peak(double[] x) {
        double peak = 0;
        for (double v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    public static double[] scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return x;
    }

    public static double[] gainDb(double[] x, double db) {
        return scale(x, dbToGain(db));
    }

    /**
     * A mono source placed between the speakers with the constant-power (sin/cos) law: -1 is hard left, 0 the centre
     * (each channel 3 dB down), +1 hard right. The loudness stays the same wherever it sits.
     */
    public static Stereo pan(double[] mono, double position) {
        double p = Math.max(-1, Math.min(1, position));
        double angle = (p + 1) * StrictMath.PI / 4;
        double[] left = mono.clone();
        double[] right = mono.clone();
        scale(left, StrictMath.cos(angle));
        scale(right, StrictMath.sin(angle));
        return new Stereo(left, right);
    }

    /** Cuts every sample beyond ±threshold off flat: the square tops of a converter or plug-in driven too hard. */
    public static double[] hardClip(double[] x, double threshold) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-threshold, Math.min(threshold, x[i]));
        }
        return x;
    }

    /** Rounds peaks off smoothly (tanh), as tape or a valve stage does; drive above 1 saturates harder. */
    public static double[] softClip(double[] x, double drive) {
        double norm = StrictMath.tanh(drive);
        for (int i = 0; i < x.length; i++) {
            x[i] = StrictMath.tanh(drive * x[i]) / norm;
        }
        return x;
    }

    /**
     * A feed-forward compressor with a peak detector (attack and release in milliseconds), the same gain on both
     * channels. Hard settings (fast, high ratio, low threshold) flatten a mix's punch: the "over-compressed" fault.
     */
    public static Stereo compress(Stereo in, double thresholdDb, double ratio, double attackMs, double releaseMs) {
        double attack = StrictMath.exp(-1.0 / (RATE * attackMs / 1000));
        double release = StrictMath.exp(-1.0 / (RATE * releaseMs / 1000));
        double envelope = 0;
        double[] l = in.left();
        double[] r = in.right();
        for (int i = 0; i < l.length; i++) {
            double level = Math.max(Math.abs(l[i]), Math.abs(r[i]));
            double coefficient = level > envelope ? attack : release;
            envelope = coefficient * envelope + (1 - coefficient) * level;
            double overDb = envelope > 1e-9 ? gainToDb(envelope) - thresholdDb : -1;
            double gain = overDb > 0 ? dbToGain(-overDb * (1 - 1 / ratio)) : 1;
            l[i] *= gain;
            r[i] *= gain;
        }
        return in;
    }

    /**
     * Mains hum: the mains frequency (50 or 60 Hz) and its first harmonics (the h-th at 1/h of the fundamental's
     * amplitude, the buzz of a ground loop), at a level
     * (RMS of the hum alone) in dB relative to full scale.
     */
    public static double[] hum(int frames, double mains, int harmonics, double levelDb) {
        double[] hum = new double[frames];
        for (int h = 1; h <= harmonics; h++) {
            double amplitude = 1.0 / h;
            double w = 2 * StrictMath.PI * mains * h / RATE;
            for (int i = 0; i < frames; i++) {
                hum[i] += amplitude * StrictMath.sin(w * i);
            }
        }
        return scale(hum, dbToGain(levelDb) / rms(hum));
    }

    /** Adds {@code other} to {@code x} sample by sample (x keeps its length). */
    public static double[] mix(double[] x, double[] other) {
        for (int i = 0; i < x.length && i < other.length; i++) {
            x[i] += other[i];
        }
        return x;
    }

    /**
     * Pink noise (equal energy per octave, -3 dB per octave) from the seeded generator: white noise through Paul
     * Kellet's economical filter, scaled to an RMS of {@code rmsDb} dB full scale.
     */
    public static double[] pinkNoise(Random random, int frames, double rmsDb) {
        double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
        double[] out = new double[frames];
        for (int i = 0; i < frames; i++) {
            double white = random.nextDouble() * 2 - 1;
            b0 = 0.99886 * b0 + white * 0.0555179;
            b1 = 0.99332 * b1 + white * 0.0750759;
            b2 = 0.96900 * b2 + white * 0.1538520;
            b3 = 0.86650 * b3 + white * 0.3104856;
            b4 = 0.55000 * b4 + white * 0.5329522;
            b5 = -0.7616 * b5 - white * 0.0168980;
            out[i] = b0 + b1 + b2 + b3 + b4 + b5 + b6 + white * 0.5362;
            b6 = white * 0.115926;
        }
        return scale(out, dbToGain(rmsDb) / rms(out));
    }

    /** Short fades at both ends (milliseconds), so a clip starts and stops without a click. */
    public static Stereo fade(Stereo s, double ms) {
        int n = Math.min(s.frames() / 2, (int) (RATE * ms / 1000));
        for (int i = 0; i < n; i++) {
            double g = StrictMath.sin(StrictMath.PI / 2 * i / n);
            g *= g;
            s.left()[i] *= g;
            s.right()[i] *= g;
            s.left()[s.frames() - 1 - i] *= g;
            s.right()[s.frames() - 1 - i] *= g;
        }
        return s;
    }
}
