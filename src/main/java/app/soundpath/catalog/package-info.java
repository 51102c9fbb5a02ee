/**
 * The learner's read side of the content: tracks (careers), their courses, lessons and the shared skill map,
 * plus the career facts and dated salary figures shown on the track and compare pages.
 * <p>
 * <b>Who owns which table (issue 13).</b> Catalog owns the career data: {@code track}, {@code track_fact} and
 * {@code salary_figure}. The content tables ({@code course}, {@code lesson}, {@code skill}, {@code check_question}
 * and the tables that link them) belong to {@code authoring}, which is the only feature that maps and writes them.
 * Catalog maps the read-only views of <em>published</em> content that authoring declares in migration V41
 * ({@code published_courses}, {@code published_lessons}, ...), never the tables. Why this way round: every write of
 * content comes with rules that live in authoring (drafts, validation, permissions, versions, the audit trail,
 * import), while the catalog never needs a draft; declaring "published" once, in a view, means no reader can forget
 * the status filter, and the catalog can own a cache of published content that authoring's publish refreshes.
 * <p>
 * Lessons' listening exercises (issue 17) are one more published view, {@code published_listening_exercises} (V48),
 * read into the snapshot with the rest, so a lesson page learns of its exercise without a query.
 * <p>
 * Other features read the catalogue through {@code CatalogService} (Java) or the {@code catalog_*} views of
 * migration V28 (SQL, for reporting).
 */
package app.soundpath.catalog;
