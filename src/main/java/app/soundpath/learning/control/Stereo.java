package app.soundpath.learning.control;

/** Two channels of samples (floating point, full scale ±1) at {@link Dsp#RATE} samples a second. */
public record Stereo(double[] left, double[] right) {

    public Stereo {
        if (left.length != right.length) {
            throw new IllegalArgumentException("channels of different lengths");
        }
    }

    /** The same signal in both channels (a copy each), as a centred mono source sounds. */
    public static Stereo centred(double[] mono) {
        return new Stereo(mono.clone(), mono.clone());
    }

    public int frames() {
        return left.length;
    }

    public Stereo copy() {
        return new Stereo(left.clone(), right.clone());
    }

    /** Root-mean-square level of both channels together. */
    public double rms() {
        double sum = 0;
        for (int i = 0; i < left.length; i++) {
            sum += left[i] * left[i] + right[i] * right[i];
        }
        return StrictMath.sqrt(sum / (2.0 * Math.max(1, left.length)));
    }

    public double peak() {
        return Math.max(Dsp.peak(left), Dsp.peak(right));
    }

    /** Multiplies both channels by a linear factor, in place. */
    public Stereo scale(double factor) {
        Dsp.scale(left, factor);
        Dsp.scale(right, factor);
        return this;
    }
}
