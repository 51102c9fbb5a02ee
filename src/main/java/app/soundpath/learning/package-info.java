/**
 * The learner's own side: enrolments, lesson progress, checks and the dashboard at /learn.
 */
package app.soundpath.learning;
