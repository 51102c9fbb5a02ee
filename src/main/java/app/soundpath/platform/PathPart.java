package app.soundpath.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A part of the page address after the view (FacesViews MultiViews): in {@code /lessons/gain-staging} part 0 of the
 * {@code lessons} view is {@code gain-staging}; null when the address has no such part. What OmniFaces'
 * {@code @Param(pathIndex = …)} gave the page beans, at a fraction of the cost: that producer looks up the bean
 * manager through a stack walk on every injection (8 % of a signed-in lesson page's CPU in a profile, issue 14).
 * Produced by {@link PathParts}.
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface PathPart {

    /** Which part, from 0. */
    @Nonbinding
    int value() default 0;
}
