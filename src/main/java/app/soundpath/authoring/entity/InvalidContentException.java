package app.soundpath.authoring.entity;

import app.soundpath.platform.BusinessException;
import java.util.Map;

/** Input that breaks the content rules; carries a message key per field, so each can be shown beside its field. */
public class InvalidContentException extends BusinessException {

    private final Map<String, FieldProblem> problems;

    public InvalidContentException(Map<String, FieldProblem> problems) {
        super("author.invalid");
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    /** Field name (as in the REST bodies; check questions as {@code q1.prompt}, {@code q1.o2.label}) to what is wrong with it. */
    public Map<String, FieldProblem> problems() { return problems; }
}
