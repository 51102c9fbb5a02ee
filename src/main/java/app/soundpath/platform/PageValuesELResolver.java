package app.soundpath.platform;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Answers the names a page may leave unset: the template's optional parameters ({@code trackClass},
 * {@code description}, {@code stateless}, {@code title}) and the values pages set once per request with
 * {@code c:set … scope="request"}, which are absent when their value is null (an anonymous reader's {@code study}).
 * A parameter the page does set never reaches an EL resolver (Facelets maps it to its expression first), and a set
 * value is the request attribute returned here. Without this resolver an unset name falls through every resolver to
 * Faces' scoped-attribute resolver, which asks EL's import handler for a class of that name: a failed
 * {@code Class.forName("java.lang.description")} through the whole class-loader chain, about fourteen
 * {@code ClassNotFoundException}s per name, on every request (2 % of an admin report's CPU, found with JFR's
 * exception events).
 */
public class PageValuesELResolver extends ELResolver {

    /** No bean, request attribute of another meaning or class may carry one of these names. */
    static final Set<String> NAMES = Set.of("trackClass", "description", "stateless", "title",
            "d", "latest", "mine", "outline", "rows", "study");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name) || !NAMES.contains(name)) {
            return null;
        }
        FacesContext faces = (FacesContext) context.getContext(FacesContext.class);
        if (faces == null) {
            return null;
        }
        context.setPropertyResolved(true);
        return faces.getExternalContext().getRequestMap().get(name);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Not resolved here: only read.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
