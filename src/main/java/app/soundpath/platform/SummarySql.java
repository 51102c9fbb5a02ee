package app.soundpath.platform;

/**
 * SQL shared by the tables that keep figures derived from others (the reports' summaries and counters): a check
 * that the stored rows are what a count from scratch gives.
 */
public final class SummarySql {

    private SummarySql() {
    }

    /** A query counting the rows in one SELECT and not the other, both ways: 0 when the two give the same rows. */
    public static String differences(String stored, String fresh) {
        return "SELECT COUNT(*) FROM ((" + stored + " EXCEPT " + fresh + ") UNION ALL (" + fresh + " EXCEPT " + stored + ")) d";
    }
}
