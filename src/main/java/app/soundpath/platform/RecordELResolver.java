package app.soundpath.platform;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read record components as properties ({@code #{lesson.title}}), and a record's own public
 * no-argument methods likewise ({@code #{course.percent}}). Expression Language 5 (EE 10) only knows JavaBean
 * getters; EL 6 (EE 11) adds a record resolver itself.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: EL says a read-only property reports null as its type
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("Records are read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }

    // Looked up once per record class and property: pages read record properties thousands of times a second, and
    // asking the class for its record components copies them on every call.
    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static Method accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        Class<?> type = base.getClass();
        String name = property.toString();
        return ACCESSORS.get(type).computeIfAbsent(name, n -> Optional.ofNullable(find(type, n))).orElse(null);
    }

    private static Method find(Class<?> type, String name) {
        Method component = Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .map(RecordComponent::getAccessor)
                .findFirst().orElse(null);
        if (component != null) {
            return component;
        }
        try {
            Method method = type.getMethod(name);
            return method.getReturnType() != void.class && Modifier.isPublic(method.getModifiers())
                    && method.getDeclaringClass() == type ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
