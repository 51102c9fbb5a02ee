package app.soundpath.learning.control;

import java.io.ByteArrayOutputStream;

/** Encodes stereo samples as a 16-bit PCM WAV file (RIFF, little-endian), the format every browser decodes. */
public final class Wav {

    private Wav() {
    }

    public static byte[] encode(Stereo s) {
        int frames = s.frames();
        int dataBytes = frames * 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + dataBytes);
        ascii(out, "RIFF");
        int32(out, 36 + dataBytes);
        ascii(out, "WAVE");
        ascii(out, "fmt ");
        int32(out, 16);
        int16(out, 1);            // PCM
        int16(out, 2);            // channels
        int32(out, Dsp.RATE);
        int32(out, Dsp.RATE * 4); // bytes a second
        int16(out, 4);            // bytes a frame
        int16(out, 16);           // bits a sample
        ascii(out, "data");
        int32(out, dataBytes);
        for (int i = 0; i < frames; i++) {
            int16(out, sample(s.left()[i]));
            int16(out, sample(s.right()[i]));
        }
        return out.toByteArray();
    }

    /** Reads back what {@link #encode} wrote (for tests and checks): samples as ±1 floating point. */
    public static Stereo decode(byte[] wav) {
        int frames = (wav.length - 44) / 4;
        double[] l = new double[frames];
        double[] r = new double[frames];
        for (int i = 0; i < frames; i++) {
            l[i] = (short) ((wav[44 + 4 * i] & 0xff) | (wav[45 + 4 * i] << 8)) / 32767.0;
            r[i] = (short) ((wav[46 + 4 * i] & 0xff) | (wav[47 + 4 * i] << 8)) / 32767.0;
        }
        return new Stereo(l, r);
    }

    private static int sample(double v) {
        return (int) StrictMath.round(Math.max(-1, Math.min(1, v)) * 32767);
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (char c : s.toCharArray()) {
            out.write(c);
        }
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        int16(out, v & 0xffff);
        int16(out, (v >>> 16) & 0xffff);
    }
}
