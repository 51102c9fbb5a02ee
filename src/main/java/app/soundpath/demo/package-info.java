/**
 * Demo mode's generated cohort (issue 16): at the first start of a fresh demo database, learners made by the same plan
 * as the data generator (./mvnw -Pdata), the demo learner mid-way and the demo instructor with a class, once only
 * (the {@code demo_cohort} row), in the background. {@code control} holds the plan (pure, deterministic by seed);
 * {@code boundary} writes it with plain JDBC in one transaction and starts it.
 */
package app.soundpath.demo;
