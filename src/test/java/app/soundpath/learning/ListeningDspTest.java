package app.soundpath.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.soundpath.catalog.entity.ListeningKind;
import app.soundpath.learning.control.Biquad;
import app.soundpath.learning.control.Dsp;
import app.soundpath.learning.control.Fft;
import app.soundpath.learning.control.ListeningItems;
import app.soundpath.learning.control.ListeningItems.Item;
import app.soundpath.learning.control.ListeningLadder;
import app.soundpath.learning.control.ListeningLadder.Answer;
import app.soundpath.learning.control.Stereo;
import app.soundpath.learning.control.Wav;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The listening exercises' DSP, measured rather than assumed: every item is decoded from the WAV bytes a learner would
 * be sent, and what the item claims (a band raised by so many dB, one clip louder by so much, a position, a fault) is
 * measured in the samples with an FFT, RMS levels, channel ratios, flat tops and hum energy.
 */
class ListeningDspTest {

    static final int FFT = 16_384;

    /** B's spectrum over A's, in dB, averaged over a sixth of an octave either side of a frequency. */
    static double raiseDb(Stereo a, Stereo b, double hz) {
        double[] pa = Fft.powerSpectrum(a.left(), FFT);
        double[] pb = Fft.powerSpectrum(b.left(), FFT);
        double from = hz / Math.pow(2, 1 / 12.0);
        double to = hz * Math.pow(2, 1 / 12.0);
        return 10 * Math.log10(Fft.bandPower(pb, FFT, Dsp.RATE, from, to) / Fft.bandPower(pa, FFT, Dsp.RATE, from, to));
    }

    static Stereo[] clips(Item item) {
        return new Stereo[] {Wav.decode(ListeningItems.wav(item, "A")), Wav.decode(ListeningItems.wav(item, "B"))};
    }

    static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    @Test
    void theFftFindsASineAtItsFrequencyAndLevel() {
        double[] tone = new double[FFT * 4];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = 0.5 * Math.sin(2 * Math.PI * 1000 * i / Dsp.RATE);
        }
        double[] power = Fft.powerSpectrum(tone, FFT);
        int loudest = 0;
        for (int k = 1; k < power.length; k++) {
            loudest = power[k] > power[loudest] ? k : loudest;
        }
        assertThat(loudest * (double) Dsp.RATE / FFT).isCloseTo(1000, within(Dsp.RATE / (double) FFT));
        double near = Fft.bandPower(power, FFT, Dsp.RATE, 990, 1010);
        double total = Fft.bandPower(power, FFT, Dsp.RATE, 0, Dsp.RATE / 2.0);
        assertThat(near / total).isGreaterThan(0.999);
    }

    @Test
    void thePeakingFilterRaisesItsBandByTheStatedDecibels() {
        for (double gain : new double[] {-12, -9, -6, -3, 3, 6, 9, 12}) {
            Biquad filter = Biquad.peaking(Dsp.RATE, 1000, Biquad.qForOctaves(1), gain);
            assertThat(filter.responseDb(Dsp.RATE, 1000)).isCloseTo(gain, within(0.01));
            assertThat(Math.abs(filter.responseDb(Dsp.RATE, 8000))).isLessThan(Math.abs(gain) * 0.1);
        }
    }

    /** Every EQ rung, many seeds: B's chosen band over A's, less the change far from the band, is the stated gain. */
    @Test
    void anEqItemRaisesOrLowersTheChosenBandByTheStatedDecibels() {
        double worst = 0;
        for (int level = 1; level <= ListeningKind.EQ.levels(); level++) {
            for (long seed = 1; seed <= 12; seed++) {
                Item item = ListeningItems.item(ListeningKind.EQ, level, seed);
                Stereo[] ab = clips(item);
                double band = item.parameter();
                // The level matching moves the whole spectrum by one amount: measure it three octaves away.
                double far = band >= 1000 ? band / 8 : band * 8;
                double measured = raiseDb(ab[0], ab[1], band) - raiseDb(ab[0], ab[1], far);
                assertThat(measured).as("level %d seed %d: %s Hz by %s dB", level, seed, band, item.amountDb())
                        .isCloseTo(item.amountDb(), within(1.0));
                worst = Math.max(worst, Math.abs(measured - item.amountDb()));
                assertThat(item.offers(item.answer())).isTrue();
            }
        }
        System.out.printf("EQ items: worst error of the measured band gain %.2f dB%n", worst);
    }

    @Test
    void eqClipsAreLevelMatchedSoLoudnessGivesNothingAway() {
        for (long seed = 1; seed <= 6; seed++) {
            Stereo[] ab = clips(ListeningItems.item(ListeningKind.EQ, 1, seed));
            assertThat(db(ab[1].rms() / ab[0].rms())).isCloseTo(0, within(0.1));
            assertThat(db(ab[0].rms())).isCloseTo(ListeningItems.TARGET_RMS_DB, within(0.5));
        }
    }

    @Test
    void theLouderClipOfALevelItemIsLouderByTheStatedAmount() {
        for (int level = 1; level <= ListeningKind.LEVEL.levels(); level++) {
            for (long seed = 1; seed <= 6; seed++) {
                Item item = ListeningItems.item(ListeningKind.LEVEL, level, seed);
                Stereo[] ab = clips(item);
                double aOverB = db(ab[0].rms() / ab[1].rms());
                double expected = item.answer().equals("A") ? item.amountDb() : -item.amountDb();
                assertThat(aOverB).as("level %d seed %d", level, seed).isCloseTo(expected, within(0.05));
                assertThat(item.amountDb()).isEqualTo(ListeningItems.LEVEL_STEPS[level - 1]);
            }
        }
    }

    @Test
    void aPannedClipHasTheChannelRatioOfItsPosition() {
        for (int level = 1; level <= ListeningKind.PANNING.levels(); level++) {
            for (long seed = 1; seed <= 10; seed++) {
                Item item = ListeningItems.item(ListeningKind.PANNING, level, seed);
                Stereo[] ab = clips(item);
                assertThat(db(Dsp.rms(ab[0].left()) / Dsp.rms(ab[0].right()))).isCloseTo(0, within(0.05));
                double angle = (item.parameter() + 1) * Math.PI / 4;
                double left = Dsp.rms(ab[1].left());
                double right = Dsp.rms(ab[1].right());
                switch (item.answer()) {
                    case "L" -> assertThat(db(right / left)).isLessThan(-60);
                    case "R" -> assertThat(db(left / right)).isLessThan(-60);
                    default -> assertThat(db(left / right)).as("%s", item.answer())
                            .isCloseTo(db(Math.cos(angle) / Math.sin(angle)), within(0.1));
                }
                assertThat(db(ab[1].rms() / ab[0].rms())).as("same loudness wherever it sits").isCloseTo(0, within(0.1));
            }
        }
    }

    static Item fault(String fault, int level) {
        return LongStream.rangeClosed(1, 500).mapToObj(s -> ListeningItems.item(ListeningKind.FAULTS, level, s))
                .filter(i -> i.answer().equals(fault)).findFirst().orElseThrow();
    }

    /** The share of samples sitting at the clip's own peak value (a flat top is a run of them). */
    static double flatTops(double[] x) {
        double peak = Dsp.peak(x);
        long atPeak = java.util.Arrays.stream(x).filter(v -> Math.abs(Math.abs(v) - peak) < 1.5 / 32767).count();
        return atPeak / (double) x.length;
    }

    @Test
    void aClippedItemHasFlatTopsAndItsReferenceHasNone() {
        for (int level = 1; level <= ListeningKind.FAULTS.levels(); level++) {
            Stereo[] ab = clips(fault("CLIPPED", level));
            assertThat(flatTops(ab[1].left())).as("level %d", level).isGreaterThan(0.002);
            assertThat(flatTops(ab[0].left())).isLessThan(0.0002);
            assertThat(db(ab[1].rms() / ab[0].rms())).isCloseTo(0, within(0.1));
        }
    }

    @Test
    void aHumItemHasEnergyAtTheMainsFrequencyAndItsHarmonicsOnly() {
        for (double frequency : new double[] {50, 60}) {
            humAt(frequency);
        }
    }

    void humAt(double frequency) {
        double previous = Double.MAX_VALUE;
        for (int level = 1; level <= ListeningKind.FAULTS.levels(); level++) {
            int rung = level;
            Item item = LongStream.rangeClosed(1, 500).mapToObj(s -> ListeningItems.item(ListeningKind.FAULTS, rung, s))
                    .filter(i -> i.answer().equals("HUM") && i.parameter() == frequency).findFirst().orElseThrow();
            Stereo[] ab = clips(item);
            double mains = item.parameter();
            assertThat(mains).isIn(50.0, 60.0);
            // One long window (0.67 Hz bins): the hum is a line, the kick drum's energy nearby is spread out.
            int size = 65_536;
            double[] pa = Fft.powerSpectrum(ab[0].left(), size);
            double[] pb = Fft.powerSpectrum(ab[1].left(), size);
            double more = 10 * Math.log10(Fft.bandPower(pb, size, Dsp.RATE, mains - 1.5, mains + 1.5)
                    / Fft.bandPower(pa, size, Dsp.RATE, mains - 1.5, mains + 1.5));
            // What B adds to A (A scaled as the level matching scaled it, found by least squares) is the hum: its
            // energy lies at the mains frequency and its harmonics, and nowhere else.
            double[] a = ab[0].left();
            double[] b = ab[1].left();
            double ab2 = 0, aa = 0;
            for (int i = 0; i < a.length; i++) {
                ab2 += a[i] * b[i];
                aa += a[i] * a[i];
            }
            double k = ab2 / aa;
            double[] added = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                added[i] = b[i] - k * a[i];
            }
            double[] pr = Fft.powerSpectrum(added, size);
            double atMains = 0;
            for (int h = 1; h <= 4; h++) {
                atMains += Fft.bandPower(pr, size, Dsp.RATE, h * mains - 1.5, h * mains + 1.5);
            }
            double share = atMains / Fft.bandPower(pr, size, Dsp.RATE, 0, Dsp.RATE / 2.0);
            double other = mains == 50 ? 60 : 50;
            double atOther = Fft.bandPower(pr, size, Dsp.RATE, other - 1.5, other + 1.5)
                    / Fft.bandPower(pr, size, Dsp.RATE, mains - 1.5, mains + 1.5);
            System.out.printf("HUM level %d (%.0f Hz): %.1f dB more there than in the reference; %.1f %% of what was"
                    + " added lies at %.0f Hz and its harmonics; %.1f dB at %.0f Hz%n", level, mains, more, 100 * share,
                    mains, 10 * Math.log10(atOther), other);
            // Plain on the first rung, subtler on each rung up, always there.
            assertThat(more).as("level %d", level).isGreaterThan(level == 1 ? 10 : 2).isLessThan(previous);
            previous = more;
            assertThat(share).as("level %d", level).isGreaterThan(0.95);
            assertThat(10 * Math.log10(atOther)).isLessThan(-30);
        }
    }

    /** Level (dB) of the loudest 20 ms window over the quietest tenth: how much a clip's loudness moves. */
    static double dynamics(Stereo s) {
        int window = Dsp.RATE / 50;
        java.util.List<Double> levels = new java.util.ArrayList<>();
        for (int start = 0; start + window <= s.frames(); start += window) {
            levels.add(Dsp.rms(java.util.Arrays.copyOfRange(s.left(), start, start + window)));
        }
        java.util.Collections.sort(levels);
        return db(levels.getLast() / levels.get(levels.size() / 10));
    }

    @Test
    void anOverCompressedItemHasLessDynamicsAndAPolarityItemCancelsInMono() {
        for (int level = 1; level <= ListeningKind.FAULTS.levels(); level++) {
            Stereo[] squashed = clips(fault("COMPRESSED", level));
            double lost = dynamics(squashed[0]) - dynamics(squashed[1]);
            System.out.printf("COMPRESSED level %d: %.1f dB less between loud and quiet moments%n", level, lost);
            assertThat(lost).as("level %d", level).isGreaterThan(3);
        }
        Stereo[] flipped = clips(fault("POLARITY", 1));
        double[] monoA = new double[flipped[0].frames()];
        double[] monoB = new double[flipped[1].frames()];
        for (int i = 0; i < monoA.length; i++) {
            monoA[i] = flipped[0].left()[i] + flipped[0].right()[i];
            monoB[i] = flipped[1].left()[i] + flipped[1].right()[i];
        }
        assertThat(db(Dsp.rms(monoB) / Dsp.rms(monoA))).as("the centre cancels when summed to mono").isLessThan(-6);
    }

    @Test
    void theSameSeedGivesByteIdenticalAudioAndAnotherSeedOther() throws Exception {
        for (ListeningKind kind : ListeningKind.values()) {
            Item item = ListeningItems.item(kind, 2, 4242);
            byte[] b1 = ListeningItems.wav(item, "B");
            byte[] b2 = ListeningItems.wav(ListeningItems.item(kind, 2, 4242), "B");
            assertThat(b2).isEqualTo(b1);
            assertThat(ListeningItems.wav(ListeningItems.item(kind, 2, 4243), "B")).isNotEqualTo(b1);
            assertThat(b1).hasSize(44 + ListeningItems.FRAMES * 4);
            assertThat(new String(b1, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        }
        // Pinned: a change to the DSP that alters what learners hear shows up here, not only in a listening session.
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ListeningItems.wav(ListeningItems.item(ListeningKind.FAULTS, 1, 7), "B")));
        assertThat(digest).isEqualTo("cf2f465b8d2b7e121c2ea08500b0e67c050688611ad739bf8f813ca324c8e07c");
    }

    /**
     * ABX (EQ and fault items): X is A or B as the seed says, and sounds exactly like it (the same RMS, the same
     * spectrum in the item's band, the difference a noise floor 60 dB down), yet its file and samples are never A's or
     * B's, so nothing short of listening (or measuring the sound, as for B's band itself) tells which it is.
     */
    @Test
    void theXClipSoundsLikeItsSourceButIsNeverTheSameFile() {
        int checked = 0;
        double worstRmsDb = 0;
        double worstBandDb = 0;
        for (ListeningKind kind : List.of(ListeningKind.EQ, ListeningKind.FAULTS)) {
            for (int level = 1; level <= kind.levels(); level++) {
                for (long seed = 1; seed <= 8; seed++) {
                    Item item = ListeningItems.item(kind, level, seed);
                    assertThat(item.clips()).containsExactly("A", "B", "X");
                    assertThat(item.x()).isIn("A", "B");
                    byte[] a = ListeningItems.wav(item, "A");
                    byte[] b = ListeningItems.wav(item, "B");
                    byte[] xBytes = ListeningItems.wav(item, "X");
                    assertThat(xBytes).as("same format and length").hasSize(a.length).isNotEqualTo(a).isNotEqualTo(b);
                    assertThat(ListeningItems.wav(ListeningItems.item(kind, level, seed), "X")).as("deterministic")
                            .isEqualTo(xBytes);
                    Stereo source = Wav.decode(item.x().equals("A") ? a : b);
                    Stereo other = Wav.decode(item.x().equals("A") ? b : a);
                    Stereo x = Wav.decode(xBytes);
                    int same = 0;
                    double[] residual = new double[x.frames() * 2];
                    for (int i = 0; i < x.frames(); i++) {
                        same += x.left()[i] == source.left()[i] ? 1 : 0;
                        residual[2 * i] = x.left()[i] - source.left()[i];
                        residual[2 * i + 1] = x.right()[i] - source.right()[i];
                    }
                    assertThat(same).as("samples equal to the source's").isLessThan(x.frames() / 3);
                    // What differs from the source: a noise floor near X_NOISE_DB, 60 dB under the clip, in step with it.
                    assertThat(db(Dsp.rms(residual))).isCloseTo(ListeningItems.X_NOISE_DB, within(1.0));
                    assertThat(db(source.rms()) - db(Dsp.rms(residual))).isGreaterThan(55);
                    double rmsDb = db(x.rms() / source.rms());
                    assertThat(rmsDb).as("level-matched to its source").isCloseTo(0, within(0.01));
                    worstRmsDb = Math.max(worstRmsDb, Math.abs(rmsDb));
                    assertThat(db(Dsp.rms(x.left()) / Dsp.rms(source.left()))).isCloseTo(0, within(0.01));
                    assertThat(db(Dsp.rms(x.right()) / Dsp.rms(source.right()))).isCloseTo(0, within(0.01));
                    if (kind == ListeningKind.EQ) {
                        double band = item.parameter();
                        double far = band >= 1000 ? band / 8 : band * 8;
                        double vsSource = raiseDb(source, x, band) - raiseDb(source, x, far);
                        double vsOther = raiseDb(other, x, band) - raiseDb(other, x, far);
                        assertThat(vsSource).as("X's band is its source's").isCloseTo(0, within(0.1));
                        double expected = item.x().equals("B") ? item.amountDb() : -item.amountDb();
                        assertThat(vsOther).as("and differs from the other clip's by the change").isCloseTo(expected,
                                within(1.0));
                        worstBandDb = Math.max(worstBandDb, Math.abs(vsSource));
                    }
                    checked++;
                }
            }
        }
        System.out.printf("X clips: %d checked; worst RMS difference from the source %.4f dB, worst band difference"
                + " %.3f dB%n", checked, worstRmsDb, worstBandDb);
        for (ListeningKind kind : List.of(ListeningKind.LEVEL, ListeningKind.PANNING)) {
            Item item = ListeningItems.item(kind, 1, 3);
            assertThat(item.clips()).as("%s keeps A and B", kind).containsExactly("A", "B");
            assertThat(item.x()).isNull();
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ListeningItems.wav(item, "X"));
        }
    }

    /** X is A about as often as B, and which it is tells nothing of the answer; grading needs both. */
    @Test
    void xIsSpreadOverAAndBAndAnItemIsRightOnlyWithBoth() {
        for (ListeningKind kind : List.of(ListeningKind.EQ, ListeningKind.FAULTS)) {
            java.util.Map<String, Set<String>> answersByX = new java.util.HashMap<>();
            int xIsA = 0;
            for (long seed = 1; seed <= 400; seed++) {
                Item item = ListeningItems.item(kind, kind.levels(), seed);
                xIsA += item.x().equals("A") ? 1 : 0;
                answersByX.computeIfAbsent(item.x(), k -> new HashSet<>()).add(item.answer());
            }
            assertThat(xIsA).as(kind.name()).isBetween(160, 240);
            assertThat(answersByX.get("A")).isEqualTo(answersByX.get("B"));
            Item item = ListeningItems.item(kind, 1, 11);
            String otherClip = item.x().equals("A") ? "B" : "A";
            assertThat(item.isRight(item.answer(), item.x())).isTrue();
            assertThat(item.isRight(item.answer(), otherClip)).isFalse();
            assertThat(item.isRight(item.answer(), null)).isFalse();
        }
        Item level = ListeningItems.item(ListeningKind.LEVEL, 1, 11);
        assertThat(level.isRight(level.answer(), null)).isTrue();
    }

    @Test
    void pinkNoiseFallsThreeDecibelsAnOctave() {
        double[] noise = Dsp.pinkNoise(new Random(1), Dsp.RATE * 8, -20);
        double[] power = Fft.powerSpectrum(noise, FFT);
        double perOctave = 10 * Math.log10(Fft.bandPower(power, FFT, Dsp.RATE, 1000, 2000) / Fft.bandPower(power, FFT, Dsp.RATE, 500, 1000));
        // Equal energy per octave: an octave band holds as much as the one below it.
        assertThat(perOctave).isCloseTo(0, within(1.0));
        assertThat(db(Dsp.rms(noise))).isCloseTo(-20, within(0.01));
    }

    @Test
    void clipsNeverPeakAboveMinusOneDecibelFullScale() {
        for (ListeningKind kind : ListeningKind.values()) {
            for (int level = 1; level <= kind.levels(); level++) {
                for (long seed = 1; seed <= 4; seed++) {
                    for (Stereo clip : ListeningItems.render(ListeningItems.item(kind, level, seed))) {
                        assertThat(db(clip.peak())).isLessThanOrEqualTo(-0.99);
                    }
                }
            }
        }
    }

    @Test
    void seedsSpreadAnswersOverEveryChoice() {
        for (ListeningKind kind : ListeningKind.values()) {
            Set<String> answers = new HashSet<>();
            LongStream.rangeClosed(1, 200).forEach(s -> answers.add(ListeningItems.item(kind, kind.levels(), s).answer()));
            assertThat(answers).hasSize(ListeningItems.item(kind, kind.levels(), 1).choices().size());
        }
    }

    /** The keys an item names are made up in code (per kind, position, fault): each must be in the bundle. */
    @Test
    void everyItemsWordsAreInTheBundle() throws Exception {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("src/main/resources/app/soundpath/messages.properties"))) {
            bundle.load(in);
        }
        Set<String> keys = new HashSet<>();
        for (ListeningKind kind : ListeningKind.values()) {
            keys.add("listening.kind." + kind.name());
            keys.add("listening.about." + kind.name());
            for (int level = 1; level <= kind.levels(); level++) {
                for (long seed = 1; seed <= 60; seed++) {
                    Item item = ListeningItems.item(kind, level, seed);
                    keys.add(item.promptKey());
                    keys.add(item.detailKey());
                    item.choices().forEach(c -> keys.add(c.labelKey()));
                    // an argument for every placeholder, none left over: MessageFormat would drop quotes otherwise
                    assertThat(bundle.getProperty(item.detailKey(), "")).as(item.detailKey())
                            .contains(item.detail().isEmpty() ? "" : "{" + (item.detail().size() - 1) + "}");
                }
            }
        }
        assertThat(keys).allSatisfy(k -> assertThat(bundle).containsKey(k));
        assertThat(keys).hasSizeGreaterThan(30);
    }

    @Test
    void theLadderClimbsAfterTwoRightAnswersFallsAfterAWrongOneAndPassesOnTheWindow() {
        assertThat(ListeningLadder.next(List.of(), 2, 4)).isEqualTo(2);
        assertThat(ListeningLadder.next(List.of(new Answer(2, true)), 2, 4)).isEqualTo(2);
        assertThat(ListeningLadder.next(List.of(new Answer(2, true), new Answer(2, true)), 2, 4)).isEqualTo(3);
        assertThat(ListeningLadder.next(List.of(new Answer(4, true), new Answer(4, true)), 2, 4)).isEqualTo(4);
        assertThat(ListeningLadder.next(List.of(new Answer(3, false), new Answer(3, true)), 2, 4)).isEqualTo(2);
        assertThat(ListeningLadder.next(List.of(new Answer(2, false)), 2, 4)).isEqualTo(2);
        assertThat(ListeningLadder.next(List.of(new Answer(5, true)), 1, 3)).as("a narrowed ladder").isEqualTo(3);

        List<Answer> eightOfTen = List.of(new Answer(1, true), new Answer(1, true), new Answer(1, false),
                new Answer(1, true), new Answer(1, true), new Answer(1, true), new Answer(1, false), new Answer(1, true),
                new Answer(1, true), new Answer(1, true), new Answer(1, false), new Answer(1, false));
        assertThat(ListeningLadder.accuracy(eightOfTen, 10)).isEqualTo(80);
        assertThat(ListeningLadder.passed(eightOfTen, 10, 80)).isTrue();
        assertThat(ListeningLadder.passed(eightOfTen, 10, 81)).isFalse();
        assertThat(ListeningLadder.passed(eightOfTen.subList(0, 9), 10, 50)).as("too few answers yet").isFalse();
        assertThat(ListeningLadder.accuracy(List.of(), 10)).isZero();
    }
}
