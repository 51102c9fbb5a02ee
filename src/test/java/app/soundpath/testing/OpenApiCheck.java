package app.soundpath.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Holds the /openapi document to what the code does: parsed by a real OpenAPI parser (swagger-parser), every JAX-RS
 * resource method of the WAR found in it (by reflection over the compiled classes), and every body's schema compared
 * with the Java record it is written from (the same property names, types, enum values, all the way down), every
 * example with its schema.
 */
public final class OpenApiCheck {

    /** One problem found, said plainly; an empty list means the document holds. */
    private final List<String> problems = new ArrayList<>();
    private final OpenAPI api;
    private final JsonObject table;

    public OpenApiCheck(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        result.getMessages().forEach(m -> problems.add("parser: " + m));
        this.api = result.getOpenAPI();
        try (InputStream in = OpenApiCheck.class.getResourceAsStream("/app/soundpath/platform/api-operations.json");
             JsonReader reader = Json.createReader(in)) {
            this.table = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OpenAPI api() {
        return api;
    }

    /** Every resource method of the app, as "METHOD /api/path" with the method itself. */
    public static Map<String, Method> resourceMethods() {
        Map<String, Method> methods = new LinkedHashMap<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, OpenApiCheck.class.getClassLoader());
                Path root = c.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    String http = httpMethod(m);
                    if (http != null) {
                        Path sub = m.getAnnotation(Path.class);
                        methods.put(http + " " + join("/api", root.value(), sub == null ? "" : sub.value()), m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return methods;
    }

    private static String httpMethod(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        String path = String.join("/", Arrays.stream(parts).filter(p -> !p.isEmpty()).toList()).replaceAll("/+", "/");
        return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/$", "");
    }

    /** Checks everything and answers the problems found. */
    public List<String> problems() {
        if (api == null) {
            return problems;
        }
        Set<String> operationIds = new HashSet<>();
        Map<String, Method> methods = resourceMethods();
        methods.forEach((key, method) -> {
            String[] mp = key.split(" ", 2);
            PathItem item = api.getPaths().get(mp[1]);
            Operation op = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(mp[0]));
            if (op == null) {
                problems.add(key + ": not in the document");
                return;
            }
            operation(key, mp[1], mp[0], method, op, operationIds);
        });
        return problems;
    }

    private void operation(String key, String path, String verb, Method method, Operation op, Set<String> ids) {
        if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
            problems.add(key + ": operationId missing or used twice: " + op.getOperationId());
        }
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            problems.add(key + ": no summary");
        }
        JsonObject entry = table.getJsonObject(key);
        if (entry == null) {
            problems.add(key + ": no entry in api-operations.json");
            return;
        }
        // The request body: its schema is the body parameter's record, and it has an example that fits it.
        Parameter body = Arrays.stream(method.getParameters()).filter(p -> p.getAnnotations().length == 0).findFirst().orElse(null);
        if (body != null) {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                problems.add(key + ": takes a body the document does not describe");
            } else {
                op.getRequestBody().getContent().forEach((type, media) -> {
                    compare(key + " request", media.getSchema(), body.getParameterizedType(), new HashSet<>());
                    if (media.getExample() == null) {
                        problems.add(key + ": no request example");
                    } else {
                        example(key + " request example", media.getSchema(), plain(media.getExample()));
                    }
                });
            }
        }
        // Success answers: a status other than 'default', an example on every body, the schema of the Java type.
        if (op.getResponses() == null || op.getResponses().containsKey("default")) {
            problems.add(key + ": answers 'default' instead of its real status");
            return;
        }
        boolean success = false;
        for (var e : op.getResponses().entrySet()) {
            String code = e.getKey();
            var response = e.getValue();
            if (code.startsWith("2") || code.startsWith("3")) {
                success = true;
                if (response.getContent() == null) {
                    if (javaType(method, entry, code) != null || entry.getJsonObject("responses").getJsonObject(code) != null
                            && entry.getJsonObject("responses").getJsonObject(code).containsKey("example")) {
                        problems.add(key + " " + code + ": answers a body the document does not describe");
                    }
                    continue;
                }
                response.getContent().forEach((type, media) -> {
                    if (media.getSchema() == null) {
                        problems.add(key + " " + code + ": no schema");
                    }
                    if (media.getExample() == null && !type.equals("application/pdf") && !type.startsWith("audio/")) {
                        problems.add(key + " " + code + ": no example");
                    }
                    Type java = javaType(method, entry, code);
                    if (java != null && type.equals("application/json")) {
                        compare(key + " " + code, media.getSchema(), java, new HashSet<>());
                    }
                    if (media.getExample() != null && type.equals("application/json")) {
                        example(key + " " + code + " example", media.getSchema(), plain(media.getExample()));
                    }
                });
            } else {
                if (response.getContent() == null || response.getContent().get("application/problem+json") == null) {
                    problems.add(key + " " + code + ": not described as application/problem+json");
                } else {
                    var media = response.getContent().get("application/problem+json");
                    String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
                    if (ref == null || !ref.matches("#/components/schemas/(Problem|FieldProblems|ConflictProblem)")) {
                        problems.add(key + " " + code + ": the problem has no Problem schema: " + ref);
                    }
                    if (media.getExample() == null) {
                        problems.add(key + " " + code + ": the problem has no example");
                    }
                }
            }
        }
        if (!success) {
            problems.add(key + ": no success answer");
        }
        // The errors every operation of its kind can give.
        boolean signedIn = path.matches("/api/(me|learners/.*|author(/.*)?|admin/.*)")
                || path.matches("/api/(enrollments|lessons/.*)") && !verb.equals("GET");
        expect(key, op, signedIn, "401");
        expect(key, op, path.matches("/api/(author|admin)(/.*)?"), "403");
        expect(key, op, path.contains("{"), "404");
        expect(key, op, body != null, "400");
        expect(key, op, verb.equals("PUT"), "409");
        if (verb.equals("PUT") && op.getResponses().get("409") != null) {
            var content = op.getResponses().get("409").getContent();
            var media = content == null ? null : content.get("application/problem+json");
            if (media == null || !"#/components/schemas/ConflictProblem".equals(media.getSchema().get$ref())) {
                problems.add(key + " 409: does not say the current version (ConflictProblem)");
            }
        }
        if (signedIn && (op.getSecurity() == null || op.getSecurity().isEmpty())) {
            problems.add(key + ": needs a session but says no security");
        }
    }

    private void expect(String key, Operation op, boolean needed, String code) {
        if (needed && !op.getResponses().containsKey(code)) {
            problems.add(key + ": does not list " + code);
        }
    }

    /** The Java type of a success body: the declared return type, or the record the table names for a Response. */
    private static Type javaType(Method method, JsonObject entry, String code) {
        Class<?> raw = method.getReturnType();
        if (raw != Response.class && raw != void.class && !Map.class.isAssignableFrom(raw) && !raw.getName().startsWith("jakarta.json")) {
            return method.getGenericReturnType(); // what the method really returns, whatever the table says
        }
        JsonObject about = entry.getJsonObject("responses").getJsonObject(code);
        if (about != null && about.containsKey("schemaClass")) {
            try {
                return Class.forName(about.getString("schemaClass"));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return null; // a Response or a map: described by the table's own schema
    }

    /** The parser keeps examples as JSON trees: as maps, lists and scalars. */
    private static Object plain(Object example) {
        return io.swagger.v3.core.util.Json.mapper().convertValue(example, Object.class);
    }

    private Schema<?> resolve(Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().replace("#/components/schemas/", "");
            Schema<?> target = api.getComponents().getSchemas().get(name);
            if (target == null) {
                problems.add("dangling reference " + schema.get$ref());
            }
            return target;
        }
        return schema;
    }

    private static String type(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        return s.getTypes() == null || s.getTypes().isEmpty() ? null : s.getTypes().iterator().next().toString();
    }

    /** The schema says exactly what the Java type is: names, kinds and enum values, recursively. */
    private void compare(String where, Schema<?> given, Type java, Set<Type> seen) {
        if (java instanceof java.lang.reflect.TypeVariable<?>) {
            return; // a generic record's parameter: checked where the table names the concrete type
        }
        Schema<?> s = resolve(given);
        if (s == null) {
            problems.add(where + ": no schema for " + java.getTypeName());
            return;
        }
        Class<?> raw = java instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) java;
        String type = type(s);
        if (Collection.class.isAssignableFrom(raw)) {
            if (!"array".equals(type)) {
                problems.add(where + ": " + java.getTypeName() + " is described as " + type);
            } else if (java instanceof ParameterizedType p) {
                compare(where + "[]", s.getItems(), p.getActualTypeArguments()[0], seen);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!"object".equals(type)) {
                problems.add(where + ": map " + java.getTypeName() + " is described as " + type);
            }
        } else if (raw.isEnum()) {
            List<String> values = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            List<String> described = s.getEnum() == null ? List.of() : s.getEnum().stream().map(String::valueOf).toList();
            if (!new HashSet<>(described).equals(new HashSet<>(values))) {
                problems.add(where + ": enum " + raw.getName() + " " + values + " is described as " + described);
            }
        } else if (raw.isRecord()) {
            if (!seen.add(raw)) {
                return;
            }
            Map<String, Schema> properties = s.getProperties() == null ? Map.of() : s.getProperties();
            List<String> components = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
            if (!new HashSet<>(components).equals(properties.keySet())) {
                problems.add(where + ": record " + raw.getName() + " " + components + " is described with " + properties.keySet());
                return;
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                compare(where + "." + c.getName(), properties.get(c.getName()), c.getGenericType(), seen);
            }
        } else if (raw == String.class) {
            want(where, s, "string", null);
        } else if (raw == Instant.class) {
            want(where, s, "string", "date-time");
        } else if (raw == LocalDate.class) {
            want(where, s, "string", "date");
        } else if (raw == boolean.class || raw == Boolean.class) {
            want(where, s, "boolean", null);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (!"integer".equals(type) && !"number".equals(type)) {
                problems.add(where + ": a whole number is described as " + type);
            }
        } else if (raw == double.class || raw == Double.class) {
            want(where, s, "number", null);
        }
    }

    private void want(String where, Schema<?> s, String type, String format) {
        if (!type.equals(type(s)) || format != null && !format.equals(s.getFormat())) {
            problems.add(where + ": should be " + type + (format == null ? "" : " (" + format + ")") + ", is " + type(s)
                    + (s.getFormat() == null ? "" : " (" + s.getFormat() + ")"));
        }
    }

    /** An example fits its schema: no property the schema does not have, arrays and objects where they belong. */
    @SuppressWarnings("unchecked")
    private void example(String where, Schema<?> given, Object example) {
        Schema<?> s = resolve(given);
        if (s == null || example == null) {
            return;
        }
        String type = type(s);
        if (example instanceof Map<?, ?> map) {
            if (type != null && !"object".equals(type)) {
                problems.add(where + ": an object where the schema wants " + type);
                return;
            }
            if (s.getProperties() != null && !s.getProperties().isEmpty()) {
                for (var e : ((Map<String, Object>) map).entrySet()) {
                    Schema<?> property = s.getProperties().get(e.getKey());
                    if (property == null) {
                        problems.add(where + ": '" + e.getKey() + "' is not in the schema " + s.getProperties().keySet());
                    } else {
                        example(where + "." + e.getKey(), property, e.getValue());
                    }
                }
            } else if (s.getAdditionalProperties() instanceof Schema<?> values) {
                map.values().forEach(v -> example(where + "{}", values, v));
            }
        } else if (example instanceof List<?> list) {
            if (type != null && !"array".equals(type)) {
                problems.add(where + ": an array where the schema wants " + type);
                return;
            }
            list.forEach(v -> example(where + "[]", s.getItems(), v));
        } else if (type != null) {
            boolean fits = switch (type) {
                case "string" -> example instanceof String;
                case "integer" -> example instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
                case "number" -> example instanceof Number;
                case "boolean" -> example instanceof Boolean;
                default -> true;
            };
            if (!fits) {
                problems.add(where + ": " + example + " is not a " + type);
            }
        }
    }
}
