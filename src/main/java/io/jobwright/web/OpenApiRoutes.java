package io.jobwright.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves {@code GET /api/openapi.json}: the hand-written OpenAPI 3.1 description of every route, read once from the
 * classpath resource {@code openapi.json} at startup. It is the raw document, not wrapped in the envelope, so
 * OpenAPI tools can load the URL directly. It sits behind the same authentication as the rest of {@code /api}.
 * {@code OpenApiIT} keeps it true: it fails when a route is registered but not described, or described but gone.
 */
public final class OpenApiRoutes implements RouteModule {

    /** The classpath resource holding the document. */
    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    /**
     * Reads the document from the classpath.
     *
     * @throws IllegalStateException when the resource is missing from the build, which is a packaging error
     */
    public OpenApiRoutes() {
        this.document = read();
    }

    /** Registers {@code GET /api/openapi.json}. */
    @Override
    public void register(Routes routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }

    private static byte[] read() {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document '" + RESOURCE + "' is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document '" + RESOURCE + "'", e);
        }
    }
}
