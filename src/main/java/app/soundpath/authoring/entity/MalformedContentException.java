package app.soundpath.authoring.entity;

/**
 * A content file in the repository that cannot be read as a course or a lesson: names the file and the line, so the
 * person who edited it can find the mistake from the start-up log or the failing test alone.
 */
public class MalformedContentException extends RuntimeException {

    private final String file;
    private final int line;

    public MalformedContentException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }

    /** The line (from 1) the problem is on, or 0 when it concerns the whole file. */
    public int line() { return line; }
}
