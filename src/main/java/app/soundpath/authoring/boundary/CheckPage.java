package app.soundpath.authoring.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.authoring.control.ContentRules;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.Limits;
import app.soundpath.authoring.entity.NotAllowedException;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.authoring.entity.Views.LessonEdit;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.util.Messages;

/**
 * Backs {@code author/check.xhtml}: {@code /author/check/{lesson}}, the lesson's check questions in fixed slots
 * (the existing questions plus one empty slot, at most five), so no script is needed to add one. An empty slot is
 * left out; clearing a question's slot removes it.
 */
@Named
@RequestScoped
public class CheckPage {

    private static final Pattern FIELD = Pattern.compile("q(\\d+)\\.(kind|prompt|explanation|options|o(\\d+)\\.label)");

    /** One question slot of the form. */
    public static final class Slot {
        private String kind = "SINGLE";
        private String prompt;
        private String explanation;
        private final List<OptionSlot> options = new ArrayList<>();
        private String optionsProblem;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getPrompt() { return prompt; }
        public void setPrompt(String prompt) { this.prompt = prompt; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String explanation) { this.explanation = explanation; }
        public List<OptionSlot> getOptions() { return options; }
        public String getOptionsProblem() { return optionsProblem; }
    }

    /** One option slot of a question. */
    public static final class OptionSlot {
        private String label;
        private boolean correct;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public boolean isCorrect() { return correct; }
        public void setCorrect(boolean correct) { this.correct = correct; }
    }

    @Inject
    @PathPart
    String path;

    @Inject
    AuthoringService authoring;

    @Inject
    LessonEditing lessons;

    private LessonEdit lesson;
    private boolean forbidden;
    private boolean conflict;
    private final List<Slot> slots = new ArrayList<>();
    private long version;

    @PostConstruct
    void init() {
        try {
            lesson = Pages.id(path) == null ? null : lessons.lesson(Pages.id(path));
        } catch (NotAllowedException e) {
            forbidden = true;
        } catch (UnknownContentException e) {
            lesson = null;
        }
        if (lesson != null) {
            version = lesson.version();
            List<LessonContent.Question> questions = lesson.content().questions();
            for (int i = 0; i < Math.min(Limits.MAX_QUESTIONS, questions.size() + 1); i++) {
                slots.add(slot(i < questions.size() ? questions.get(i) : null));
            }
        }
    }

    public void load() throws IOException {
        if (lesson == null) {
            Pages.refuse(forbidden);
        }
    }

    public void save() throws IOException {
        List<LessonContent.Question> questions = slots.stream().filter(s -> !blank(s)).map(CheckPage::question).toList();
        try {
            lessons.saveLesson(lesson.id(), version, lesson.content().withQuestions(questions));
            Pages.done(lesson.status().name().equals("PUBLISHED") ? "author.draftSaved" : "author.saved",
                    "/author/check/" + lesson.id());
        } catch (InvalidContentException e) {
            showProblems(e, questions);
        } catch (EditConflictException e) {
            conflict = true;
            version = lessons.lesson(lesson.id()).version();
            Messages.addGlobalError(Texts.of("author.conflictCheck"));
        }
    }

    private void showProblems(InvalidContentException e, List<LessonContent.Question> questions) {
        // Problems name questions by their place among the non-empty slots; map them back to slots.
        List<Integer> slotOf = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (!blank(slots.get(i))) {
                slotOf.add(i);
            }
        }
        Pages.showBesideFields(e, field -> {
            Matcher m = FIELD.matcher(field);
            if (!m.matches() || Integer.parseInt(m.group(1)) > slotOf.size()) {
                return null;
            }
            int slot = slotOf.get(Integer.parseInt(m.group(1)) - 1);
            if (m.group(2).equals("options")) {
                slots.get(slot).optionsProblem = Pages.text(e.problems().get(field));
                return "check:q:" + slot + ":optionsMarker";
            }
            return m.group(3) != null ? "check:q:" + slot + ":o:" + (Integer.parseInt(m.group(3)) - 1) + ":label"
                    : "check:q:" + slot + ":" + m.group(2);
        });
    }

    private static Slot slot(LessonContent.Question q) {
        Slot slot = new Slot();
        if (q != null) {
            slot.kind = q.kind();
            slot.prompt = q.prompt();
            slot.explanation = q.explanation();
        }
        for (int o = 0; o < Limits.MAX_OPTIONS; o++) {
            OptionSlot option = new OptionSlot();
            if (q != null && o < q.options().size()) {
                option.label = q.options().get(o).label();
                option.correct = q.options().get(o).correct();
            }
            slot.options.add(option);
        }
        return slot;
    }

    private static boolean blank(Slot s) {
        return empty(s.prompt) && empty(s.explanation) && s.options.stream().allMatch(o -> empty(o.label) && !o.correct);
    }

    private static LessonContent.Question question(Slot s) {
        List<LessonContent.Option> options;
        if ("TRUE_FALSE".equals(s.kind)) {
            // True / false: the first two rows, whatever was typed in them, named by the rules.
            options = Arrays.asList(new LessonContent.Option(ContentRules.TRUE_FALSE_LABELS.get(0), s.options.get(0).correct),
                    new LessonContent.Option(ContentRules.TRUE_FALSE_LABELS.get(1), s.options.get(1).correct));
        } else {
            options = s.options.stream().filter(o -> !empty(o.label) || o.correct)
                    .map(o -> new LessonContent.Option(o.label, o.correct)).toList();
        }
        return new LessonContent.Question(s.kind, s.prompt, s.explanation, options);
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    public LessonEdit getLesson() { return lesson; }
    public List<Slot> getSlots() { return slots; }
    public boolean isConflict() { return conflict; }
    public List<String> getKinds() { return List.of("SINGLE", "MULTIPLE", "TRUE_FALSE"); }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
