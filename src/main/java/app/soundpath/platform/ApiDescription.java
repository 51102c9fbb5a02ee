package app.soundpath.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document Payara builds from the resources' annotations (registered as
 * {@code mp.openapi.filter}): a unique operation id, the real success status and an example for every operation
 * (from {@code api-operations.json}, one entry per "METHOD /path"), and the error answers every operation can give,
 * all as {@code application/problem+json}: 400 (with the message per field where the API checks fields), 401 and 403
 * where the path needs a signed-in person or a role (web.xml), 404 where the path names something, 409 with the
 * current version where a save can conflict. Kept in one table so the API test can hold every operation to it.
 */
public class ApiDescription implements OASFilter {

    static final String OPERATIONS = "/app/soundpath/platform/api-operations.json";
    static final String PROBLEM = "application/problem+json";
    static final String SESSION = "session";

    /** Paths web.xml keeps for signed-in people, and (second list) for a role beyond learner. */
    private static final Pattern SIGNED_IN = Pattern.compile("^/api/(me|learners/.*|author(/.*)?|admin/.*)$");
    private static final Pattern ROLE = Pattern.compile("^/api/(author|admin)(/.*)?$");
    /** Learner writes: web.xml asks for a signed-in person on POST/PUT/DELETE only. */
    private static final Pattern SIGNED_IN_WRITES = Pattern.compile("^/api/(enrollments|lessons/.*)$");

    /** The groups people see in /api-docs, in this order. */
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("Catalog", "Tracks, courses and lessons: public");
        TAGS.put("Assessment", "The track-fit questionnaire and the caller's results and decisions");
        TAGS.put("Learning", "Enrolling, checks, completion and the caller's own progress and record");
        TAGS.put("Credentials", "Issued credentials: public verification and the caller's own");
        TAGS.put("Account", "The caller's account, reset links and unsubscribing");
        TAGS.put("Authoring", "Instructors: their courses, lessons and skills (admins: all)");
        TAGS.put("Teaching", "Instructors: the learners of the courses they teach, their progress and the course CSV");
        TAGS.put("Reports", "Admins: funnels, assessment outcomes, learners, CSV");
        TAGS.put("Administration", "Admins: re-scoring, revoking credentials, the outbox");
    }

    private final JsonObject operations;

    public ApiDescription() {
        try (InputStream in = ApiDescription.class.getResourceAsStream(OPERATIONS);
             JsonReader reader = Json.createReader(in)) {
            operations = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Payara writes the defaults of a {@code @Schema} annotation out as if they were meant (maxProperties 0 would
     * allow only an empty object, examples [""] is no example): drop them.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getExamples() != null && schema.getExamples().stream().allMatch(e -> e == null || "".equals(e))) {
            schema.setExamples(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Problem", problemSchema());
        components.addSchema("FieldProblems", problemSchema()
                .description("A 400 answer about the fields of the body: one message per field (the same sentences the"
                        + " pages show beside the fields).")
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("Field name → what is wrong with it (check questions as q1.prompt, q1.options …)")
                        .additionalPropertiesSchema(string())));
        components.addSchema("ConflictProblem", problemSchema()
                .description("A 409 answer to a save based on an old version: nothing was saved. Merge with 'current'"
                        + " and send again with 'currentVersion'.")
                .addProperty("currentVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int64").description("The version to base the next save on"))
                .addProperty("current", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("The item as it is now (the same shape as its GET)")));
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("The session of a person signed in through /account/sign-in (the API has no tokens of its own)."
                        + " Writes must come from this site: another Origin is refused."));
        if (openAPI.getPaths() == null) {
            return;
        }
        TAGS.forEach((name, description) -> openAPI.addTag(OASFactory.createTag().name(name).description(description)));
        RecordSchemas records = new RecordSchemas(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(path, method, operation, records)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation, RecordSchemas records) {
        JsonObject entry = operations.getJsonObject(method + " " + path);
        if (entry == null) {
            return; // the API test names every operation without an entry
        }
        operation.setOperationId(entry.getString("operationId"));
        operation.setTags(new ArrayList<>(List.of(tag(path))));
        if (entry.containsKey("description")) {
            operation.setDescription(entry.getString("description"));
        }
        parameters(operation, entry.getJsonObject("parameters"));
        if (entry.containsKey("request") && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> media.setExample(plain(entry.get("request"))));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        // The body's shape as scanned from the method's return type (or from an annotated success response).
        Content scanned = responses.getDefaultValue() != null ? responses.getDefaultValue().getContent()
                : responses.getAPIResponses().values().stream().map(APIResponse::getContent)
                        .filter(c -> c != null).findFirst().orElse(null);
        responses.removeAPIResponse(APIResponses.DEFAULT);
        entry.getJsonObject("responses").forEach((code, value) -> success(responses, code, value.asJsonObject(), scanned, records));
        errors(path, method, operation, responses, entry.getJsonObject("errors"));
        if (signedIn(path, method)) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SESSION)));
        }
    }

    private static void parameters(Operation operation, JsonObject given) {
        if (given == null || operation.getParameters() == null) {
            return;
        }
        for (Parameter p : operation.getParameters()) {
            JsonObject about = given.getJsonObject(p.getName());
            if (about != null) {
                p.setDescription(about.getString("description", null));
                if (about.containsKey("schema")) {
                    p.setSchema(schema(about.getJsonObject("schema")));
                }
                if (about.containsKey("example")) {
                    p.setExample(plain(about.get("example")));
                }
            }
        }
    }

    private static void success(APIResponses responses, String code, JsonObject about, Content scanned,
                                RecordSchemas records) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(code, response);
        }
        if (response.getContent() == null && scanned != null && about.containsKey("example")) {
            Content copy = OASFactory.createContent();
            scanned.getMediaTypes().forEach((type, media) -> copy.addMediaType(type, OASFactory.createMediaType().schema(media.getSchema())));
            response.setContent(copy);
        }
        if (about.containsKey("description") || response.getDescription() == null
                || response.getDescription().isBlank() || "Default Response.".equals(response.getDescription())) {
            response.setDescription(about.getString("description", "Success"));
        }
        if (about.containsKey("schema") || about.containsKey("schemaClass") || about.containsKey("mediaType")) {
            String type = about.getString("mediaType", jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
            MediaType media = OASFactory.createMediaType();
            Schema schema = about.containsKey("schema") ? schema(about.getJsonObject("schema"))
                    : about.containsKey("schemaClass") ? records.of(about.getString("schemaClass"))
                    : content.getMediaTypes().values().stream().map(MediaType::getSchema).findFirst().orElse(null);
            media.setSchema(schema);
            Content replaced = OASFactory.createContent();
            replaced.addMediaType(type, media);
            response.setContent(replaced);
        }
        if (about.containsKey("example") && response.getContent() != null) {
            Object example = plain(about.get("example"));
            response.getContent().getMediaTypes().values().forEach(media -> media.setExample(example));
        }
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation operation, APIResponses responses,
                               JsonObject given) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (takesInput) {
            errors.put("400", "The body or a parameter is missing, malformed or out of range; 'detail' says what to send");
        }
        if (signedIn(path, method)) {
            errors.put("401", "Not signed in (no session, or it ended)");
        }
        if (ROLE.matcher(path).matches()) {
            errors.put("403", path.startsWith("/api/admin") ? "Signed in, but not an admin"
                    : "Signed in, but not an instructor or admin, or not one of this course's instructors");
        }
        if (path.contains("{")) {
            errors.put("404", "Nothing of that kind at this address (or not yours to see)");
        }
        if (given != null) {
            given.forEach((code, text) -> errors.put(code, ((JsonString) text).getString()));
        }
        // Errors an annotation named (with a description only) get the problem body too.
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && !errors.containsKey(code)) {
                errors.put(code, response.getDescription());
            }
        });
        errors.forEach((code, description) -> {
            APIResponse response = responses.getAPIResponse(code);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(code, response);
            } else if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(description);
            }
            if (response.getContent() == null || response.getContent().getMediaType(PROBLEM) == null) {
                String kind = "409".equals(code) && method == PathItem.HttpMethod.PUT ? "ConflictProblem"
                        : "400".equals(code) && path.startsWith("/api/author") ? "FieldProblems" : "Problem";
                Content content = OASFactory.createContent();
                content.addMediaType(PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + kind))
                        .example(problemExample(Integer.parseInt(code), kind, response.getDescription())));
                response.setContent(content);
            }
        });
    }

    static String tag(String path) {
        if (path.startsWith("/api/author/reports")) {
            return "Teaching";
        }
        if (path.startsWith("/api/author/")) {
            return "Authoring";
        }
        if (path.startsWith("/api/admin/reports")) {
            return "Reports";
        }
        if (path.startsWith("/api/admin/")) {
            return "Administration";
        }
        if (path.contains("credentials")) {
            return "Credentials";
        }
        if (path.contains("assessment")) {
            return "Assessment";
        }
        if (path.startsWith("/api/me") || path.startsWith("/api/account")) {
            return "Account";
        }
        if (path.startsWith("/api/learners/") || path.startsWith("/api/enrollments") || path.matches("/api/lessons/\\{slug}/.+")
                || path.startsWith("/api/listening/")) {
            return "Learning";
        }
        return "Catalog";
    }

    static boolean signedIn(String path, PathItem.HttpMethod method) {
        return SIGNED_IN.matcher(path).matches()
                || SIGNED_IN_WRITES.matcher(path).matches() && method != PathItem.HttpMethod.GET;
    }

    private static Map<String, Object> problemExample(int status, String kind, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            default -> "Error";
        });
        example.put("status", status);
        example.put("detail", switch (kind) {
            case "FieldProblems" -> "Please correct the fields marked below.";
            case "ConflictProblem" -> "Someone else saved this since you opened it. Nothing was saved.";
            default -> status == 401 ? "Sign in first: this part of the API belongs to a signed-in person." : description;
        });
        if (kind.equals("FieldProblems")) {
            example.put("errors", Map.of("title", "Required.", "minutes", "Enter a whole number from 1 to 600."));
        } else if (kind.equals("ConflictProblem")) {
            example.put("currentVersion", 4);
            example.put("current", Map.of("id", 4999951, "version", 4, "title", "Vocal production basics"));
        }
        return example;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: every error of the API answers with one")
                .addProperty("type", string().description("Always about:blank"))
                .addProperty("title", string().description("The HTTP status's name"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string().description("What went wrong, in words meant for people"))
                .required(new ArrayList<>(List.of("type", "title", "status", "detail")));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** A small JSON Schema (type, format, description, enum, properties, items, additionalProperties, $ref) as the model. */
    static Schema schema(JsonObject json) {
        Schema schema = OASFactory.createSchema();
        if (json.containsKey("$ref")) {
            return schema.ref(json.getString("$ref"));
        }
        if (json.containsKey("type")) {
            schema.addType(Schema.SchemaType.valueOf(json.getString("type").toUpperCase(java.util.Locale.ROOT)));
        }
        if (json.containsKey("format")) {
            schema.format(json.getString("format"));
        }
        if (json.containsKey("description")) {
            schema.description(json.getString("description"));
        }
        if (json.containsKey("enum")) {
            schema.enumeration(new ArrayList<>(json.getJsonArray("enum").getValuesAs(JsonString::getString)));
        }
        if (json.containsKey("required")) {
            schema.required(new ArrayList<>(json.getJsonArray("required").getValuesAs(JsonString::getString)));
        }
        if (json.containsKey("properties")) {
            json.getJsonObject("properties").forEach((name, value) -> schema.addProperty(name, schema(value.asJsonObject())));
        }
        if (json.containsKey("items")) {
            schema.items(schema(json.getJsonObject("items")));
        }
        if (json.containsKey("additionalProperties")) {
            schema.additionalPropertiesSchema(schema(json.getJsonObject("additionalProperties")));
        }
        return schema;
    }

    /** JSON-P values as the plain maps, lists and scalars Payara writes out. */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
