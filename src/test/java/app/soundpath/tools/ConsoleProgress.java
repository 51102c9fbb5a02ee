package app.soundpath.tools;

/**
 * A one-line progress bar on the console: learners written out of all, rows, rows per second and time left,
 * redrawn in place with a carriage return on a terminal, and printed as a new line every 10 % otherwise (a log).
 */
final class ConsoleProgress {

    private static final int WIDTH = 30;

    private final long total;
    private final long started = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private long done;
    private long rows;
    private int lastTenth = -1;

    ConsoleProgress(long total) {
        this.total = total;
    }

    void advance(long learners, long moreRows) {
        done += learners;
        rows += moreRows;
        int tenth = (int) (done * 10 / Math.max(1, total));
        if (terminal) {
            System.out.print("\r" + line());
            System.out.flush();
        } else if (tenth != lastTenth) {
            System.out.println(line());
        }
        lastTenth = tenth;
    }

    void done() {
        if (terminal) {
            System.out.println();
        }
    }

    private String line() {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        double share = (double) done / Math.max(1, total);
        int filled = (int) Math.round(share * WIDTH);
        double left = share > 0 ? seconds / share - seconds : 0;
        return String.format("[%s%s] %3.0f%%  %,d/%,d learners  %,d rows  %,.0f rows/s  %.0f s left ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), share * 100, done, total, rows, rows / seconds, left);
    }
}
