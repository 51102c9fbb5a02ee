package app.soundpath.authoring.control;

import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.LessonContent.Option;
import app.soundpath.authoring.entity.LessonContent.Question;
import app.soundpath.authoring.entity.Limits;
import app.soundpath.authoring.entity.ListeningSettings;
import app.soundpath.catalog.entity.ListeningKind;
import app.soundpath.authoring.entity.Views.CourseInput;
import app.soundpath.authoring.entity.Views.SkillInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What authored content must look like, checked the same way for pages, the REST API and imports. Inputs are first
 * normalised (trimmed, line endings unified, true/false options named), then every problem is reported against its
 * field, so a form can show them all at once beside the fields.
 */
public final class ContentRules {

    public static final Set<String> KINDS = Set.of("SINGLE", "MULTIPLE", "TRUE_FALSE");
    public static final List<String> TRUE_FALSE_LABELS = List.of("True", "False");

    private ContentRules() {
    }

    // ---- courses and skills ------------------------------------------------------------------------------------

    public static CourseInput normalized(CourseInput in) {
        return new CourseInput(trim(in.title()), trim(in.slug()).toLowerCase(Locale.ROOT), trim(in.summary()),
                in.tracks(), in.prerequisites());
    }

    public static Map<String, FieldProblem> problems(CourseInput in) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        text(problems, "title", in.title(), Limits.TITLE, true);
        slug(problems, in.slug());
        text(problems, "summary", in.summary(), Limits.COURSE_SUMMARY, true);
        return problems;
    }

    public static SkillInput normalized(SkillInput in) {
        return new SkillInput(trim(in.name()), trim(in.slug()).toLowerCase(Locale.ROOT), trim(in.description()), in.tracks());
    }

    public static Map<String, FieldProblem> problems(SkillInput in) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        text(problems, "name", in.name(), Limits.TITLE, true);
        slug(problems, in.slug());
        text(problems, "description", in.description(), Limits.SKILL_DESCRIPTION, true);
        return problems;
    }

    // ---- lessons and their checks -----------------------------------------------------------------------------

    public static LessonContent normalized(LessonContent c) {
        String body = c.body() == null ? "" : c.body().replace("\r\n", "\n").replace('\r', '\n');
        return new LessonContent(trim(c.title()), trim(c.slug()).toLowerCase(Locale.ROOT), trim(c.summary()), body,
                c.minutes(), c.passMark(), c.required(), c.skillIds().stream().distinct().toList(),
                c.questions().stream().map(ContentRules::normalized).toList(), normalized(c.listening()));
    }

    /** The kind in capitals; null (no exercise) stays null. */
    static ListeningSettings normalized(ListeningSettings l) {
        return l == null ? null : new ListeningSettings(trim(l.kind()).toUpperCase(Locale.ROOT), l.levelFrom(),
                l.levelTo(), l.items(), l.passAccuracy(), l.window());
    }

    /**
     * Problems of a listening exercise, on fields listeningKind, listeningFrom, listeningTo, listeningItems,
     * listeningPass and listeningWindow: a known kind, rungs inside that kind's ladder, 3-50 items, a pass accuracy of
     * 50-100 % over a window of 3 answers up to the items of a round.
     */
    public static Map<String, FieldProblem> listeningProblems(ListeningSettings l) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (l == null) {
            return problems;
        }
        ListeningKind kind = ListeningKind.parse(l.kind());
        if (kind == null) {
            problems.put("listeningKind", FieldProblem.of("author.listeningKind"));
        }
        int top = kind == null ? 5 : kind.levels();
        if (l.levelFrom() < 1 || l.levelFrom() > top) {
            problems.put("listeningFrom", FieldProblem.of("author.between", 1, top));
        }
        if (l.levelTo() < 1 || l.levelTo() > top) {
            problems.put("listeningTo", FieldProblem.of("author.between", 1, top));
        } else if (l.levelTo() < l.levelFrom()) {
            problems.put("listeningTo", FieldProblem.of("author.listeningLadder"));
        }
        if (l.items() < Limits.MIN_LISTENING_ITEMS || l.items() > Limits.MAX_LISTENING_ITEMS) {
            problems.put("listeningItems", FieldProblem.of("author.between", Limits.MIN_LISTENING_ITEMS,
                    Limits.MAX_LISTENING_ITEMS));
        }
        if (l.passAccuracy() < 50 || l.passAccuracy() > 100) {
            problems.put("listeningPass", FieldProblem.of("author.between", 50, 100));
        }
        if (l.window() < Limits.MIN_LISTENING_ITEMS || l.window() > Math.max(Limits.MIN_LISTENING_ITEMS, l.items())) {
            problems.put("listeningWindow", FieldProblem.of("author.listeningWindow", Limits.MIN_LISTENING_ITEMS));
        }
        return problems;
    }

    static Question normalized(Question q) {
        String kind = trim(q.kind()).toUpperCase(Locale.ROOT);
        List<Option> options = q.options().stream().map(o -> new Option(trim(o.label()), o.correct())).toList();
        if (kind.equals("TRUE_FALSE") && options.size() == 2) {
            // The labels of a true/false question are fixed; only which one is right is the author's choice.
            options = List.of(new Option(TRUE_FALSE_LABELS.get(0), options.get(0).correct()),
                    new Option(TRUE_FALSE_LABELS.get(1), options.get(1).correct()));
        }
        return new Question(kind, trim(q.prompt()), trim(q.explanation()), options);
    }

    public static Map<String, FieldProblem> problems(LessonContent c) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        text(problems, "title", c.title(), Limits.TITLE, true);
        slug(problems, c.slug());
        text(problems, "summary", c.summary(), Limits.LESSON_SUMMARY, false);
        if (c.body().isBlank()) {
            problems.put("body", FieldProblem.of("author.required"));
        } else if (c.body().length() > Limits.BODY) {
            problems.put("body", FieldProblem.of("author.bodyTooLong", Limits.BODY / 1000, c.body().length()));
        }
        if (c.minutes() < Limits.MIN_MINUTES || c.minutes() > Limits.MAX_MINUTES) {
            problems.put("minutes", FieldProblem.of("author.between", Limits.MIN_MINUTES, Limits.MAX_MINUTES));
        }
        if (c.passMark() < 1 || c.passMark() > 100) {
            problems.put("passMark", FieldProblem.of("author.between", 1, 100));
        }
        problems.putAll(questionProblems(c.questions()));
        problems.putAll(listeningProblems(c.listening()));
        return problems;
    }

    /** Problems of a lesson's check; fields named q1.prompt, q1.explanation, q1.kind, q1.options, q1.o2.label. */
    public static Map<String, FieldProblem> questionProblems(List<Question> questions) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (questions.size() > Limits.MAX_QUESTIONS) {
            problems.put("questions", FieldProblem.of("author.tooManyQuestions", Limits.MAX_QUESTIONS));
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "q" + (i + 1) + ".";
            if (!KINDS.contains(q.kind())) {
                problems.put(at + "kind", FieldProblem.of("author.kind"));
            }
            text(problems, at + "prompt", q.prompt(), Limits.PROMPT, true);
            text(problems, at + "explanation", q.explanation(), Limits.EXPLANATION, true);
            for (int o = 0; o < q.options().size(); o++) {
                text(problems, at + "o" + (o + 1) + ".label", q.options().get(o).label(), Limits.OPTION, true);
            }
            long correct = q.options().stream().filter(Option::correct).count();
            int minOptions = Limits.MIN_OPTIONS;
            int maxOptions = q.kind().equals("TRUE_FALSE") ? 2 : Limits.MAX_OPTIONS;
            if (q.options().size() < minOptions || q.options().size() > maxOptions) {
                problems.put(at + "options", FieldProblem.of("author.optionCount", minOptions, maxOptions));
            } else if (correct == 0) {
                problems.put(at + "options", FieldProblem.of("author.noCorrectOption"));
            } else if (correct > 1 && !q.kind().equals("MULTIPLE")) {
                problems.put(at + "options", FieldProblem.of("author.oneCorrectOption"));
            }
        }
        return problems;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void text(Map<String, FieldProblem> problems, String field, String value, int max, boolean required) {
        if (required && value.isEmpty()) {
            problems.put(field, FieldProblem.of("author.required"));
        } else if (value.length() > max) {
            problems.put(field, FieldProblem.of("author.tooLong", max));
        } else if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
            problems.put(field, FieldProblem.of("author.controlCharacters"));
        }
    }

    private static void slug(Map<String, FieldProblem> problems, String slug) {
        // An empty slug is made from the title; a typed one must already have the right shape.
        if (!slug.isEmpty() && !SlugMaker.isWellFormed(slug)) {
            problems.put("slug", FieldProblem.of("author.slugShape", Limits.SLUG));
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
