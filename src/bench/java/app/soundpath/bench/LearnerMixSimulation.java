package app.soundpath.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The learner mix: USERS distinct generated learners (default 60) arrive over RAMP seconds, each signs in through
 * the form, browses home, a track and the course, studies LESSONS lessons (the page, then its check sent as a
 * real Faces postback with the page's view state and one option per question), and ends on the dashboard, with
 * think times between pages. Learners who are not enrolled in the course see no check form and just read.
 */
public class LearnerMixSimulation extends Simulation {

    static final int USERS = Soundpath.envInt("USERS", 60);
    static final Duration RAMP = Duration.ofSeconds(Soundpath.envInt("RAMP", 60));
    static final int LESSONS = Soundpath.envInt("LESSONS", 3);
    static final int FIRST = Soundpath.envInt("FIRST_LEARNER", 1);

    /** The check's form body: its hidden fields, the first option of every question, the button. */
    static Map<String, Object> checkForm(Session session) {
        Map<String, Object> form = Soundpath.hiddenFields(session);
        List<String> questions = session.getList("questionNames");
        List<String> options = session.getList("optionValues");
        for (int i = 0; i < questions.size(); i++) {
            form.putIfAbsent(questions.get(i), options.get(i));
        }
        form.put("checkform:submit", "submit");
        return new LinkedHashMap<>(form);
    }

    final List<String> lessons = Soundpath.lessonsOf(Soundpath.COURSE);

    final ScenarioBuilder learner = scenario("learner mix")
            .feed(listFeeder(IntStream.range(FIRST, FIRST + USERS).mapToObj(i -> Map.<String, Object>of(
                    "email", String.format("learner-%06d@load.soundpath.test", i),
                    "password", Soundpath.LEARNER_PASSWORD)).toList()))
            .exec(Soundpath.signIn()).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("home").get("/").check(status().is(200))).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("track page").get("/tracks/producer").check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("course page").get("/courses/" + Soundpath.COURSE).check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .repeat(LESSONS, "n").on(
                    exec(session -> session.set("lesson", lessons.get((int) ((session.userId() + session.getInt("n")) % lessons.size())))
                            .remove("checkAction"))
                    .exec(http("lesson page").get("/lessons/#{lesson}").check(status().is(200),
                            css("form#checkform", "action").optional().saveAs("checkAction"),
                            css("form#checkform input[type='hidden']", "name").findAll().optional().saveAs("hiddenNames"),
                            css("form#checkform input[type='hidden']", "value").findAll().optional().saveAs("hiddenValues"),
                            regex("name=\"(q\\d+)\" value=\"\\d+\"").findAll().optional().saveAs("questionNames"),
                            regex("name=\"q\\d+\" value=\"(\\d+)\"").findAll().optional().saveAs("optionValues")))
                    .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .doIf(session -> session.contains("checkAction") && session.contains("questionNames")).then(
                            exec(http("check submission").post("#{checkAction}").formParamMap(LearnerMixSimulation::checkForm)
                                    .check(status().in(200, 302)))
                                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))))
            .exec(http("dashboard").get("/learn/").check(status().is(200)));

    {
        setUp(learner.injectOpen(rampUsers(USERS).during(RAMP))).protocols(Soundpath.protocol());
    }
}
