package app.soundpath.learning.control;

import app.soundpath.catalog.entity.ListeningKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Listening items from a seed: what an item asks (its choices and the right one), and its two clips, A and B, rendered
 * here on the server. The same kind, level and seed always give the same item and the same samples, so an issued item
 * is stored as those three numbers and its answer, and its audio is rendered again whenever it is fetched.
 * <p>
 * Every clip is two seconds of stereo at 44.1 kHz. Clips are <em>level-matched</em>: both have the same RMS level
 * ({@link #TARGET_RMS_DB}), so a boosted band or a fault cannot be picked out by loudness alone, except in a LEVEL
 * item, whose whole point is the difference. Both clips of an item are then lowered together if either would peak
 * above -1 dBFS, so nothing is clipped that should not be.
 * <p>
 * EQ and FAULTS items also have a hidden clip <b>X</b> (an ABX test): X is A or B, picked from the seed, and the
 * learner says which as well as what was done to B. A subtle boost or fault can be named by luck; telling X apart
 * proves it was heard. LEVEL and PANNING items keep A and B only: "which is louder" already is a choice between A and
 * B, and a position is heard in B against A's centre, so an X would add a clip and nothing to hear. X is its source
 * clip with a seeded noise floor of its own ({@link #X_NOISE_DB}, 60 dB below the clips' level, far under what is
 * heard at a safe listening level): it sounds the same as its source, but its bytes and samples are never those of A
 * or B, so a browser cannot find the answer by comparing files.
 */
public final class ListeningItems {

    public static final int FRAMES = 2 * Dsp.RATE;
    public static final double TARGET_RMS_DB = -24;
    private static final double PEAK_CEILING = Dsp.dbToGain(-1);

    /** Octave-band centres of a ten-band graphic EQ. */
    public static final double[] OCTAVE_BANDS = {31.5, 63, 125, 250, 500, 1000, 2000, 4000, 8000, 16000};
    private static final double[] THREE_BANDS = {250, 1000, 4000};
    private static final double[] FIVE_BANDS = {125, 250, 1000, 4000, 8000};
    private static final double[] AMOUNT_BANDS = {250, 500, 1000, 2000, 4000};
    private static final int[] AMOUNTS = {-12, -9, -6, -3, 3, 6, 9, 12};
    /** Level differences, dB, from the easiest rung to the hardest. */
    public static final double[] LEVEL_STEPS = {6, 4, 3, 2, 1};
    /** Panning positions: hard left to hard right. */
    public static final List<String> POSITIONS = List.of("L", "LC", "C", "CR", "R");
    public static final List<String> FAULTS = List.of("CLIPPED", "COMPRESSED", "HUM", "POLARITY");

    private ListeningItems() {
    }

    /** One answer a learner can give: the value sent back, and its label (a bundle key and its argument). */
    public record Choice(String value, String labelKey, String labelArgument) {
    }

    /**
     * What an item asks, and how its B clip differs.
     *
     * @param promptKey   the question, a bundle key (its argument: {@code promptArgument})
     * @param answer      the value of the right choice (never sent to a browser before grading)
     * @param detailKey   what was done to B, for the feedback after grading (its arguments: {@code detail})
     * @param parameter   the number the clip is built from: a band's Hz, a pan position, dB of level difference …
     * @param amountDb    the EQ gain (dB) or the level difference; 0 where it means nothing
     * @param x           the clip X is ("A" or "B"), for kinds with an X clip; null for the others
     */
    public record Item(ListeningKind kind, int level, long seed, String promptKey, String promptArgument,
                       List<Choice> choices, String answer, String detailKey, List<String> detail, double parameter,
                       double amountDb, String x) {

        /** Right when the choice is the answer and, for an item with an X clip, X is named rightly too. */
        public boolean isRight(String choice, String xChoice) {
            return answer.equals(choice) && (x == null || x.equals(xChoice));
        }

        public boolean hasX() {
            return x != null;
        }

        /** The clips this item has: A and B, and X for an ABX item. */
        public List<String> clips() {
            return hasX() ? ABX : CLIPS;
        }

        public boolean offers(String choice) {
            return choices.stream().anyMatch(c -> c.value().equals(choice));
        }
    }

    /** The clips every item has. */
    public static final List<String> CLIPS = List.of("A", "B");
    /** The clips of an item with a hidden X. */
    public static final List<String> ABX = List.of("A", "B", "X");
    /** The noise floor (RMS, dBFS) X gets: 60 dB under the clips' level, 17 dB over 16-bit rounding. */
    public static final double X_NOISE_DB = TARGET_RMS_DB - 60;

    /** The kinds whose items have an X clip (see the class comment for why not the others). */
    public static boolean hasX(ListeningKind kind) {
        return kind == ListeningKind.EQ || kind == ListeningKind.FAULTS;
    }

    /** The item of a kind, level (clamped to the kind's ladder) and seed. */
    public static Item item(ListeningKind kind, int level, long seed) {
        int rung = Math.max(1, Math.min(kind.levels(), level));
        Random random = new Random(scramble(seed));
        return switch (kind) {
            case EQ -> eq(rung, seed, random);
            case LEVEL -> level(rung, seed, random);
            case PANNING -> panning(rung, seed, random);
            case FAULTS -> fault(rung, seed, random);
        };
    }

    /** Both clips of an item, level-matched, A first. */
    public static Stereo[] render(Item item) {
        Random random = new Random(scramble(item.seed() + 0x9E3779B97F4A7C15L));
        Stereo a;
        Stereo b;
        switch (item.kind()) {
            case EQ -> {
                a = item.level() <= 4 ? Stereo.centred(Dsp.pinkNoise(random, FRAMES, TARGET_RMS_DB))
                        : Phrases.mix(random, FRAMES);
                b = a.copy();
                double q = Biquad.qForOctaves(1);
                Biquad.peaking(Dsp.RATE, item.parameter(), q, item.amountDb()).process(b.left());
                Biquad.peaking(Dsp.RATE, item.parameter(), q, item.amountDb()).process(b.right());
                match(a);
                match(b);
            }
            case LEVEL -> {
                a = match(Phrases.mix(random, FRAMES));
                b = a.copy();
                // The answer is the louder clip; the other sits the difference below it.
                boolean aLouder = item.answer().equals("A");
                (aLouder ? a : b).scale(Dsp.dbToGain(item.amountDb() / 2));
                (aLouder ? b : a).scale(Dsp.dbToGain(-item.amountDb() / 2));
            }
            case PANNING -> {
                double[] mono = item.level() <= 2 ? Phrases.drums(random, FRAMES) : Phrases.pad(random, FRAMES);
                a = match(Dsp.pan(mono, 0));
                b = match(Dsp.pan(mono, item.parameter()));
            }
            default -> {
                a = match(Phrases.mix(random, FRAMES));
                b = fault(a.copy(), item, random);
                match(b);
            }
        }
        double peak = Math.max(a.peak(), b.peak());
        if (peak > PEAK_CEILING) {
            a.scale(PEAK_CEILING / peak);
            b.scale(PEAK_CEILING / peak);
        }
        return new Stereo[] {Dsp.fade(a, 8), Dsp.fade(b, 8)};
    }

    /** One clip ("A", "B", or "X" where the item has it) of an item as a WAV file. */
    public static byte[] wav(Item item, String clip) {
        if (!item.clips().contains(clip)) {
            throw new IllegalArgumentException("no clip " + clip);
        }
        Stereo[] clips = render(item);
        return Wav.encode(clip.equals("X") ? x(item, clips) : clips[CLIPS.indexOf(clip)]);
    }

    /**
     * The X clip: a copy of the clip it is, with a noise floor of its own (independent in each channel, from the seed)
     * at {@link #X_NOISE_DB}. Nothing else changes: the same music at the same moment, level and pan, so switching
     * to X in the player sounds exactly like switching to its source.
     */
    static Stereo x(Item item, Stereo[] clips) {
        Stereo x = clips[CLIPS.indexOf(item.x())].copy();
        Random random = new Random(scramble(item.seed() ^ 0x2545F4914F6CDD1DL));
        double[] noise = new double[x.frames()];
        for (double[] channel : new double[][] {x.left(), x.right()}) {
            for (int i = 0; i < noise.length; i++) {
                noise[i] = random.nextDouble() - random.nextDouble(); // triangular, as dither is
            }
            Dsp.scale(noise, Dsp.dbToGain(X_NOISE_DB) / Dsp.rms(noise));
            Dsp.mix(channel, noise);
        }
        return x;
    }

    /** Which clip X is, from the seed alone (apart from the draws that make the item, which it leaves as they were). */
    static String xOf(ListeningKind kind, long seed) {
        return hasX(kind) ? ((scramble(seed ^ 0x5851F42D4C957F2DL) & 1) == 0 ? "A" : "B") : null;
    }

    /** The listening-level check's quiet reference: a 1 kHz tone, 2 s, at the clips' RMS level. */
    public static byte[] referenceTone() {
        double[] tone = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            tone[i] = StrictMath.sin(2 * StrictMath.PI * 1000 * i / Dsp.RATE);
        }
        Stereo s = Stereo.centred(tone);
        s.scale(Dsp.dbToGain(TARGET_RMS_DB) / s.rms());
        return Wav.encode(Dsp.fade(s, 30));
    }

    /**
     * Spreads neighbouring seeds apart (SplitMix64's finaliser): {@link Random}'s first outputs for seeds 1, 2, 3 …
     * are nearly the same, and a learner's items would all start alike.
     */
    static long scramble(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Stereo match(Stereo s) {
        return s.scale(Dsp.dbToGain(TARGET_RMS_DB) / s.rms());
    }

    private static Item eq(int level, long seed, Random random) {
        if (level == 5) {
            double band = AMOUNT_BANDS[random.nextInt(AMOUNT_BANDS.length)];
            int amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
            List<Choice> choices = new ArrayList<>();
            for (int a : AMOUNTS) {
                choices.add(new Choice(signed(a), "listening.choice.db", signed(a)));
            }
            return new Item(ListeningKind.EQ, level, seed, "listening.prompt.eqAmount", bandLabel(band), choices,
                    signed(amount), "listening.detail.eq", List.of(bandLabel(band), signed(amount)), band, amount,
                    xOf(ListeningKind.EQ, seed));
        }
        double[] bands = level == 1 ? THREE_BANDS : level == 2 ? FIVE_BANDS : OCTAVE_BANDS;
        int gain = level == 1 ? 12 : 9;
        if (level == 4 && random.nextBoolean()) {
            gain = -gain;
        }
        double band = bands[random.nextInt(bands.length)];
        List<Choice> choices = new ArrayList<>();
        for (double b : bands) {
            choices.add(new Choice(bandValue(b), "listening.choice.band", bandLabel(b)));
        }
        return new Item(ListeningKind.EQ, level, seed, level == 4 ? "listening.prompt.eqBoostOrCut"
                : "listening.prompt.eqBoost", null, choices, bandValue(band), "listening.detail.eq",
                List.of(bandLabel(band), signed(gain)), band, gain, xOf(ListeningKind.EQ, seed));
    }

    private static Item level(int level, long seed, Random random) {
        double difference = LEVEL_STEPS[level - 1];
        String louder = random.nextBoolean() ? "A" : "B";
        List<Choice> choices = List.of(new Choice("A", "listening.choice.clip", "A"),
                new Choice("B", "listening.choice.clip", "B"));
        return new Item(ListeningKind.LEVEL, level, seed, "listening.prompt.level", null, choices, louder,
                "listening.detail.level", List.of(louder, number(difference)), difference, difference, null);
    }

    private static Item panning(int level, long seed, Random random) {
        List<String> offered = level == 1 ? List.of("L", "C", "R") : POSITIONS;
        String answer = offered.get(random.nextInt(offered.size()));
        List<Choice> choices = offered.stream().map(p -> new Choice(p, "listening.choice.pan." + p, null)).toList();
        return new Item(ListeningKind.PANNING, level, seed, "listening.prompt.panning", null, choices, answer,
                "listening.detail.panning." + answer, List.of(), position(answer), 0, null);
    }

    private static Item fault(int level, long seed, Random random) {
        String answer = FAULTS.get(random.nextInt(FAULTS.size()));
        double mains = random.nextBoolean() ? 50 : 60;
        List<Choice> choices = FAULTS.stream().map(f -> new Choice(f, "listening.choice.fault." + f, null)).toList();
        return new Item(ListeningKind.FAULTS, level, seed, "listening.prompt.faults", null, choices, answer,
                "listening.detail.fault." + answer, answer.equals("HUM") ? List.of(number(mains)) : List.of(), mains, 0,
                xOf(ListeningKind.FAULTS, seed));
    }

    /** The fault of a FAULTS item, applied to a copy of A; the strength falls with each rung of the ladder. */
    private static Stereo fault(Stereo b, Item item, Random random) {
        int rung = item.level() - 1;
        switch (item.answer()) {
            case "CLIPPED" -> {
                double threshold = b.peak() * new double[] {0.25, 0.4, 0.55}[rung];
                Dsp.hardClip(b.left(), threshold);
                Dsp.hardClip(b.right(), threshold);
            }
            case "COMPRESSED" -> {
                double peakDb = Dsp.gainToDb(b.peak());
                Dsp.compress(b, peakDb - new double[] {30, 24, 18}[rung], new double[] {20, 10, 6}[rung], 1, 60);
            }
            case "HUM" -> {
                double levelDb = Dsp.gainToDb(b.rms()) - new double[] {10, 15, 20}[rung];
                double[] hum = Dsp.hum(b.frames(), item.parameter(), 4, levelDb);
                Dsp.mix(b.left(), hum);
                Dsp.mix(b.right(), hum);
            }
            default -> Dsp.scale(random.nextBoolean() ? b.left() : b.right(), -1);
        }
        return b;
    }

    /** The pan position (-1 … +1) of a position's name. */
    public static double position(String name) {
        return switch (name) {
            case "L" -> -1;
            case "LC" -> -0.5;
            case "CR" -> 0.5;
            case "R" -> 1;
            default -> 0;
        };
    }

    private static String bandValue(double hz) {
        return hz == 31.5 ? "31.5" : String.valueOf((int) hz);
    }

    private static String bandLabel(double hz) {
        if (hz >= 1000) {
            return (int) (hz / 1000) + " kHz";
        }
        return bandValue(hz) + " Hz";
    }

    private static String signed(int db) {
        return (db > 0 ? "+" : "") + db;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v);
    }
}
