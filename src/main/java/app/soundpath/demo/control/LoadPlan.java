package app.soundpath.demo.control;

import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackDecision.Reason;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.learning.entity.LearningEvent.ObjectType;
import app.soundpath.learning.entity.LearningEvent.Verb;
import app.soundpath.learning.entity.LessonState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The deterministic plan of the demo and load data: who signs up when, who takes the track-fit assessment with
 * which answers (scored by the app's own TrackFitScorer), who follows or overrides the suggestion, who
 * enrols in what, and how far each learner gets, lesson by lesson and attempt by attempt, up to a reference time.
 * <p>
 * Pure: no database. Every learner is simulated from its own random stream (seed and learner number), in time
 * order, with the app's rules: a course is started only once its prerequisites are complete, every check attempt
 * updates the lesson row and recounts the course summary, a passed course challenge waives the lessons not done
 * yet, and every enrol, leave, pass, fail, completion and waiver appends to the learning record. Rows come out as
 * the app would have written them, so the summary rows agree with the lesson rows exactly.
 * <p>
 * Ids come from one reserved range, starting at {@link #ID_BASE}, far above the app's sequences (which start at
 * 1000 and step by 50); each table counts up from it in generation order. Same catalog, seed, reference time and
 * size give the same rows, byte for byte.
 */
public final class LoadPlan {

    /** First id of the reserved range: accounts are ID_BASE + learner number, every other table counts up from here. */
    public static final long ID_BASE = 1_000_000_000L;
    public static final String EMAIL_DOMAIN = "load.soundpath.test";
    /** The password of every generated learner. */
    public static final String PASSWORD = "load-learner-2026";
    /**
     * First id of the demo accounts' own rows (attempts, decisions, enrolments, checks, events of the demo learner):
     * apart from the generated learners' range, so removing generated data (-Ddata.replace) and loading again never
     * meets them.
     */
    public static final long DEMO_ID_BASE = 2_000_000_000L;
    /** The app's course challenge: two questions per lesson, 80 % to pass (LearningService). */
    static final int CHALLENGE_QUESTIONS_PER_LESSON = 2;
    static final int CHALLENGE_PASS_MARK = 80;

    /** How many learners. */
    public enum Size {
        S(100), M(10_000), L(100_000);

        public final int learners;

        Size(int learners) {
            this.learners = learners;
        }
    }

    // ---- Rows, as the app writes them ----------------------------------------------------------------------------

    public record Account(long id, String email, String displayName, Instant createdAt, Instant lastSignInAt) {
    }

    public record Attempt(long id, long learnerId, String answers, String tieBreakers, TrackFit fit, Instant takenAt) {
    }

    public record Decision(long id, long attemptId, long learnerId, Side chosenTrack, boolean override, Reason reason,
                           String reasonText, Instant decidedAt) {
    }

    public record Enrollment(long id, long learnerId, long courseId, Instant enrolledAt, Instant leftAt) {
    }

    public record CourseProgress(long learnerId, long courseId, int lessonsTotal, int lessonsDone, Long lastLessonId,
                                 Instant lastActivityAt, Instant completedAt) {
    }

    public record LessonProgress(long learnerId, long lessonId, long courseId, LessonState state, Integer bestScore,
                                 int attempts, Instant updatedAt, Instant completedAt) {
    }

    public record CheckAttempt(long id, long learnerId, long lessonId, int score, boolean passed, String answers,
                               Instant attemptedAt) {
    }

    public record Event(long id, long learnerId, Verb verb, ObjectType objectType, long objectId, String result,
                        Instant occurredAt) {
    }

    /** Everything generated for one learner. */
    public record Learner(Account account, List<Attempt> attempts, List<Decision> decisions,
                          List<Enrollment> enrollments, List<CourseProgress> courses, List<LessonProgress> lessons,
                          List<CheckAttempt> checks, List<Event> events) {

        /** Rows in all tables, the account's role row and the learner's stamp included. */
        public int rows() {
            return 2 + attempts.size() + decisions.size() + enrollments.size() + (enrollments.isEmpty() ? 0 : 1)
                    + courses.size() + lessons.size() + checks.size() + events.size();
        }
    }

    // ---- The shape of the population (shares are of all learners unless said otherwise) --------------------------

    /** Personas: leaning to production, to engineering, or torn between them (the rest). */
    static final double PRODUCER_LEANING = 0.40;
    static final double ENGINEER_LEANING = 0.36;
    /** Share of learners who take the assessment, and of those who take it a second time later. */
    static final double TAKES_ASSESSMENT = 0.70;
    static final double RETAKES_ASSESSMENT = 0.30;
    /** Share of results followed by a decision (follow or override), on the first and on a second attempt. */
    static final double DECIDES = 0.82;
    static final double DECIDES_AGAIN = 0.5;
    /** Close calls answering the tie-breaker step. */
    static final double ANSWERS_TIE_BREAKERS = 0.5;
    /** Learners without a decision who never enrol in anything. */
    static final double NEVER_ENROLS = 0.08;
    /** Learners who enrol in a whole track at once rather than course by course (the rest). */
    static final double ENROLS_BY_TRACK = 0.45;
    /** Learners who explore the other track once they finished a course of their own. */
    static final double EXPLORES_OTHER_TRACK = 0.25;
    static final double EXPLORES_OTHER_TRACK_TORN = 0.5;
    /** Learners who leave a course they gave up on (the rest just stop). */
    static final double LEAVES_WHEN_GIVING_UP = 0.3;
    /** Account age: up to this many days before the reference time, more of them recent (a growing platform). */
    static final int HISTORY_DAYS = 365;

    private static final Reason[] REASONS = {Reason.CAREER_GOAL, Reason.CAREER_GOAL, Reason.CAREER_GOAL,
            Reason.ALREADY_DECIDED, Reason.ALREADY_DECIDED, Reason.ALREADY_DECIDED, Reason.TRY_FIRST, Reason.TRY_FIRST,
            Reason.OTHER_SKILLS, Reason.OTHER};
    private static final String[] REASON_TEXTS = {"I already play in a band and want to record us.",
            "My school has a studio I can use.", "I want to work at live shows.", "I write songs already.",
            "A friend runs a venue and needs help.", "I want to try this one first."};
    private static final String[] FIRST_NAMES = {"Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hiro", "Ines",
            "Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera",
            "Wen", "Xavi", "Yara", "Zoe", "Amir", "Bea", "Carlos", "Dana", "Emil", "Fatima", "Gus", "Hana", "Ivan",
            "Jade", "Kai", "Lena", "Marco", "Nia", "Omar", "Priya", "Rafael", "Sofia", "Theo", "Uma", "Victor", "Willa",
            "Yusuf", "Zain", "Alba", "Bruno", "Cleo", "Diego", "Esme", "Felix", "Gia", "Hugo", "Iris", "Jamal"};
    private static final String[] LAST_NAMES = {"Abbott", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
            "Hansen", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Patel", "Quinn", "Rossi",
            "Schmidt", "Tanaka", "Ueda", "Varga", "Wagner", "Xu", "Yilmaz", "Zimmer", "Andersen", "Becker", "Chen",
            "Diaz", "Evans", "Fontaine", "Gruber", "Horvat", "Iqbal", "Jovanovic", "Kim", "Lopez", "Mensah", "Nakamura",
            "Oliveira", "Peters", "Reyes", "Silva", "Torres", "Ulrich", "Vogel", "Weber", "Young", "Zhang"};

    private final Catalog catalog;
    private final long seed;
    private final Instant now;
    private final int learners;
    private final List<Item> scoredItems;
    private final List<Catalog.QItem> tieBreakerItems;
    private final Scorer scorer;

    // Id counters, one per table: rows are numbered in generation order, so the same plan always numbers alike.
    private int nextLearner;
    private long attemptIds = ID_BASE;
    private long decisionIds = ID_BASE;
    private long enrollmentIds = ID_BASE;
    private long checkIds = ID_BASE;
    private long eventIds = ID_BASE;

    /**
     * @param now the reference time: nothing happens after it, and "recent" activity is recent relative to it
     */
    public LoadPlan(Catalog catalog, long seed, Instant now, int learners, Scorer scorer) {
        this.catalog = catalog;
        this.scorer = scorer;
        this.seed = seed;
        this.now = now;
        this.learners = learners;
        this.scoredItems = catalog.items().stream().filter(Catalog.QItem::scored).map(Catalog.QItem::toScored).toList();
        this.tieBreakerItems = catalog.items().stream().filter(i -> !i.scored()).toList();
    }

    /**
     * The app's scoring of an attempt (assessment's TrackFitScorer, version 1: the callers hand it in, so the plan
     * stores exactly what the app computes without reaching into another feature's rules).
     */
    @FunctionalInterface
    public interface Scorer {
        TrackFit score(List<Item> items, Map<String, String> answers, List<Side> tieBreakers);
    }

    public int learners() {
        return learners;
    }

    public boolean hasNext() {
        return nextLearner < learners;
    }

    /** The next learner's rows; learners come in number order, 1 to {@link #learners()}. */
    public Learner next() {
        if (!hasNext()) {
            throw new IllegalStateException("All " + learners + " learners are generated");
        }
        nextLearner++;
        return new Simulation(nextLearner).run();
    }

    /**
     * The demo learner's story, on the demo account that exists already (issue 16: a newcomer signing in as the demo
     * learner meets someone mid-way): a track-fit result and a decision that follows it, the foundation course done,
     * and the next course of the chosen track half done, its first check failed once and then passed. The same
     * bookkeeping as every generated learner; call it after the generated learners (it takes the next ids).
     *
     * @param since when the story starts (days before the reference time)
     */
    public Learner demoLearner(long accountId, String email, String displayName, Instant since) {
        attemptIds = decisionIds = enrollmentIds = checkIds = eventIds = DEMO_ID_BASE;
        return new Simulation(accountId, email, displayName, since).runDemo();
    }

    public static String email(int learner) {
        return String.format("learner-%06d@%s", learner, EMAIL_DOMAIN);
    }

    /** A random stream of its own per learner: seed and learner number mixed (SplitMix64's finaliser). */
    static long mix(long seed, long learner) {
        long z = seed * 0x9E3779B97F4A7C15L + learner * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The fewest right answers out of n that pass: the app's score is right * 100 / n, passed when ≥ the mark. */
    static int passingRight(int questions, int passMark) {
        for (int right = 0; right <= questions; right++) {
            if (right * 100 / questions >= passMark) {
                return right;
            }
        }
        return questions + 1;
    }

    /** Thrown to end a learner's story at the reference time: nothing after it has happened yet. */
    private static final class ReachedNow extends RuntimeException {
        ReachedNow() {
            super(null, null, false, false);
        }
    }

    private static final ReachedNow REACHED_NOW = new ReachedNow();

    /** One learner's story, in time order. */
    private final class Simulation {

        final SplittableRandom r;
        final int number;
        final long learnerId;
        final Instant createdAt;
        final Side lean;          // null: torn between the two careers
        final double strength;    // how strongly the persona leans, 0..1
        final double enthusiasm;  // a torn persona's general level on the 1-5 scales
        final double knowledge;   // chance to know a basics question (block D) and to pass a course challenge
        final double skill;       // chance to pass a lesson check at the first go, roughly
        final double motivation;  // chance to go on to the next lesson and course, roughly
        final double paceDays;    // mean days between study sessions
        final String displayName;
        Instant t;
        Instant lastAction;
        int knowledgePercent = -1;

        final List<Attempt> attempts = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<CheckAttempt> checks = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final Map<Long, EnrollmentState> enrollments = new LinkedHashMap<>();
        final Map<Long, CourseState> courses = new LinkedHashMap<>();
        final Map<Long, app.soundpath.learning.entity.LessonProgress> lessons = new LinkedHashMap<>();

        final String email;

        /** The demo learner: a clear producer, keen and steady, on an account of the app's own. */
        Simulation(long accountId, String email, String displayName, Instant since) {
            this.number = 0;
            this.learnerId = accountId;
            this.email = email;
            this.r = new SplittableRandom(mix(seed, 0));
            this.createdAt = since;
            this.lean = Side.PRODUCER;
            this.strength = 0.85;
            this.enthusiasm = 0;
            this.knowledge = 0.6; // knows some basics, not enough to test out of the foundation course
            this.skill = 0.7;
            this.motivation = 0.95;
            this.paceDays = 1;
            this.displayName = displayName;
            this.t = since;
            this.lastAction = since;
        }

        Simulation(int number) {
            this.number = number;
            this.learnerId = ID_BASE + number;
            this.email = email(number);
            this.r = new SplittableRandom(mix(seed, number));
            double ageFraction = 1 - Math.sqrt(r.nextDouble());
            this.createdAt = now.minusSeconds(Math.max(600, (long) (ageFraction * HISTORY_DAYS * 86_400)));
            double persona = r.nextDouble();
            this.lean = persona < PRODUCER_LEANING ? Side.PRODUCER
                    : persona < PRODUCER_LEANING + ENGINEER_LEANING ? Side.ENGINEER : null;
            this.strength = lean == null ? 0 : 0.1 + 0.9 * r.nextDouble();
            this.enthusiasm = r.nextDouble() * 2 - 1;
            this.knowledge = 0.25 + 0.7 * r.nextDouble();
            this.skill = r.nextDouble();
            this.motivation = Math.sqrt(r.nextDouble());
            this.paceDays = Math.exp(Math.log(0.2) + r.nextDouble() * Math.log(20));
            this.displayName = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
            this.t = createdAt;
            this.lastAction = createdAt;
        }

        Learner run() {
            try {
                story();
            } catch (ReachedNow stop) {
                // the rest of this learner's story has not happened yet
            }
            return rows();
        }

        Learner runDemo() {
            try {
                minutes(5, 30);
                Attempt attempt = assess();
                Side track = follow(attempt);
                List<Catalog.Course> path = catalog.tracks().getOrDefault(track, List.of()).stream().map(catalog::course).toList();
                Catalog.Course foundation = path.stream().filter(Catalog.Course::foundation).findFirst().orElse(path.get(0));
                for (Catalog.Lesson lesson : foundation.lessons()) {
                    nextDay();
                    if (lesson.questions().isEmpty()) {
                        markDone(lesson);
                    } else {
                        submitCheck(lesson, true);
                    }
                }
                Catalog.Course next = path.stream().filter(c -> c != foundation && prerequisitesComplete(c)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No course of the " + track + " track follows the foundation"));
                List<Catalog.Lesson> lessons = next.lessons();
                boolean failedOnce = false;
                for (int i = 0; i < (lessons.size() + 1) / 2; i++) {
                    nextDay();
                    Catalog.Lesson lesson = lessons.get(i);
                    if (lesson.questions().isEmpty()) {
                        markDone(lesson);
                        continue;
                    }
                    if (!failedOnce) {
                        submitCheck(lesson, false);
                        minutes(5, 15);
                        failedOnce = true;
                    }
                    submitCheck(lesson, true);
                }
            } catch (ReachedNow stop) {
                // a story that starts too close to the reference time ends where it stands
            }
            return rows();
        }

        /** Follows the suggestion (after a close call: their own leaning); enrols in that track. */
        Side follow(Attempt attempt) {
            minutes(1, 5);
            TrackFit fit = attempt.fit();
            Side chosen = fit.suggestion() == TrackFit.Suggestion.CLOSE_CALL ? lean : Side.valueOf(fit.suggestion().name());
            decisions.add(new Decision(++decisionIds, attempt.id(), learnerId, chosen, false, null, null, at()));
            enrollInTrack(chosen);
            return chosen;
        }

        /** The next day's study session, in the early evening. */
        void nextDay() {
            t = t.plus(Duration.ofHours(20 + r.nextInt(8)));
        }

        void story() {
            Side track = lean != null ? lean : r.nextBoolean() ? Side.PRODUCER : Side.ENGINEER;
            minutes(1, 30);
            boolean decided = false;
            if (r.nextDouble() < TAKES_ASSESSMENT) {
                Attempt attempt = assess();
                if (r.nextDouble() < DECIDES) {
                    track = decide(attempt, track);
                    decided = true;
                }
            }
            if (!decided) {
                if (r.nextDouble() < NEVER_ENROLS) {
                    return;
                }
                minutes(1, 20);
            }
            boolean byTrack = r.nextDouble() < ENROLS_BY_TRACK;
            boolean finishedByChoice = walk(track, byTrack, 1.0);
            int ownCoursesDone = completedCourses(track, false);
            if (!finishedByChoice || ownCoursesDone == 0) {
                return;
            }
            if (!attempts.isEmpty() && r.nextDouble() < RETAKES_ASSESSMENT) {
                nextSession();
                Attempt again = assess();
                if (r.nextDouble() < DECIDES_AGAIN) {
                    Side chosen = decide(again, track);
                    if (chosen != track) {
                        walk(chosen, true, 0.8);
                    }
                    return;
                }
            }
            double explores = lean == null ? EXPLORES_OTHER_TRACK_TORN : EXPLORES_OTHER_TRACK;
            if (r.nextDouble() < explores) {
                nextSession();
                walk(track.other(), false, 0.7);
            }
        }

        // ---- the assessment --------------------------------------------------------------------------------------

        Attempt assess() {
            Map<String, String> answers = new TreeMap<>();
            for (Catalog.QItem item : catalog.items()) {
                if (!item.scored()) {
                    continue;
                }
                answers.put(String.valueOf(item.id()), switch (item.block()) {
                    case "A", "B" -> String.valueOf(likert(item.side()));
                    case "C" -> String.valueOf(pick(item.options(), leaningSide(0.55 + 0.4 * strength)));
                    default -> String.valueOf(knowledgeAnswer(item));
                });
            }
            TrackFit fit = scorer.score(scoredItems, answers, List.of());
            Map<String, String> tieBreakers = new TreeMap<>();
            if (fit.suggestion() == TrackFit.Suggestion.CLOSE_CALL && !tieBreakerItems.isEmpty()
                    && r.nextDouble() < ANSWERS_TIE_BREAKERS) {
                minutes(1, 3);
                for (Catalog.QItem item : tieBreakerItems) {
                    tieBreakers.put(String.valueOf(item.id()), String.valueOf(pick(item.options(), leaningSide(0.7))));
                }
                List<Side> sides = tieBreakers.entrySet().stream().map(e -> tieBreakerItems.stream()
                        .filter(i -> String.valueOf(i.id()).equals(e.getKey())).findFirst().orElseThrow().options()
                        .stream().filter(o -> String.valueOf(o.id()).equals(e.getValue())).findFirst().orElseThrow().side())
                        .filter(Objects::nonNull).toList();
                fit = scorer.score(scoredItems, answers, sides);
            }
            minutes(4, 12);
            Instant when = at();
            Attempt attempt = new Attempt(++attemptIds, learnerId, encode(answers), encode(tieBreakers), fit, when);
            attempts.add(attempt);
            knowledgePercent = fit.knowledgePercent();
            return attempt;
        }

        int likert(Side side) {
            double mean = lean == null ? 3 + enthusiasm : side == lean ? 3 + 1.6 * strength : 3 - 1.1 * strength;
            long value = Math.round(mean + gaussian() * 0.9);
            return (int) Math.max(1, Math.min(5, value));
        }

        Side leaningSide(double pLean) {
            if (lean == null) {
                return r.nextBoolean() ? Side.PRODUCER : Side.ENGINEER;
            }
            return r.nextDouble() < pLean ? lean : lean.other();
        }

        long pick(List<Catalog.QOption> options, Side side) {
            List<Catalog.QOption> own = options.stream().filter(o -> o.side() == side).toList();
            List<Catalog.QOption> from = own.isEmpty() ? options : own;
            return from.get(r.nextInt(from.size())).id();
        }

        long knowledgeAnswer(Catalog.QItem item) {
            List<Catalog.QOption> right = item.options().stream().filter(Catalog.QOption::correct).toList();
            List<Catalog.QOption> wrong = item.options().stream().filter(o -> !o.correct()).toList();
            boolean knows = r.nextDouble() < knowledge;
            List<Catalog.QOption> from = (knows && !right.isEmpty()) || wrong.isEmpty() ? right : wrong;
            return from.get(r.nextInt(from.size())).id();
        }

        /** Follows the suggestion, or (now and then) chooses the other track with a reason; enrols in the chosen track. */
        Side decide(Attempt attempt, Side fallback) {
            minutes(1, 10);
            TrackFit fit = attempt.fit();
            Side chosen;
            boolean override = false;
            Reason reason = null;
            String text = null;
            if (fit.suggestion() == TrackFit.Suggestion.CLOSE_CALL) {
                chosen = lean != null ? lean : fallback;
            } else {
                Side suggested = Side.valueOf(fit.suggestion().name());
                double pOverride = lean != null && lean != suggested ? 0.5 : switch (fit.confidence()) {
                    case HIGH -> 0.07;
                    case MEDIUM -> 0.15;
                    case LOW -> 0.25;
                };
                override = r.nextDouble() < pOverride;
                chosen = override ? suggested.other() : suggested;
                if (override) {
                    reason = REASONS[r.nextInt(REASONS.length)];
                    text = r.nextDouble() < 0.35 ? REASON_TEXTS[r.nextInt(REASON_TEXTS.length)] : null;
                }
            }
            Instant when = at();
            decisions.add(new Decision(++decisionIds, attempt.id(), learnerId, chosen, override, reason, text, when));
            enrollInTrack(chosen);
            return chosen;
        }

        // ---- courses -------------------------------------------------------------------------------------------------

        /**
         * Goes through a track's courses in order, as far as motivation and time allow; a course is started only when
         * its prerequisites are complete. Returns true when the learner stopped by choice between courses (or finished
         * the track), false when they gave up inside a course.
         */
        boolean walk(Side track, boolean byTrack, double keenness) {
            boolean first = true;
            for (Long courseId : catalog.tracks().getOrDefault(track, List.of())) {
                Catalog.Course course = catalog.course(courseId);
                if (complete(course)) {
                    continue;
                }
                if (!prerequisitesComplete(course)) {
                    return true;
                }
                double pStart = course.foundation() ? 0.97 : keenness * (first ? 0.95 : 0.93) * (0.7 + 0.3 * motivation);
                if (r.nextDouble() >= pStart) {
                    return true;
                }
                if (!first || !course.foundation()) {
                    nextSession();
                }
                first = false;
                if (!active(course.id())) {
                    if (byTrack) {
                        enrollInTrack(track);
                    } else {
                        enrollIn(course);
                    }
                    minutes(1, 5);
                }
                if (!study(course)) {
                    if (r.nextDouble() < LEAVES_WHEN_GIVING_UP) {
                        nextSession();
                        leave(course);
                    }
                    return false;
                }
            }
            return true;
        }

        /** Works through a course's lessons in order; returns true when the course ends complete. */
        boolean study(Catalog.Course course) {
            int challengeAt = -1;
            double pChallenge = 0.5;
            if (course.foundation() && (knowledgePercent >= ScoringVersion.V1.testOutKnowledgePercent()
                    || knowledgePercent < 0 && knowledge > 0.85) && r.nextDouble() < 0.5) {
                challengeAt = r.nextInt(3);
                pChallenge = 0.75;
            } else if (!course.foundation() && r.nextDouble() < 0.03) {
                challengeAt = 0;
                pChallenge = 0.45;
            }
            List<Catalog.Lesson> list = course.lessons();
            for (int i = 0; i < list.size(); i++) {
                if (i == challengeAt && challenge(course, pChallenge)) {
                    return true;
                }
                Catalog.Lesson lesson = list.get(i);
                var row = lessons.get(lesson.id());
                if (row != null && row.getState().done()) {
                    continue;
                }
                if (!lesson(lesson)) {
                    return false;
                }
                if (i + 1 < list.size()) {
                    if (r.nextDouble() < 0.005 + 0.04 * (1 - motivation)) {
                        return false;
                    }
                    if (r.nextDouble() < 0.55) {
                        minutes(2, 20);
                    } else {
                        nextSession();
                    }
                }
            }
            return complete(course);
        }

        /** Takes a lesson's check until passed or given up; returns true when the lesson is complete. */
        boolean lesson(Catalog.Lesson lesson) {
            if (lesson.questions().isEmpty()) {
                markDone(lesson);
                return true;
            }
            for (int attempt = 1; ; attempt++) {
                double pPass = Math.min(0.97, 0.45 + 0.45 * skill + 0.18 * (attempt - 1));
                boolean pass = r.nextDouble() < pPass;
                submitCheck(lesson, pass);
                if (pass) {
                    return true;
                }
                if (attempt >= 6 || r.nextDouble() < 0.03 + 0.08 * (1 - motivation)) {
                    return false;
                }
                if (r.nextDouble() < 0.75) {
                    minutes(1, 10);
                } else {
                    nextSession();
                }
            }
        }

        void submitCheck(Catalog.Lesson lesson, boolean pass) {
            Instant when = at();
            List<Catalog.Question> questions = lesson.questions();
            int n = questions.size();
            int threshold = passingRight(n, lesson.passMark());
            int right = pass ? (r.nextDouble() < 0.6 ? n : threshold + r.nextInt(n - threshold + 1))
                    : Math.max(0, threshold - 1 - r.nextInt(Math.min(threshold, 3)));
            Set<Integer> wrong = new TreeSet<>();
            while (wrong.size() < n - right) {
                wrong.add(r.nextInt(n));
            }
            Map<Long, String> answers = new TreeMap<>();
            for (int q = 0; q < n; q++) {
                Catalog.Question question = questions.get(q);
                String chosen = choice(question, !wrong.contains(q));
                if (chosen != null) {
                    answers.put(question.id(), chosen);
                }
            }
            int score = right * 100 / n;
            boolean passed = score >= lesson.passMark();
            boolean completed = lessonRow(lesson, when).attempted(score, passed, when);
            checks.add(new CheckAttempt(++checkIds, learnerId, lesson.id(), score, passed,
                    answers.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";")),
                    when));
            event(passed ? Verb.PASSED : Verb.FAILED, ObjectType.LESSON, lesson.id(), score + "%", when);
            if (completed) {
                event(Verb.COMPLETED, ObjectType.LESSON, lesson.id(), null, when);
            }
            recount(catalog.course(lesson.courseId()), lesson.id(), when);
        }

        /**
         * Chosen option ids, comma-separated in id order, as the app stores them: the right ones, or a plausible wrong
         * pick; null for a question left unanswered (which the app counts as wrong).
         */
        String choice(Catalog.Question question, boolean right) {
            Set<Long> chosen = new TreeSet<>();
            List<Long> wrongOptions = question.options().stream().filter(o -> !question.correct().contains(o)).toList();
            if (right) {
                chosen.addAll(question.correct());
            } else if (question.kind().equals("MULTIPLE") && question.correct().size() > 1
                    && (wrongOptions.isEmpty() || r.nextBoolean())) {
                chosen.addAll(question.correct());
                chosen.remove(chosen.iterator().next());
            } else if (!wrongOptions.isEmpty()) {
                if (question.kind().equals("MULTIPLE")) {
                    chosen.addAll(question.correct());
                }
                chosen.add(wrongOptions.get(r.nextInt(wrongOptions.size())));
            }
            return chosen.isEmpty() ? null : chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        void markDone(Catalog.Lesson lesson) {
            Instant when = at();
            if (lessonRow(lesson, when).complete(when)) {
                event(Verb.COMPLETED, ObjectType.LESSON, lesson.id(), null, when);
            }
            recount(catalog.course(lesson.courseId()), lesson.id(), when);
        }

        /** The course challenge: two questions per lesson; passing waives every lesson not done yet. */
        boolean challenge(Catalog.Course course, double pPass) {
            int n = course.lessons().stream().mapToInt(l -> Math.min(CHALLENGE_QUESTIONS_PER_LESSON, l.questions().size())).sum();
            if (n == 0) {
                return false;
            }
            Instant when = at();
            int threshold = passingRight(n, CHALLENGE_PASS_MARK);
            boolean pass = r.nextDouble() < pPass;
            int right = pass ? threshold + r.nextInt(n - threshold + 1) : Math.max(0, threshold - 1 - r.nextInt(Math.min(threshold, 4)));
            int score = right * 100 / n;
            boolean passed = score >= CHALLENGE_PASS_MARK;
            String result = "challenge " + score + "%";
            event(passed ? Verb.PASSED : Verb.FAILED, ObjectType.COURSE, course.id(), result, when);
            if (passed) {
                for (Catalog.Lesson lesson : course.lessons()) {
                    if (lessonRow(lesson, when).waive(when)) {
                        event(Verb.WAIVED, ObjectType.LESSON, lesson.id(), result, when);
                    }
                }
            }
            recount(course, null, when);
            minutes(1, 5);
            return passed;
        }

        // ---- the app's bookkeeping -------------------------------------------------------------------------------

        void enrollInTrack(Side track) {
            for (Long courseId : catalog.tracks().getOrDefault(track, List.of())) {
                enrollIn(catalog.course(courseId));
            }
        }

        void enrollIn(Catalog.Course course) {
            Instant when = at();
            EnrollmentState e = enrollments.get(course.id());
            boolean changed;
            if (e == null) {
                enrollments.put(course.id(), new EnrollmentState(++enrollmentIds, when));
                changed = true;
            } else if (e.leftAt != null) {
                e.leftAt = null;
                e.enrolledAt = when;
                changed = true;
            } else {
                changed = false;
            }
            if (!courses.containsKey(course.id())) {
                courses.put(course.id(), new CourseState(course.lessons().size(), when));
                recount(course, null, when);
            }
            if (changed) {
                event(Verb.ENROLLED, ObjectType.COURSE, course.id(), null, when);
            }
        }

        void leave(Catalog.Course course) {
            Instant when = at();
            EnrollmentState e = enrollments.get(course.id());
            if (e != null && e.leftAt == null) {
                e.leftAt = when;
                event(Verb.LEFT, ObjectType.COURSE, course.id(), null, when);
            }
        }

        // The learning feature's own lesson row (not persisted here): the generator changes it exactly as the app does.
        app.soundpath.learning.entity.LessonProgress lessonRow(Catalog.Lesson lesson, Instant when) {
            return lessons.computeIfAbsent(lesson.id(), id -> new app.soundpath.learning.entity.LessonProgress(learnerId, lesson.id(), lesson.courseId(), when));
        }

        /** As LearningService.recount: counts the done lesson rows of the course, never increments. */
        void recount(Catalog.Course course, Long lessonId, Instant when) {
            CourseState summary = courses.get(course.id());
            int done = (int) course.lessons().stream().map(l -> lessons.get(l.id()))
                    .filter(row -> row != null && row.getState().done()).count();
            boolean wasComplete = summary.completedAt != null;
            int total = course.lessons().size();
            summary.total = total;
            summary.done = done;
            if (lessonId != null) {
                summary.lastLessonId = lessonId;
            }
            summary.lastActivityAt = when;
            summary.completedAt = done >= total && total > 0 ? (summary.completedAt == null ? when : summary.completedAt) : null;
            if (!wasComplete && summary.completedAt != null) {
                event(Verb.COMPLETED, ObjectType.COURSE, course.id(), null, when);
            }
        }

        void event(Verb verb, ObjectType type, long objectId, String result, Instant when) {
            events.add(new Event(++eventIds, learnerId, verb, type, objectId, result, when));
        }

        boolean active(long courseId) {
            EnrollmentState e = enrollments.get(courseId);
            return e != null && e.leftAt == null;
        }

        boolean complete(Catalog.Course course) {
            return !course.lessons().isEmpty() && course.lessons().stream()
                    .allMatch(l -> lessons.containsKey(l.id()) && lessons.get(l.id()).getState().done());
        }

        boolean prerequisitesComplete(Catalog.Course course) {
            return course.prerequisites().stream().map(catalog::course).filter(Objects::nonNull).allMatch(this::complete);
        }

        int completedCourses(Side track, boolean withFoundation) {
            return (int) catalog.tracks().getOrDefault(track, List.of()).stream().map(catalog::course)
                    .filter(c -> (withFoundation || !c.foundation()) && complete(c)).count();
        }

        // ---- time ----------------------------------------------------------------------------------------------------

        /** The current time, which must not be after the reference time: the story ends there. */
        Instant at() {
            if (t.isAfter(now)) {
                throw REACHED_NOW;
            }
            lastAction = t;
            return t;
        }

        void minutes(int min, int max) {
            t = t.plusSeconds(min * 60L + r.nextInt((max - min) * 60 + 1));
        }

        /** The start of the next study session: hours to weeks later, by the learner's pace. */
        void nextSession() {
            double days = -Math.log(1 - r.nextDouble()) * paceDays;
            t = t.plus(Duration.ofSeconds(2 * 3600 + (long) (days * 86_400)));
        }

        double gaussian() {
            // Box-Muller from the learner's own stream (SplittableRandom has no nextGaussian on Java 17).
            double u = 1 - r.nextDouble();
            double v = r.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }

        // ---- rows --------------------------------------------------------------------------------------------------

        Learner rows() {
            Account account = new Account(learnerId, email, displayName, createdAt, lastAction);
            List<Enrollment> enrollmentRows = enrollments.entrySet().stream().map(e -> new Enrollment(e.getValue().id,
                    learnerId, e.getKey(), e.getValue().enrolledAt, e.getValue().leftAt)).toList();
            List<CourseProgress> courseRows = courses.entrySet().stream().map(e -> new CourseProgress(learnerId, e.getKey(),
                    e.getValue().total, e.getValue().done, e.getValue().lastLessonId, e.getValue().lastActivityAt,
                    e.getValue().completedAt)).toList();
            List<LessonProgress> lessonRows = lessons.entrySet().stream().map(e -> new LessonProgress(learnerId, e.getKey(),
                    e.getValue().getCourseId(), e.getValue().getState(), e.getValue().getBestScore(), e.getValue().getAttempts(),
                    e.getValue().getUpdatedAt(), e.getValue().getCompletedAt())).toList();
            return new Learner(account, List.copyOf(attempts), List.copyOf(decisions), enrollmentRows, courseRows,
                    lessonRows, List.copyOf(checks), List.copyOf(events));
        }
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static final class EnrollmentState {
        final long id;
        Instant enrolledAt;
        Instant leftAt;

        EnrollmentState(long id, Instant enrolledAt) {
            this.id = id;
            this.enrolledAt = enrolledAt;
        }
    }

    private static final class CourseState {
        int total;
        int done;
        Long lastLessonId;
        Instant lastActivityAt;
        Instant completedAt;

        CourseState(int total, Instant now) {
            this.total = total;
            this.lastActivityAt = now;
        }
    }
}
