package app.soundpath.identity.entity;

import java.util.List;

/** One page of a keyset-paginated list: the rows and the cursor of the next page (null on the last page). */
public record Slice<T>(List<T> rows, String next) {
}
