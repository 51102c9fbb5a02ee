package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.CourseMarkdown;
import app.soundpath.authoring.control.CourseMarkdown.SeedCourse;
import app.soundpath.authoring.control.CourseMarkdown.Source;
import app.soundpath.authoring.entity.MalformedContentException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * At start-up, once per database: fills a fresh database with the courses, lessons and checks kept as Markdown in
 * the repository's src/main/content/ folder (on the class path under {@value #FOLDER}), through the course import's rules
 * ({@link SeedImport}). A database that already has its content (the content_seed row) is not imported again, but gets
 * the seed lessons added to src/main/content/ since ({@link SeedImport#addMissingLessons}: once each, never one an
 * instructor deleted). Nodes starting together meet on the keys of content_seed and content_seed_lesson: one imports
 * or adds, the others find the row.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ContentSeed {

    /** Where the build puts src/main/content/ (see the pom's resources). */
    public static final String FOLDER = "app/soundpath/content";

    private static final Logger LOG = Logger.getLogger(ContentSeed.class.getName());
    private static final int ATTEMPTS = 30;

    @Inject
    SeedImport seeding;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each attempt is a transaction of SeedImport's
    void seed() {
        List<SeedCourse> courses = shipped();
        if (!seeding.seeded()) {
            importAll(courses);
        }
        addNewLessons(courses);
    }

    /** Seed lessons shipped after this database got its content, each added once (two nodes: one adds, one finds it). */
    private void addNewLessons(List<SeedCourse> courses) {
        // A node that lost the race on a lesson's key finds it recorded at its next attempt: a few are plenty.
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                List<String> added = seeding.addMissingLessons(courses);
                if (!added.isEmpty()) {
                    LOG.info(() -> "Added the lessons shipped in src/main/content/ since this database got its content: " + added);
                }
                return;
            } catch (EJBException e) {
                if (attempt == 5) {
                    // The app works without them; the next start tries again.
                    LOG.log(Level.SEVERE, "Could not add the lessons shipped in src/main/content/ since this database got"
                            + " its content", e);
                    return;
                }
                // Another node is adding the same lessons and holds their keys: look again once it has committed.
                LOG.info(() -> "Adding new lessons of src/main/content/ failed, trying again in a second: " + e.getCause());
                pause();
            }
        }
    }

    private void importAll(List<SeedCourse> courses) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                SeedImport.Outcome outcome = seeding.seed(courses);
                long millis = (System.nanoTime() - started) / 1_000_000;
                switch (outcome) {
                    case IMPORTED -> LOG.info(() -> "Imported the course content from src/main/content/: " + courses.size()
                            + " courses, " + courses.stream().mapToInt(c -> c.document().lessons().size()).sum()
                            + " lessons (" + millis + " ms)");
                    case COURSES_FOUND -> LOG.info("The database has courses already: src/main/content/ was not imported");
                    case ALREADY_SEEDED -> LOG.info("Another node imported the course content from src/main/content/");
                }
                return;
            } catch (EJBException e) {
                if (e.getCause() instanceof MalformedContentException malformed) {
                    throw malformed; // the same files fail the same way every time: stop the start and say where
                }
                // Another node's import holds the key (its transaction may outlast a lock timeout): look, then retry.
                if (seeding.seeded()) {
                    LOG.info("Another node imported the course content from src/main/content/ at the same moment");
                    return;
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.info(() -> "Importing src/main/content/ failed, trying again in a second: " + e.getCause());
                pause();
            }
        }
    }

    /** The content the application was built with, in the order to import it. */
    public static List<SeedCourse> shipped() {
        return CourseMarkdown.importOrder(readClassPath());
    }

    private static List<SeedCourse> readClassPath() {
        URL url = ContentSeed.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("The course content (" + FOLDER + ") is not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Could not read the course content in " + url, e);
        }
    }

    /**
     * Every course folder under the root, read into a course document; files are named as in the repository
     * (src/main/content/&lt;course&gt;/&lt;file&gt;) so that a problem points at the file to fix.
     */
    public static List<SeedCourse> read(Path root) {
        List<SeedCourse> courses = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String slug = folder.getFileName().toString().replace("/", "");
                Path courseFile = folder.resolve(CourseMarkdown.COURSE_FILE);
                if (!Files.isRegularFile(courseFile)) {
                    throw new MalformedContentException("src/main/content/" + slug, 0, "has no " + CourseMarkdown.COURSE_FILE);
                }
                List<Source> lessons = new ArrayList<>();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString().replace("/", "");
                        if (!name.equals(CourseMarkdown.COURSE_FILE)) {
                            lessons.add(source(slug, name, file));
                        }
                    }
                }
                courses.add(CourseMarkdown.course(slug, source(slug, CourseMarkdown.COURSE_FILE, courseFile), lessons));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return courses;
    }

    private static Source source(String course, String name, Path file) throws IOException {
        String shown = "src/main/content/" + course + "/" + name;
        if (!Files.isRegularFile(file)) {
            throw new MalformedContentException(shown, 0, "is not a file");
        }
        if (Files.size(file) > 4L * CourseMarkdown.MAX_FILE_CHARACTERS) {
            throw new MalformedContentException(shown, 0, "the file has " + Files.size(file) + " bytes, far more than a lesson");
        }
        try {
            return new Source(shown, Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new MalformedContentException(shown, 0, "is not UTF-8 text");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another node's content import", e);
        }
    }
}
