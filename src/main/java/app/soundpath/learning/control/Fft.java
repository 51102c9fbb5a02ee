package app.soundpath.learning.control;

/**
 * A radix-2 fast Fourier transform and an averaged power spectrum (Welch's method, Hann window): how the tests
 * measure what the exercises render (a band raised by so many dB, energy at the mains frequency).
 */
public final class Fft {

    private Fft() {
    }

    /** Transforms in place; the length must be a power of two. */
    public static void transform(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("length must be a power of two");
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            double wr = Math.cos(angle);
            double wi = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k, b = i + k + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr; im[b] = im[a] - xi;
                    re[a] += xr; im[a] += xi;
                    double next = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = next;
                }
            }
        }
    }

    /**
     * The average power per frequency bin over half-overlapping Hann-windowed segments of {@code size} samples; bin
     * k is k × rate / size Hz.
     */
    public static double[] powerSpectrum(double[] signal, int size) {
        double[] power = new double[size / 2 + 1];
        double[] window = new double[size];
        for (int i = 0; i < size; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / size);
        }
        int segments = 0;
        for (int start = 0; start + size <= signal.length; start += size / 2) {
            double[] re = new double[size];
            double[] im = new double[size];
            for (int i = 0; i < size; i++) {
                re[i] = signal[start + i] * window[i];
            }
            transform(re, im);
            for (int k = 0; k <= size / 2; k++) {
                power[k] += re[k] * re[k] + im[k] * im[k];
            }
            segments++;
        }
        for (int k = 0; k < power.length; k++) {
            power[k] /= Math.max(1, segments);
        }
        return power;
    }

    /** The total power of the bins between two frequencies (inclusive) of a spectrum made with {@code size}. */
    public static double bandPower(double[] power, int size, double rate, double from, double to) {
        double sum = 0;
        for (int k = (int) Math.ceil(from * size / rate); k <= Math.min(power.length - 1, (int) Math.floor(to * size / rate)); k++) {
            sum += power[k];
        }
        return sum;
    }
}
