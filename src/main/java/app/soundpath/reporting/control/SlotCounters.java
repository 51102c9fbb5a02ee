package app.soundpath.reporting.control;

import app.soundpath.platform.SummarySql;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL shared by reporting's striped counter tables ({@code lesson_figures}, {@code course_figures},
 * {@code listening_figures}): per key (a lesson, a course), the counters are split over {@link #SLOTS} rows by
 * learner id, so learners who add at the same moment rarely wait for each other's row lock. A learner adds with one
 * {@code UPDATE … SET x = x + n} on their slot ({@link #add()}), and the slot is inserted when it is missing
 * ({@link #insertOne()}). Each table gives its own count from scratch ({@code fresh}), which {@link #insert} and
 * {@link #drift} use.
 */
public final class SlotCounters {

    public static final int SLOTS = 8;

    private final String table;
    private final String key;
    private final List<String> counters;
    private final UnaryOperator<String> fresh;
    private final boolean zerosMayBeMissing;

    /**
     * @param fresh             the rows as they should be, for the keys of a subquery, in the order of {@link #columns()}
     * @param zerosMayBeMissing whether a slot of zeros and a missing slot mean the same (slots not made with the key)
     */
    public SlotCounters(String table, String key, UnaryOperator<String> fresh, boolean zerosMayBeMissing, String... counters) {
        this.table = table;
        this.key = key;
        this.counters = List.of(counters);
        this.fresh = fresh;
        this.zerosMayBeMissing = zerosMayBeMissing;
    }

    /** The learner's slot: their id mod {@link #SLOTS}. */
    public static int slot(long learnerId) {
        return (int) Math.floorMod(learnerId, (long) SLOTS);
    }

    /** The same in SQL, for the learner id of the table alias given. */
    public static String slotOf(String alias) {
        return "MOD(" + alias + ".learner_id, " + SLOTS + ")";
    }

    /** A subquery of the slot numbers, one row each, column {@code slot}. */
    public static String slots() {
        return IntStream.range(0, SLOTS).mapToObj(i -> "SELECT " + i + " AS slot").collect(Collectors.joining(" UNION ALL "));
    }

    /** The key, the slot and the counters. */
    public String columns() {
        return key + ", slot, " + String.join(", ", counters);
    }

    /** Adds to one slot: ?1 … ?n the amounts of the counters in order, then the key and the slot ({@link #parameters}). */
    public String add() {
        String sums = IntStream.range(0, counters.size()).mapToObj(i -> counters.get(i) + " = " + counters.get(i) + " + ?" + (i + 1))
                .collect(Collectors.joining(", "));
        return "UPDATE " + table + " SET " + sums + " WHERE " + key + " = ?" + (counters.size() + 1) + " AND slot = ?"
                + (counters.size() + 2);
    }

    /** The slot when it is missing: the same parameters as {@link #add()}. */
    public String insertOne() {
        String amounts = IntStream.rangeClosed(1, counters.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns() + ") VALUES (?" + (counters.size() + 1) + ", ?" + (counters.size() + 2)
                + ", " + amounts + ")";
    }

    /**
     * The parameters of {@link #add()} and {@link #insertOne()}, in order: the amounts as given (bound with their own
     * type, an {@code Integer} for an {@code INTEGER} column, a {@code Long} for a {@code BIGINT} one), the key, the slot.
     */
    public Object[] parameters(long keyId, long learnerId, Number... amounts) {
        if (amounts.length != counters.size()) {
            throw new IllegalArgumentException(counters.size() + " amounts expected for " + table + ", got " + amounts.length);
        }
        Object[] parameters = new Object[amounts.length + 2];
        System.arraycopy(amounts, 0, parameters, 0, amounts.length);
        parameters[amounts.length] = keyId;
        parameters[amounts.length + 1] = slot(learnerId);
        return parameters;
    }

    /** Empty slots for a new key (?1). */
    public String prepare() {
        return "INSERT INTO " + table + " (" + columns() + ") SELECT ?1, s.slot, " + zeros() + " FROM (" + slots() + ") s";
    }

    /** Empty slots of the key given where they are missing (the key is a number in the text). */
    public String prepareMissing(long keyId) {
        return "INSERT INTO " + table + " (" + columns() + ") SELECT " + keyId + ", s.slot, " + zeros() + " FROM (" + slots() + ") s"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " f WHERE f." + key + " = " + keyId + " AND f.slot = s.slot)";
    }

    /** Drops one key's (?1) slots. */
    public String forget() {
        return "DELETE FROM " + table + " WHERE " + key + " = ?1";
    }

    public String fresh(String keys) {
        return fresh.apply(keys);
    }

    public String delete(String keys) {
        return "DELETE FROM " + table + " WHERE " + key + " IN (" + keys + ")";
    }

    public String insert(String keys) {
        return "INSERT INTO " + table + " (" + columns() + ") " + fresh(keys);
    }

    /** How many stored rows of the keys differ from the fresh ones, both ways (0 when the figures are right). */
    public String drift(String keys) {
        String stored = "SELECT " + columns() + " FROM " + table + " WHERE " + key + " IN (" + keys + ")";
        if (!zerosMayBeMissing) {
            return SummarySql.differences(stored, fresh(keys));
        }
        String counts = "(" + counters.stream().map(c -> c + " <> 0").collect(Collectors.joining(" OR ")) + ")";
        return SummarySql.differences(stored + " AND " + counts, "SELECT " + columns() + " FROM (" + fresh(keys) + ") n WHERE " + counts);
    }

    private String zeros() {
        return counters.stream().map(c -> "0").collect(Collectors.joining(", "));
    }
}
