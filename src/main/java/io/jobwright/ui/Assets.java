package io.jobwright.ui;

import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The stylesheet, the script and htmx, served from the jar under {@code /assets/}. Each URL carries a hash of the
 * file ({@code ?v=…}), so browsers may cache them for a year and still never run an old script after an upgrade.
 */
public final class Assets implements RouteModule {

    private record Asset(String contentType, byte[] bytes, String version) {
    }

    private static final Map<String, Asset> FILES = Map.of(
            "app.css", load("ui/app.css", "text/css; charset=utf-8"),
            "app.js", load("ui/app.js", "text/javascript; charset=utf-8"),
            "htmx.min.js", load("META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js",
                    "text/javascript; charset=utf-8"));

    /** The versioned URL of an asset, for templates: {@code ${Assets.url("app.css")}}. */
    public static String url(String name) {
        Asset asset = FILES.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No such asset: " + name);
        }
        return "/assets/" + name + "?v=" + asset.version();
    }

    @Override
    public void register(Routes routes) {
        routes.get("/assets/{file}", ctx -> {
            Asset asset = FILES.get(ctx.pathParam("file"));
            if (asset == null) {
                ctx.status(404).contentType("text/plain").result("No such asset");
                return;
            }
            ctx.contentType(asset.contentType());
            ctx.header("Cache-Control", asset.version().equals(ctx.queryParam("v"))
                    ? "public, max-age=31536000, immutable" : "no-cache");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.result(asset.bytes());
        });
    }

    private static Asset load(String resource, String contentType) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Asset missing from the jar: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
            return new Asset(contentType, bytes, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The htmx version the webjar on the class path carries (read from its Maven metadata). */
    private static String htmxVersion() {
        String pom = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("htmx webjar missing from the class path");
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
