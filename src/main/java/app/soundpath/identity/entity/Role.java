package app.soundpath.identity.entity;

/** What a person may do. A person may hold several roles; everybody who signs up is a learner. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMIN;

    /** The names as constants, for annotations and web.xml. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String INSTRUCTOR = "INSTRUCTOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
