package nl.ppsim.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One person's browser against the shared server: its own cookies and CSRF token. */
final class Browser {
    /** An answer: status and body. */
    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonObject json() {
            JsonElement e = JsonParser.parseString(body);
            return e.isJsonObject() ? e.getAsJsonObject() : wrap(e);
        }

        private static JsonObject wrap(JsonElement e) {
            JsonObject o = new JsonObject();
            o.add("list", e);
            return o;
        }

        String message() {
            return json().getAsJsonObject("error").get("message").getAsString();
        }
    }

    final String base;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;
    String csrf;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The session cookie's value, or null. */
    String session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("ppsim_session"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, csrf == null ? "1" : csrf, null);
    }

    Answer post(String path, String body, String token, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header(SharedServer.CSRF_HEADER, token);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return send(b);
    }

    Answer postBytes(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header(SharedServer.CSRF_HEADER, csrf == null ? "1" : csrf));
    }

    private Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), r.headers());
    }

    /** Signs up (or in) and keeps the session's CSRF token. */
    Answer signUp(String email, String name, String password) throws IOException, InterruptedException {
        Answer a = post("/api/signup", json("email", email, "name", name, "password", password));
        if (a.status() == 201) {
            csrf = a.json().get("csrf").getAsString();
        }
        return a;
    }

    Answer signIn(String email, String password) throws IOException, InterruptedException {
        Answer a = post("/api/signin", json("email", email, "password", password));
        if (a.status() == 200) {
            csrf = a.json().get("csrf").getAsString();
        }
        return a;
    }

    /** A JSON object of string pairs (and numbers when a value is a Number). */
    static String json(Object... pairs) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v instanceof Number n) {
                o.addProperty((String) pairs[i], n);
            } else {
                o.addProperty((String) pairs[i], (String) v);
            }
        }
        return o.toString();
    }
}
