package app.soundpath.learning.boundary;

import app.soundpath.learning.control.ListeningItems;
import app.soundpath.learning.entity.IssuedItem;
import app.soundpath.platform.Texts;
import java.util.List;

/** The words of a listening item (its question and its choices) from the one bundle. */
final class ListeningTexts {

    private ListeningTexts() {
    }

    static String prompt(ListeningItems.Item item) {
        return item.promptArgument() == null ? Texts.of(item.promptKey()) : Texts.of(item.promptKey(), item.promptArgument());
    }

    static List<IssuedItem.Choice> choices(ListeningItems.Item item) {
        return item.choices().stream().map(c -> new IssuedItem.Choice(c.value(), label(c))).toList();
    }

    static String label(ListeningItems.Item item, String value) {
        return item.choices().stream().filter(c -> c.value().equals(value)).findFirst().map(ListeningTexts::label)
                .orElse(value);
    }

    /** The right answer as the learner is told it: the choice's label, and for an ABX item which clip X was. */
    static String answerLabel(ListeningItems.Item item) {
        String label = label(item, item.answer());
        return item.hasX() ? Texts.of("listening.answerWithX", item.x(), label) : label;
    }

    /** What was done to B, and for an ABX item which clip X was. */
    static String explanation(ListeningItems.Item item) {
        String detail = Texts.of(item.detailKey(), item.detail().toArray());
        return item.hasX() ? Texts.of("listening.detail.x", item.x()) + " " + detail : detail;
    }

    private static String label(ListeningItems.Choice c) {
        return c.labelArgument() == null ? Texts.of(c.labelKey()) : Texts.of(c.labelKey(), c.labelArgument());
    }

    static String kindName(String kind) {
        return Texts.of("listening.kind." + kind);
    }
}
