package app.soundpath.learning.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One learning-record entry in the shape of an xAPI statement (actor, verb, object, result, timestamp). */
public record Statement(String id, Actor actor, Verb verb, Activity object, Result result, Instant timestamp) {

    /** The learner, by Soundpath account id (never an email). */
    public record Actor(String objectType, Account account) {
    }

    /** An account on a system. */
    public record Account(String homePage, String name) {
    }

    /** An ADL verb. */
    public record Verb(String id, String display) {
    }

    /** The course or lesson. */
    @Schema(name = "StatementActivity")
    public record Activity(String objectType, String id, String name, String type) {
    }

    /** What came of it, when there is something to say. */
    public record Result(String response, Boolean success, Boolean completion) {
    }
}
