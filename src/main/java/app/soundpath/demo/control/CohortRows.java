package app.soundpath.demo.control;

import app.soundpath.assessment.entity.Block;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of planned learners, table by table, as the app's entities store them (UTC wall-clock timestamps, scores
 * with four decimals): what the demo cohort at start-up and the data generator (./mvnw -Pdata) both write.
 */
public final class CohortRows {

    private CohortRows() {
    }

    /** Every table written, in foreign-key order, with the columns given (the rest keep their defaults). */
    public enum Table {
        ACCOUNT("account", "id, email, display_name, password_hash, active, created_at, last_sign_in_at"),
        ACCOUNT_ROLE("account_role", "account_id, role"),
        ASSESSMENT_ATTEMPT("assessment_attempt", "id, questionnaire_id, learner_id, scoring_version, answers, tie_breakers,"
                + " a_producer, a_engineer, b_producer, b_engineer, c_producer, c_engineer, d, suggestion, confidence,"
                + " knowledge_percent, taken_at"),
        TRACK_DECISION("track_decision", "id, attempt_id, learner_id, chosen_track, override, reason_code, reason_text, decided_at"),
        ENROLLMENT("enrollment", "id, learner_id, course_id, enrolled_at, left_at"),
        // Every learner with an enrolment or an assessment attempt has a stamp (platform.LearnerStamp), as the app
        // writes one with their first (issue 14).
        LEARNER_STAMP("learner_stamp", "learner_id, stamp"),
        COURSE_PROGRESS("course_progress", "learner_id, course_id, lessons_total, lessons_done, last_lesson_id,"
                + " last_activity_at, completed_at"),
        LESSON_PROGRESS("lesson_progress", "learner_id, lesson_id, course_id, state, best_score, attempts, updated_at, completed_at"),
        CHECK_ATTEMPT("check_attempt", "id, learner_id, lesson_id, score, passed, answers, attempted_at"),
        LEARNING_EVENT("learning_event", "id, learner_id, verb, object_type, object_id, result, occurred_at");

        public final String name;
        public final String columns;
        public final int width;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.width = columns.split(",").length;
        }
    }

    /** Rows of a run of learners, per table, ready to write. */
    public static final class Chunk {
        public final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
        public int learners;
        public long count;
        public final boolean last;

        public Chunk(boolean last) {
            this.last = last;
            for (Table t : Table.values()) {
                rows.put(t, new ArrayList<>());
            }
        }

        public void add(Table table, Object... values) {
            rows.get(table).add(values);
            count++;
        }

        public void add(LoadPlan.Learner l, long questionnaireId, String passwordHash) {
            LoadPlan.Account a = l.account();
            add(Table.ACCOUNT, a.id(), a.email(), a.displayName(), passwordHash, true, time(a.createdAt()), time(a.lastSignInAt()));
            add(Table.ACCOUNT_ROLE, a.id(), "LEARNER");
            addActivity(l, questionnaireId);
        }

        /** A learner's rows except their account (for an account that exists already, as the demo learner's). */
        public void addActivity(LoadPlan.Learner l, long questionnaireId) {
            addActivity(l, questionnaireId, true);
        }

        /** As above; {@code withStamp} false for an account that has its stamp already (the app made it). */
        public void addActivity(LoadPlan.Learner l, long questionnaireId, boolean withStamp) {
            learners++;
            for (LoadPlan.Attempt x : l.attempts()) {
                var f = x.fit();
                var sub = f.subScores();
                add(Table.ASSESSMENT_ATTEMPT, x.id(), questionnaireId, x.learnerId(), f.scoringVersion(), x.answers(),
                        x.tieBreakers(), dec(sub.get(Block.A).producer()),
                        dec(sub.get(Block.A).engineer()),
                        dec(sub.get(Block.B).producer()),
                        dec(sub.get(Block.B).engineer()),
                        dec(sub.get(Block.C).producer()),
                        dec(sub.get(Block.C).engineer()), dec(f.d()),
                        f.suggestion().name(), f.confidence().name(), f.knowledgePercent(), time(x.takenAt()));
            }
            for (LoadPlan.Decision d : l.decisions()) {
                add(Table.TRACK_DECISION, d.id(), d.attemptId(), d.learnerId(), d.chosenTrack().name(), d.override(),
                        d.reason() == null ? null : d.reason().name(), d.reasonText(), time(d.decidedAt()));
            }
            for (LoadPlan.Enrollment e : l.enrollments()) {
                add(Table.ENROLLMENT, e.id(), e.learnerId(), e.courseId(), time(e.enrolledAt()), time(e.leftAt()));
            }
            // The learner's stamp (platform.LearnerStamp): with it their pages are kept per node, not read each time.
            if (withStamp && !l.enrollments().isEmpty()) {
                add(Table.LEARNER_STAMP, l.enrollments().get(0).learnerId(), 0L);
            } else if (withStamp && !l.attempts().isEmpty()) {
                add(Table.LEARNER_STAMP, l.attempts().get(0).learnerId(), 0L);
            }
            for (LoadPlan.CourseProgress c : l.courses()) {
                add(Table.COURSE_PROGRESS, c.learnerId(), c.courseId(), c.lessonsTotal(), c.lessonsDone(), c.lastLessonId(),
                        time(c.lastActivityAt()), time(c.completedAt()));
            }
            for (LoadPlan.LessonProgress p : l.lessons()) {
                add(Table.LESSON_PROGRESS, p.learnerId(), p.lessonId(), p.courseId(), p.state().name(), p.bestScore(),
                        p.attempts(), time(p.updatedAt()), time(p.completedAt()));
            }
            for (LoadPlan.CheckAttempt c : l.checks()) {
                add(Table.CHECK_ATTEMPT, c.id(), c.learnerId(), c.lessonId(), c.score(), c.passed(), c.answers(),
                        time(c.attemptedAt()));
            }
            for (LoadPlan.Event e : l.events()) {
                add(Table.LEARNING_EVENT, e.id(), e.learnerId(), e.verb().name(), e.objectType().name(), e.objectId(),
                        e.result(), time(e.occurredAt()));
            }
        }

        /** As the app's UtcInstantConverter: a UTC wall-clock TIMESTAMP. */
        public static LocalDateTime time(Instant instant) {
            return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }

        /** As AssessmentAttempt stores a score: four decimals, half up. */
        public static BigDecimal dec(double value) {
            return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
        }
    }
}
