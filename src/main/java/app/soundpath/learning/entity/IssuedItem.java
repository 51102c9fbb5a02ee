package app.soundpath.learning.entity;

import java.util.List;

/**
 * A listening item as the learner's browser receives it: what to listen for, the choices and where to fetch the clips.
 * It has no field for the answer, by construction: the answer stays on the server until the item is graded.
 *
 * @param level the rung of the difficulty ladder, between {@code levelFrom} and {@code levelTo}
 * @param clips the clips' names ("A", "B", and "X" for an ABX item: then the answer also says whether X is A or B),
 *              fetched at {@code /api/learners/me/listening/items/{id}/clips/{name}}
 */
public record IssuedItem(Long id, String kind, int level, int levelFrom, int levelTo, String prompt,
                         List<Choice> choices, List<String> clips) {

    /** One answer: the value to send back, and its label. */
    public record Choice(String value, String label) {
    }
}
