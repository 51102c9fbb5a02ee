package app.soundpath.authoring.entity;

import java.util.List;

/** What is wrong with one field: a message key of the bundle and its arguments (a length limit, say). */
public record FieldProblem(String key, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String key, Object... arguments) {
        return new FieldProblem(key, List.of(arguments));
    }
}
