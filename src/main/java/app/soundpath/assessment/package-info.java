/**
 * The track-fit assessment: a versioned questionnaire (interests, self-rating, scenarios, knowledge), a pure and
 * versioned scoring method that suggests producer, engineer or an honest close call, and explains itself.
 */
package app.soundpath.assessment;
