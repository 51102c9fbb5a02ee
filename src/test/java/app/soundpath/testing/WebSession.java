package app.soundpath.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser session at the HTTP level: keeps cookies, does not follow redirects (tests look at them),
 * and fills in Faces forms the way a browser would: every hidden field of the form (the view state among them)
 * plus the fields the test types, then the button.
 */
public final class WebSession {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String root;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private Page last;

    public WebSession(URL base) {
        this.root = base.toExternalForm().replaceAll("/$", "");
        this.client = HttpClient.newBuilder().cookieHandler(new AsABrowser(cookies)).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Sends cookies back the way browsers do ({@code name=value}). The JDK's {@code HttpCookie} guesses an RFC 2965
     * cookie from the text "version=" anywhere in the Set-Cookie header, so Payara's {@code JSESSIONIDVERSION} cookie
     * of a distributable web app came back as {@code JSESSIONIDVERSION="2f:0";$Path="/"}, which Payara cannot parse
     * ("Odd number of hexadecimal digits": the request lost its session, and the sign-in form answered 200).
     */
    private static final class AsABrowser extends java.net.CookieHandler {
        private final CookieManager manager;

        AsABrowser(CookieManager manager) {
            this.manager = manager;
        }

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            return manager.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            manager.put(uri, headers);
            manager.getCookieStore().getCookies().forEach(c -> c.setVersion(0));
        }
    }

    /** A response: status, headers, body, and where a redirect points (relative to the deployment root). */
    public record Page(int status, HttpHeaders headers, String body) {

        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The body as a JSON object, after checking the answer was a success (2xx). */
        public jakarta.json.JsonObject json() {
            org.assertj.core.api.Assertions.assertThat(status).as(body).isBetween(200, 299);
            return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        }

        /** The text of the error message beside a field (the h:message with id {@code <field>-error}). */
        public String fieldError(String fieldId) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(fieldId) + "-error\"[^>]*>(.*?)</span>", Pattern.DOTALL)
                    .matcher(body);
            return m.find() ? unescape(m.group(1).replaceAll("<[^>]+>", "").strip()) : "";
        }
    }

    public Page get(String path) {
        return last = send(HttpRequest.newBuilder(URI.create(root + path)).GET(), "text/html");
    }

    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET(), "application/json");
    }

    /** GET, following redirects within the site (as a browser does after a form). */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 5 && current.location().isPresent(); hops++) {
            String location = current.location().get();
            String path = location.startsWith(root) ? location.substring(root.length())
                    : location.startsWith("/") ? location.substring(URI.create(root).getPath().length()) : location;
            current = get(path);
        }
        return current;
    }

    /** Submits a form of the last page fetched: its hidden fields, the given fields (ids without form prefix), the button. */
    public Page submit(String formId, Map<String, String> fields, String buttonId) {
        return submit(last, formId, fields, buttonId);
    }

    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> data = hiddenFields(page, formId);
        fields.forEach((id, value) -> data.put(formId + ":" + id, value));
        data.put(formId + ":" + buttonId, "submit");
        return postForm(pathOfForm(page, formId), data);
    }

    /** The hidden fields of a form (its name marker and the view state among them), as a browser would send them. */
    private static Map<String, String> hiddenFields(Page page, String formId) {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            if (form.group(1).equals(formId)) {
                Map<String, String> data = new LinkedHashMap<>();
                Matcher hidden = HIDDEN.matcher(form.group(2));
                while (hidden.find()) {
                    Matcher name = NAME.matcher(hidden.group());
                    Matcher value = VALUE.matcher(hidden.group());
                    if (name.find()) {
                        data.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                    }
                }
                return data;
            }
        }
        throw new IllegalStateException("No form '" + formId + "' on the page:\n" + page.body());
    }

    /** Submits a form of the last page with extra request parameters named as given (not prefixed by the form id). */
    public Page submitRaw(String formId, Map<String, String> parameters, String buttonId) {
        return submitRawMulti(formId, parameters, Map.of(), buttonId);
    }

    /** Like {@link #submitRaw}, with some parameters sent several times (checkbox groups). */
    public Page submitRawMulti(String formId, Map<String, String> single, Map<String, java.util.List<String>> multi,
                               String buttonId) {
        Page page = last;
        StringBuilder body = new StringBuilder();
        hiddenFields(page, formId).forEach((k, v) -> append(body, k, v));
        single.forEach((k, v) -> append(body, k, v));
        multi.forEach((k, values) -> values.forEach(v -> append(body, k, v)));
        append(body, formId + ":" + buttonId, "submit");
        return last = send(HttpRequest.newBuilder(URI.create(root + pathOfForm(page, formId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "text/html");
    }

    private static void append(StringBuilder body, String name, String value) {
        body.append(body.length() == 0 ? "" : "&").append(enc(name)).append('=').append(enc(value));
    }

    /** A raw form POST (for tests that forge or omit what a browser would send). */
    public Page postForm(String path, Map<String, String> data) {
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return last = send(HttpRequest.newBuilder(URI.create(root + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "text/html");
    }

    public Page send(HttpRequest.Builder request, String accept) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept", accept)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response whose body is bytes (audio, PDF). */
    public record Bytes(int status, HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /** GETs a path and keeps the body as bytes. */
    public Bytes getBytes(String path, String accept) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Puts a cookie in this browser's jar for the whole app, as an attacker planting a session id would. */
    public void plantCookie(String name, String value) {
        try { // through the cookie manager, as a Set-Cookie answer would be, so a real one replaces it
            String path = URI.create(root).getPath(); // the app's context path, as the server's cookie has it
            cookies.put(URI.create(root + "/"), Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; Path="
                    + (path == null || path.isEmpty() ? "/" : path))));
            cookies.getCookieStore().getCookies().forEach(c -> c.setVersion(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String root() {
        return root;
    }

    private String pathOfForm(Page page, String formId) {
        Matcher m = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("Form " + formId + " has no action");
        }
        String action = unescape(m.group(1));
        String contextPath = URI.create(root).getPath();
        return action.startsWith(contextPath) ? action.substring(contextPath.length()) : action;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'");
    }
}
