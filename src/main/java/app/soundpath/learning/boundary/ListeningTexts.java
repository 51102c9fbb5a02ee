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

    private static String label(ListeningItems.Choice c) {
        return c.labelArgument() == null ? Texts.of(c.labelKey()) : Texts.of(c.labelKey(), c.labelArgument());
    }

    static String kindName(String kind) {
        return Texts.of("listening.kind." + kind);
    }
}
