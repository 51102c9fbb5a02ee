/**
 * The learner's read side of the content: tracks (careers), their courses, lessons and the shared skill map,
 * plus the career facts and dated salary figures shown on the track and compare pages.
 * <p>
 * Other features read the catalogue through {@code CatalogService} (Java) or the {@code catalog_*} views of
 * migration V28 (SQL, for reporting). The tables are still written by authoring through its own mapping (issue 13
 * asks for one mapping with catalog as the owner and authoring writing through it; not done yet, so both sides keep
 * the entity cache off).
 */
package app.soundpath.catalog;
