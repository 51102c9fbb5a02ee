package app.soundpath.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Component schemas for the records a resource answers with inside a {@code Response} (Payara's scanner only sees
 * declared return types, and makes an empty object of {@code @Schema(implementation)}): made from the record's
 * components, named like the scanner names them (replacing the scanner's, which leaves sets untyped and maps of
 * enums empty), once per name: two types that would share a name stop the document.
 */
final class RecordSchemas {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RecordSchemas.class.getName());

    private final Components components;
    private final Map<String, Class<?>> made = new java.util.HashMap<>();

    RecordSchemas(Components components) {
        this.components = components;
    }

    /** A reference to the schema of the named record class (made first when missing); "Name[]" for a list of them. */
    Schema of(String className) {
        if (className.endsWith("[]")) {
            return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                    .items(of(className.substring(0, className.length() - 2)));
        }
        try {
            return of(Class.forName(className, true, RecordSchemas.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("api-operations.json names a class that does not exist: " + className, e);
        }
    }

    Schema of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(of(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(of(p.getActualTypeArguments()[1]));
            }
            return of(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == char.class || c == Character.class) {
            return simple(Schema.SchemaType.STRING, null);
        }
        if (c == Instant.class) {
            return simple(Schema.SchemaType.STRING, "date-time");
        }
        if (c == LocalDate.class) {
            return simple(Schema.SchemaType.STRING, "date");
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple(Schema.SchemaType.BOOLEAN, null);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return simple(Schema.SchemaType.INTEGER, "int32");
        }
        if (c == long.class || c == Long.class) {
            return simple(Schema.SchemaType.INTEGER, "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || Number.class.isAssignableFrom(c)) {
            return simple(Schema.SchemaType.NUMBER, null);
        }
        if (c.isEnum() || c.isRecord()) {
            String name = name(c);
            Class<?> earlier = made.putIfAbsent(name, c);
            if (earlier == null) {
                // Made here even when the scanner made one: it leaves sets untyped and maps of enums empty.
                components.addSchema(name, c.isEnum() ? enumeration(c) : record(c));
            } else if (earlier != c) {
                // Never lose the whole document over it (Payara would serve an empty one): say it, keep the first.
                LOG.severe("Two types would share the OpenAPI schema name " + name + ": " + earlier.getName() + " and "
                        + c.getName() + "; give one a @Schema(name = ...)");
            }
            return OASFactory.createSchema().ref("#/components/schemas/" + name);
        }
        return OASFactory.createSchema(); // Object: any JSON value
    }

    private Schema record(Class<?> c) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        for (RecordComponent component : c.getRecordComponents()) {
            schema.addProperty(component.getName(), of(component.getGenericType()));
        }
        return schema;
    }

    private static Schema enumeration(Class<?> c) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(new ArrayList<>(
                Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()));
    }

    private static Schema simple(Schema.SchemaType type, String format) {
        Schema schema = OASFactory.createSchema().addType(type);
        return format == null ? schema : schema.format(format);
    }

    /** The scanner's name: the {@code @Schema(name)} of the class when it has one, else its simple name. */
    static String name(Class<?> c) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isBlank() ? named.name() : c.getSimpleName();
    }
}
