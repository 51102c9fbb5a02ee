package app.soundpath.credentials.entity;

import java.util.List;

/** What was achieved, as a credential states it: a course or track of the catalog, in plain words. */
public record Achievement(AchievementKind kind, Long id, String slug, String title, String description,
                          List<String> skills) {
}
