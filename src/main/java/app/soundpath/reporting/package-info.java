/**
 * Admin progress reports at /admin/reports: overview, track and course funnels, assessment outcomes, the learner
 * list with one learner's detail, and CSV exports. Reads summary rows and indexes only, never one query per learner.
 */
package app.soundpath.reporting;
