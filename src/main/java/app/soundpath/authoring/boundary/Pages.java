package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.NotFound;
import app.soundpath.platform.Texts;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** What every authoring page does after an action: a flash message and a redirect (PRG), or messages beside fields. */
final class Pages {

    private Pages() {
    }

    static void done(String key, String path, Object... arguments) throws IOException {
        Messages.addFlashGlobalInfo(Texts.of(key, arguments));
        Faces.redirect(Faces.getRequestContextPath() + path);
    }

    /** Runs an action; on success flash + redirect, when a rule says no its sentence at the top of the same page. */
    static void act(Runnable action, String key, String path) throws IOException {
        act(() -> {
            action.run();
            return Texts.of(key);
        }, path);
    }

    static void act(Supplier<String> action, String path) throws IOException {
        String message;
        try {
            message = action.get();
        } catch (BusinessException e) {
            Messages.addGlobalError(Texts.of(e.key()));
            return;
        }
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(Faces.getRequestContextPath() + path);
    }

    /** Answers a page request for something the caller may not change (403) or that does not exist (404). */
    static void refuse(boolean forbidden) throws IOException {
        if (forbidden) {
            Faces.responseSendError(403, "Forbidden");
        } else {
            NotFound.send();
        }
    }

    static String text(FieldProblem problem) {
        return Texts.of(problem.key(), problem.arguments().toArray());
    }

    static String firstProblem(InvalidContentException e) {
        return e.problems().entrySet().stream().findFirst()
                .map(p -> p.getKey() + ": " + text(p.getValue())).orElse(Texts.of(e.key()));
    }

    /**
     * Puts each problem beside its field: {@code clientId} maps a field name of the rules to the id of the input on
     * this page (null when the page has no such field: the problem then goes to the top of the page).
     */
    static void showBesideFields(InvalidContentException e, Function<String, String> clientId) {
        for (Map.Entry<String, FieldProblem> problem : e.problems().entrySet()) {
            String id = clientId.apply(problem.getKey());
            if (id == null) {
                Messages.addGlobalError(text(problem.getValue()));
            } else {
                Messages.addError(id, text(problem.getValue()));
            }
        }
        Messages.addGlobalError(Texts.of("author.invalid"));
    }

    /**
     * A whole number typed in a form; 0 when empty or not a number, which the rules then refuse with a message
     * that says what is expected ("from 1 to 600"), beside the field, together with every other problem.
     */
    static int number(String typed) {
        try {
            return typed == null ? 0 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The path parameter as an id, or null when it is not one (the page then answers 404). */
    static Long id(String value) {
        try {
            return value == null || value.length() > 18 ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
