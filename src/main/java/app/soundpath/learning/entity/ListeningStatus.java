package app.soundpath.learning.entity;

/**
 * Where the caller stands in a lesson's listening exercise: its settings, the rung the next item will be on, and the
 * accuracy over the last answers.
 */
public record ListeningStatus(String kind, String kindName, int levelFrom, int levelTo, int items, int passAccuracy,
                              int window, int nextLevel, int answered, int accuracy, boolean passed) {
}
