package app.soundpath.credentials.entity;

/** What a credential is for: one finished course, or a whole finished track. */
public enum AchievementKind {
    COURSE, TRACK
}
