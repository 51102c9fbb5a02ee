/**
 * What every feature stands on: database migration at start-up, the JAX-RS application and its error
 * mapping, health, Markdown rendering, security headers. Kept flat and small on purpose.
 */
package app.soundpath.platform;
