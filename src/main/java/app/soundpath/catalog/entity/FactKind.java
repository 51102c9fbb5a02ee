package app.soundpath.catalog.entity;

/** The kinds of career fact shown side by side on the compare page. */
public enum FactKind {
    RESPONSIBILITY, WORKPLACE, CAREER_PATH, FIT
}
