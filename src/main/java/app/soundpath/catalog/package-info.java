/**
 * The learner's read side of the content: tracks (careers), their courses, lessons and the shared skill map,
 * plus the career facts and dated salary figures shown on the track and compare pages.
 */
package app.soundpath.catalog;
