package app.soundpath.learning.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.identity.boundary.CurrentUser;
import app.soundpath.learning.entity.LearningEvent;
import app.soundpath.learning.entity.LearningEvent.ObjectType;
import app.soundpath.learning.entity.Statement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Writes learning-record events as xAPI-style statements with ADL verbs. */
@RequestScoped
public class Statements {

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser currentUser;

    public List<Statement> of(List<LearningEvent> events, String site) {
        CatalogMap map = catalog.map();
        String learner = String.valueOf(currentUser.requireId());
        return events.stream().map(e -> {
            String[] named = LearningService.name(map, e.getObjectType(), e.getObjectId());
            String path = e.getObjectType() == ObjectType.COURSE ? "courses/" : "lessons/";
            String verb = switch (e.getVerb()) {
                case ENROLLED -> "registered";
                case LEFT -> "exited";
                case COMPLETED -> "completed";
                case PASSED -> "passed";
                case FAILED -> "failed";
                case WAIVED -> "waived";
            };
            Boolean success = switch (e.getVerb()) {
                case PASSED, WAIVED -> Boolean.TRUE;
                case FAILED -> Boolean.FALSE;
                default -> null;
            };
            return new Statement("soundpath:event:" + e.getId(),
                    new Statement.Actor("Agent", new Statement.Account(site, learner)),
                    new Statement.Verb("http://adlnet.gov/expapi/verbs/" + verb, verb),
                    new Statement.Activity("Activity", site + path + named[0], named[1],
                            "http://adlnet.gov/expapi/activities/" + (e.getObjectType() == ObjectType.COURSE ? "course" : "lesson")),
                    new Statement.Result(e.getResult(), success, e.getVerb() == LearningEvent.Verb.COMPLETED ? Boolean.TRUE : null),
                    e.getOccurredAt());
        }).toList();
    }
}
