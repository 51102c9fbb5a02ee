package app.soundpath.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The admin mix: ADMINS admin sessions (default 4, each signed in on its own) arrive over 10 s; each opens the
 * overview, both track funnels, the course funnel, the learner list and DEPTH pages deeper by its "next" link, one
 * learner's detail from the list, and downloads the course's progress CSV, with think times between pages.
 */
public class AdminMixSimulation extends Simulation {

    static final int ADMINS = Soundpath.envInt("ADMINS", 4);
    static final int DEPTH = Soundpath.envInt("DEPTH", 5);

    final ScenarioBuilder admin = scenario("admin mix")
            .exec(session -> session.set("email", Soundpath.ADMIN_EMAIL).set("password", Soundpath.ADMIN_PASSWORD))
            .exec(Soundpath.signIn()).pause(Duration.ofSeconds(1))
            .exec(http("reports overview").get("/admin/reports/").check(status().is(200))).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("track funnel").get("/admin/reports/track/producer").check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("track funnel").get("/admin/reports/track/engineer").check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("course funnel").get("/admin/reports/course/" + Soundpath.COURSE).check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("learner list").get("/admin/reports/learners?sort=NEWEST").check(status().is(200),
                    css("a[rel='next']", "href").optional().saveAs("next"),
                    css("a[href*='/admin/reports/learner/']", "href").optional().saveAs("someLearner")))
            .repeat(DEPTH).on(doIfNext())
            .doIf(session -> session.contains("someLearner")).then(
                    exec(http("learner detail").get("#{someLearner}").check(status().is(200))))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("course progress CSV").get("/api/admin/reports/courses/" + Soundpath.COURSE + "/progress.csv")
                    .check(status().is(200)));

    private static io.gatling.javaapi.core.ChainBuilder doIfNext() {
        return doIf(session -> session.contains("next")).then(
                exec(session -> session.set("page", session.getString("next")).remove("next"))
                        .exec(http("learner list, deeper page").get("#{page}").check(status().is(200),
                                css("a[rel='next']", "href").optional().saveAs("next")))
                        .pause(Duration.ofMillis(500), Duration.ofSeconds(2)));
    }

    {
        setUp(admin.injectOpen(rampUsers(ADMINS).during(Duration.ofSeconds(10)))).protocols(Soundpath.protocol());
    }
}
