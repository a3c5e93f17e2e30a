package nl.ppsim.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import nl.ppsim.web.Exchange;

/**
 * A Javalin request as the shared endpoints see it, attributed to the signed-in account; the path,
 * query and body may be given instead of the request's own (a stored version sent to
 * {@code /api/report} as if it were posted).
 */
final class ContextExchange implements Exchange {
    private final Context ctx;
    private final String owner;
    private final String path;
    private final String query;
    private final byte[] body;
    private boolean sent;

    ContextExchange(Context ctx, String owner) {
        this(ctx, owner, null, null, null);
    }

    ContextExchange(Context ctx, String owner, String path, String query, byte[] body) {
        this.ctx = ctx;
        this.owner = owner;
        this.path = path;
        this.query = query;
        this.body = body;
    }

    @Override
    public String method() {
        return body != null ? "POST" : ctx.method().name();
    }

    @Override
    public String path() {
        return path != null ? path : ctx.path();
    }

    @Override
    public String rawQuery() {
        return query != null ? query : ctx.queryString();
    }

    @Override
    public String header(String name) {
        return ctx.header(name);
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(body != null ? body : ctx.bodyAsBytes());
    }

    @Override
    public void send(int status, Map<String, String> headers, byte[] bytes) {
        headers.forEach(ctx::header);
        ctx.status(status).result(bytes);
        sent = true;
    }

    @Override
    public boolean sent() {
        return sent;
    }

    @Override
    public String owner() {
        return owner;
    }
}
