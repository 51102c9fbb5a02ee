package app.soundpath.platform;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.util.Set;

/**
 * Keeps two frameworks' bookkeeping, which nothing here needs, out of the HTTP session (the data grid reads and writes
 * the whole session on every request).
 * <p>
 * <b>Mojarra's flash.</b> In a distributable application Mojarra puts two values into the session of everyone signed
 * in, each time a request asks for the flash (every Faces phase does): a helper, and the node's whole flash map, the
 * one that holds the flash values of every visitor's redirect in flight. So each learner's session carried a copy of
 * the others' flash values (messages, check results), and the data grid read and wrote that map, with its sixteen
 * locks, on every request. When such a session was restored on another node, Mojarra replaced that node's flash map
 * with the copy, dropping what its own visitors had in flight. The flash itself is unchanged: its values live in the
 * node's memory, found again by the cookie Mojarra sets, and the request after a redirect reaches the same node (nginx
 * is sticky by session).
 * <p>
 * <b>Weld's conversations.</b> Weld puts its map of long-running conversations into the session once a page renders
 * a form (its view handler asks for the current conversation to write the form's address). Soundpath has no
 * conversation-scoped bean and never begins a conversation, so the map is always empty (ArchitectureTest keeps it so).
 * <p>
 * Each value is removed as soon as it is put there.
 */
@WebListener
public class FrameworkValuesOutOfSession implements HttpSessionAttributeListener {

    /** com.sun.faces.context.flash.SessionHelper's two session attributes (helper, flash map), and Weld's conversations. */
    static final Set<String> NAMES = Set.of("csfcffFSAL", "csfcffFIM",
            "org.jboss.weld.context.ConversationContext.conversations");

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        drop(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        drop(event);
    }

    private static void drop(HttpSessionBindingEvent event) {
        if (NAMES.contains(event.getName())) {
            event.getSession().removeAttribute(event.getName());
        }
    }
}
