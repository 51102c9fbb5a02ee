/**
 * The track-fit assessment: a versioned questionnaire (interests, self-rating, scenarios, knowledge), a pure and
 * versioned scoring method that suggests producer, engineer or an honest close call, and explains itself.
 * <p>
 * The rules sit in {@code control}: {@code TrackFitScorer} scores, {@code AnswerRules} says which answers a
 * questionnaire accepts and when a close call asks the tie-breakers (block {@code T}). One submission of the page is
 * one service call that reads the questionnaire once and scores once.
 * <p>
 * Other features read attempts and decisions in SQL through the {@code assessment_*} views (migration V27).
 */
package app.soundpath.assessment;
