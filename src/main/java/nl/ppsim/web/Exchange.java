package nl.ppsim.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * One request and its answer, as {@link Endpoints} sees it, whatever server carries it: the JDK's
 * (the local {@code ppsim serve}) or Jetty's (the shared server).
 */
public interface Exchange {
    /** The request's method, e.g. {@code POST}. */
    String method();

    /** The request's path, decoded. */
    String path();

    /** The query string as sent (null when none). */
    String rawQuery();

    /** A request header's first value, or null. */
    String header(String name);

    /** The request's body. */
    InputStream body() throws IOException;

    /** Sends the answer: its status, its headers and its body (empty: none). */
    void send(int status, Map<String, String> headers, byte[] body) throws IOException;

    /** True once {@link #send} was called. */
    boolean sent();

    /**
     * Who asks, as the carrying server attributes the request (the shared server: the signed-in
     * account), or null (the local server: the one person at this computer). Background work is
     * told only to whoever started it; simulations are capped per owner.
     */
    default String owner() {
        return null;
    }
}
