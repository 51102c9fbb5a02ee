package app.soundpath.catalog.entity;

import java.util.List;

/**
 * One page of a course's lesson list. A course of a few lessons shows them all; a course of hundreds shows
 * {@code size} at a time, so its page costs about what a small course's does (issue 14: a 250-lesson course page
 * rendered 130 kB and cost three times a 5-lesson one).
 *
 * @param lessons the lessons on this page
 * @param page    this page, from 1
 * @param pages   how many pages there are (1 for an empty course)
 * @param first   the position of the first lesson shown (from 1; 0 when there is none)
 * @param last    the position of the last lesson shown
 * @param total   all lessons of the course
 */
public record Outline(List<LessonLine> lessons, int page, int pages, int first, int last, int total) {

    /**
     * The page asked for ({@code asked}: a page number as typed in the address), or else the page holding the
     * learner's next lesson ({@code nextSlug}, may be null or empty), or else the first. A number that is not one,
     * or is out of range, is ignored, never an error: the address is the learner's to edit.
     */
    public static Outline of(List<LessonLine> all, String asked, String nextSlug, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = parse(asked, pages);
        if (page == 0) {
            page = 1;
            for (int i = 0; nextSlug != null && !nextSlug.isEmpty() && i < all.size(); i++) {
                if (all.get(i).slug().equals(nextSlug)) {
                    page = i / size + 1;
                    break;
                }
            }
        }
        int from = (page - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new Outline(List.copyOf(all.subList(from, to)), page, pages, to > from ? from + 1 : 0, to, all.size());
    }

    /** Whether the course has more than one page of lessons (only then is a pager shown). */
    public boolean paged() {
        return pages > 1;
    }

    public boolean firstPage() {
        return page == 1;
    }

    public boolean lastPage() {
        return page == pages;
    }

    private static int parse(String asked, int pages) {
        if (asked == null || !asked.matches("\\d{1,6}")) {
            return 0;
        }
        int page = Integer.parseInt(asked);
        return page >= 1 && page <= pages ? page : 0;
    }
}
