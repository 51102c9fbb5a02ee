package app.soundpath.reporting.boundary;

import app.soundpath.reporting.control.SlotCounters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Runs {@link SlotCounters}' statements in the caller's transaction, for the keepers of reporting's counter tables
 * ({@link LessonFiguresKeeper}, {@link CourseFiguresKeeper}, {@link ListeningFiguresKeeper}).
 */
final class SlotCounterStatements {

    private SlotCounterStatements() {
    }

    /**
     * Adds the amounts to the learner's slot of the key: one {@code UPDATE … + n} (the row lock orders two learners of one
     * slot), and an insert only when the slot is missing.
     */
    static void add(EntityManager em, SlotCounters table, long key, long learnerId, Number... amounts) {
        Object[] parameters = table.parameters(key, learnerId, amounts);
        if (bind(em.createNativeQuery(table.add()), parameters).executeUpdate() == 0) {
            bind(em.createNativeQuery(table.insertOne()), parameters).executeUpdate();
        }
    }

    /** Empty slots for a key just made. */
    static void prepare(EntityManager em, SlotCounters table, long key) {
        em.createNativeQuery(table.prepare()).setParameter(1, key).executeUpdate();
    }

    /** Drops a key's slots before it is deleted. */
    static void forget(EntityManager em, SlotCounters table, long key) {
        em.createNativeQuery(table.forget()).setParameter(1, key).executeUpdate();
    }

    private static Query bind(Query query, Object[] parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
