/**
 * What every feature stands on: database migration at start-up, the JAX-RS application and its error
 * mapping, health, Markdown rendering, security headers. Kept flat and small on purpose. {@code RewrittenMigrations}
 * is the one exception to "a landed migration is never edited": the seed migrations emptied when the course content
 * moved to Markdown (issue 13), whose landed checksums the start-up accepts.
 */
package app.soundpath.platform;
