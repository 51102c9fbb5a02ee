package app.soundpath.demo.control;

import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.Side;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the data generator needs to know of the content, read from the database it fills (never hard-coded): the
 * courses with their lessons, checks and prerequisites, each track's courses in order, and the latest
 * questionnaire's items in the order the app scores them (block, position).
 */
public record Catalog(Map<Long, Course> courses, Map<Side, List<Long>> tracks, long questionnaireId,
                      List<QItem> items) {

    /** A course, its prerequisite course ids and its required lessons in position order. */
    public record Course(long id, String slug, boolean foundation, List<Long> prerequisites, List<Lesson> lessons) {
    }

    /** A lesson, its pass mark (percent) and its check (empty when it has none). */
    public record Lesson(long id, long courseId, int passMark, List<Question> questions) {
    }

    /** A check question: its kind, option ids in position order and the right ones. */
    public record Question(long id, String kind, List<Long> options, Set<Long> correct) {
    }

    /** A questionnaire item (blocks A, B, C, D and the tie-breakers T) with its options. */
    public record QItem(long id, String block, Side side, String topic, List<QOption> options) {

        /** As the app's AssessmentService turns a stored item into a scored one; null for a tie-breaker. */
        public Item toScored() {
            String id = String.valueOf(this.id);
            return switch (block) {
                case "A" -> Item.interest(id, side, topic);
                case "B" -> Item.selfRating(id, side, topic);
                case "C" -> Item.scenario(id, options.stream().collect(Collectors.toMap(
                        o -> String.valueOf(o.id()), QOption::side)), topic);
                case "D" -> Item.knowledge(id, options.stream().filter(QOption::correct)
                        .map(o -> String.valueOf(o.id())).findFirst().orElse(""), topic);
                default -> null;
            };
        }

        public boolean scored() {
            return !block.equals("T");
        }

        public Block scoredBlock() {
            return Block.valueOf(block);
        }
    }

    /** An option of a questionnaire item. */
    public record QOption(long id, Side side, boolean correct) {
    }

    public Course course(long id) {
        return courses.get(id);
    }

    /** Every required lesson of the catalog, in course and position order. */
    public List<Lesson> lessons() {
        return courses.values().stream().flatMap(c -> c.lessons().stream()).toList();
    }

    /** Reads the catalog and the latest questionnaire from a migrated Soundpath database. */
    public static Catalog read(Connection c) throws SQLException {
        Map<Long, List<Long>> prerequisites = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT course_id, required_course_id FROM course_prerequisite"
                     + " ORDER BY course_id, required_course_id")) {
            while (rs.next()) {
                prerequisites.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        Map<Long, Map<Long, Question>> questionsByLesson = new LinkedHashMap<>();
        Map<Long, List<Long>> options = new LinkedHashMap<>();
        Map<Long, Set<Long>> correct = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT question_id, id, correct FROM check_option ORDER BY question_id, position")) {
            while (rs.next()) {
                options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                Set<Long> right = correct.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>());
                if (rs.getBoolean(3)) {
                    right.add(rs.getLong(2));
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT lesson_id, id, kind FROM check_question ORDER BY lesson_id, position")) {
            while (rs.next()) {
                long id = rs.getLong(2);
                questionsByLesson.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(id, new Question(id,
                        rs.getString(3), List.copyOf(options.getOrDefault(id, List.of())),
                        Set.copyOf(correct.getOrDefault(id, Set.of()))));
            }
        }
        // The lessons that count towards a course, as the app's recount has them: optional practice (the ear-training
        // lessons) is left out, so a generated learner's totals and completions match what the app computes.
        Map<Long, List<Lesson>> lessons = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, course_id, pass_mark FROM lesson WHERE required = TRUE"
                     + " ORDER BY course_id, position")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                lessons.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Lesson(id, rs.getLong(2),
                        rs.getInt(3), List.copyOf(questionsByLesson.getOrDefault(id, Map.of()).values())));
            }
        }
        Map<Long, Course> courses = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, slug, foundation FROM course ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                courses.put(id, new Course(id, rs.getString(2), rs.getBoolean(3),
                        List.copyOf(prerequisites.getOrDefault(id, List.of())), List.copyOf(lessons.getOrDefault(id, List.of()))));
            }
        }
        Map<Side, List<Long>> tracks = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.slug, tc.course_id FROM track t JOIN track_course tc ON tc.track_id = t.id"
                     + " ORDER BY t.position, tc.position")) {
            while (rs.next()) {
                tracks.computeIfAbsent(Side.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                        k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        long questionnaireId;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM questionnaire ORDER BY version DESC")) {
            if (!rs.next()) {
                throw new IllegalStateException("No questionnaire in the database: are the migrations applied?");
            }
            questionnaireId = rs.getLong(1);
        }
        Map<Long, List<QOption>> itemOptions = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT o.item_id, o.id, o.side, o.correct FROM assessment_option o"
                     + " JOIN assessment_item i ON i.id = o.item_id WHERE i.questionnaire_id = " + questionnaireId
                     + " ORDER BY o.item_id, o.position")) {
            while (rs.next()) {
                itemOptions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new QOption(rs.getLong(2),
                        side(rs.getString(3)), rs.getBoolean(4)));
            }
        }
        List<QItem> items = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, block, side, topic FROM assessment_item WHERE questionnaire_id = "
                     + questionnaireId + " ORDER BY block, position")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                items.add(new QItem(id, rs.getString(2), side(rs.getString(3)), rs.getString(4),
                        List.copyOf(itemOptions.getOrDefault(id, List.of()))));
            }
        }
        Map<Side, List<Long>> frozenTracks = new LinkedHashMap<>();
        tracks.forEach((side, ids) -> frozenTracks.put(side, List.copyOf(ids)));
        return new Catalog(courses, frozenTracks, questionnaireId, List.copyOf(items));
    }

    private static Side side(String value) {
        return value == null ? null : Side.valueOf(value);
    }
}
