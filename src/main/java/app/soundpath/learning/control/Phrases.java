package app.soundpath.learning.control;

import java.util.Random;

/**
 * The exercises' own source material, synthesised in code (no recordings of anyone else's): a one-bar drum pattern
 * (kick, snare, hi-hat), a bass line and a chord pad at 120 beats a minute, each varied by the seeded generator.
 * Mono parts for panning; a stereo mix (drums and bass centred, the pad spread wide) for level, EQ and fault items.
 */
public final class Phrases {

    private static final double BEAT = 0.5;
    /** Bass roots kept clear of 50/60 Hz and 100/120 Hz, so a hum item's hum is the only energy there. */
    private static final double[] ROOTS = {73.42, 82.41, 87.31, 92.50};
    private static final int[][] CHORDS = {{0, 3, 7, 10}, {0, 4, 7, 11}, {0, 3, 7, 14}, {0, 5, 7, 12}};

    private Phrases() {
    }

    /** A drum pattern: kick on 1 and 3 (sometimes on the "and" of 3 too), snare on 2 and 4, hi-hat on eighths. */
    public static double[] drums(Random random, int frames) {
        double[] out = new double[frames];
        boolean extraKick = random.nextBoolean();
        double hatLevel = 0.18 + 0.08 * random.nextDouble();
        for (double t = 0; t * Dsp.RATE < frames; t += 4 * BEAT) {
            kick(out, t);
            kick(out, t + 2 * BEAT);
            if (extraKick) {
                kick(out, t + 2.5 * BEAT);
            }
            snare(out, random, t + BEAT);
            snare(out, random, t + 3 * BEAT);
            for (int e = 0; e < 8; e++) {
                hat(out, random, t + e * BEAT / 2, e % 2 == 0 ? hatLevel : hatLevel * 0.6);
            }
        }
        return out;
    }

    /** A bass line on eighth notes around one root (a soft-edged sawtooth, low-passed). */
    public static double[] bass(Random random, int frames) {
        double root = ROOTS[random.nextInt(ROOTS.length)];
        int[] steps = {0, 0, 12, 0, 7, 0, 10, 7};
        int shift = random.nextInt(3);
        double[] out = new double[frames];
        for (int e = 0; e * BEAT / 2 * Dsp.RATE < frames; e++) {
            double f = root * StrictMath.pow(2, steps[(e + shift) % steps.length] / 12.0);
            note(out, e * BEAT / 2, BEAT / 2 * 0.9, f, 0.45, 0.005, 0.05);
        }
        Biquad low = Biquad.lowPass(Dsp.RATE, 700, 0.7);
        return low.process(out);
    }

    /** A four-note chord held through the bar with a slow attack, one list of samples per voice. */
    public static double[][] padVoices(Random random, int frames) {
        double root = 2 * ROOTS[random.nextInt(ROOTS.length)];
        int[] chord = CHORDS[random.nextInt(CHORDS.length)];
        double[][] voices = new double[chord.length][];
        for (int v = 0; v < chord.length; v++) {
            double[] voice = new double[frames];
            double f = root * StrictMath.pow(2, chord[v] / 12.0) * (1 + (random.nextDouble() - 0.5) * 0.004);
            note(voice, 0, frames / (double) Dsp.RATE, f, 0.16, 0.25, 0.3);
            voices[v] = Biquad.lowPass(Dsp.RATE, 2500, 0.7).process(voice);
        }
        return voices;
    }

    /** The pad as one mono part. */
    public static double[] pad(Random random, int frames) {
        double[] out = new double[frames];
        for (double[] voice : padVoices(random, frames)) {
            Dsp.mix(out, voice);
        }
        return out;
    }

    /** Drums, bass and a wide pad: a small stereo mix. */
    public static Stereo mix(Random random, int frames) {
        double[] drums = drums(random, frames);
        double[] bass = bass(random, frames);
        Stereo mix = Stereo.centred(Dsp.mix(drums, bass));
        double[][] voices = padVoices(random, frames);
        for (int v = 0; v < voices.length; v++) {
            Stereo placed = Dsp.pan(voices[v], v % 2 == 0 ? -0.7 : 0.7);
            Dsp.mix(mix.left(), placed.left());
            Dsp.mix(mix.right(), placed.right());
        }
        return mix;
    }

    private static void kick(double[] out, double at) {
        int start = (int) (at * Dsp.RATE);
        int length = (int) (0.35 * Dsp.RATE);
        double phase = 0;
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / (double) Dsp.RATE;
            double f = 45 + 75 * StrictMath.exp(-t / 0.03);
            phase += 2 * StrictMath.PI * f / Dsp.RATE;
            out[start + i] += 0.7 * StrictMath.exp(-t / 0.08) * StrictMath.sin(phase);
        }
    }

    private static void snare(double[] out, Random random, double at) {
        int start = (int) (at * Dsp.RATE);
        int length = (int) (0.2 * Dsp.RATE);
        Biquad high = Biquad.highPass(Dsp.RATE, 400, 0.7);
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / (double) Dsp.RATE;
            double noise = high.next(random.nextDouble() * 2 - 1) * StrictMath.exp(-t / 0.06);
            double body = StrictMath.sin(2 * StrictMath.PI * 190 * t) * StrictMath.exp(-t / 0.04);
            out[start + i] += 0.45 * noise + 0.3 * body;
        }
    }

    private static void hat(double[] out, Random random, double at, double level) {
        int start = (int) (at * Dsp.RATE);
        int length = (int) (0.06 * Dsp.RATE);
        Biquad high = Biquad.highPass(Dsp.RATE, 7000, 0.7);
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / (double) Dsp.RATE;
            out[start + i] += level * high.next(random.nextDouble() * 2 - 1) * StrictMath.exp(-t / 0.015);
        }
    }

    /** A sawtooth note with linear attack and release (seconds), added into {@code out}. */
    private static void note(double[] out, double at, double duration, double frequency, double level,
                             double attack, double release) {
        int start = (int) (at * Dsp.RATE);
        int length = (int) (duration * Dsp.RATE);
        double phase = 0;
        double step = frequency / Dsp.RATE;
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / (double) Dsp.RATE;
            double envelope = Math.min(1, t / attack) * Math.min(1, (duration - t) / release);
            out[start + i] += level * Math.max(0, envelope) * (2 * phase - 1);
            phase += step;
            if (phase >= 1) {
                phase -= 1;
            }
        }
    }
}
