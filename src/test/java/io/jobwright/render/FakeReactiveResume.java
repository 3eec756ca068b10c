package io.jobwright.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;

/**
 * A Reactive Resume v5 server on loopback, speaking the wire format of its API under {@code /api/openapi}: the
 * {@code x-api-key} header, {@code POST /resumes/import} with {@code {name, data}} answering the new id as a JSON
 * string, {@code GET /resumes/{id}/pdf} answering {@code application/pdf} (or, like servers before 5.1,
 * {@code {"url": …}} to download from), {@code DELETE /resumes/{id}}, and {@code {"message": …}} errors. Its
 * "printer" writes what a template would print: name, headline, contact, then each section's title and items in the
 * document's layout order, on the document's paper.
 */
final class FakeReactiveResume implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the PDF endpoint behaves. */
    enum PdfMode { PDF, URL, FAIL_500, NOT_A_PDF }

    private final HttpServer server;
    private final String apiKey;
    private final Map<String, JsonNode> resumes = new ConcurrentHashMap<>();
    private final List<JsonNode> imports = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    volatile PdfMode pdfMode = PdfMode.PDF;

    FakeReactiveResume(String apiKey) throws IOException {
        this.apiKey = apiKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/openapi/resumes", this::api);
        server.createContext("/downloads/", this::download);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every {@code {name, data}} body imported, in order. */
    List<JsonNode> imports() {
        return imports;
    }

    /** The ids deleted, in order. */
    List<String> deleted() {
        return deleted;
    }

    /** How many resumes the account holds now. */
    int stored() {
        return resumes.size();
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!apiKey.equals(exchange.getRequestHeaders().getFirst("x-api-key"))) {
                json(exchange, 401, "{\"message\":\"Unauthorized\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath().substring("/api/openapi/resumes".length());
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.equals("/import")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                if (!body.path("data").path("basics").isObject()) {
                    json(exchange, 400, "{\"message\":\"Input validation failed\"}");
                    return;
                }
                imports.add(body);
                String id = "tmp-" + ids.incrementAndGet();
                resumes.put(id, body.get("data"));
                json(exchange, 200, JSON.writeValueAsString(id));
            } else if (method.equals("GET") && path.endsWith("/pdf")) {
                JsonNode data = resumes.get(path.substring(1, path.length() - "/pdf".length()));
                if (data == null) {
                    json(exchange, 404, "{\"message\":\"Resume not found\"}");
                    return;
                }
                switch (pdfMode) {
                    case PDF -> send(exchange, 200, "application/pdf", print(data));
                    case URL -> json(exchange, 200, "{\"url\":\"" + url() + "/downloads/"
                            + path.substring(1, path.length() - "/pdf".length()) + ".pdf\"}");
                    case FAIL_500 -> json(exchange, 500, "{\"message\":\"There was a problem while generating the PDF\"}");
                    case NOT_A_PDF -> send(exchange, 200, "text/html", "<html>Sign in</html>".getBytes(StandardCharsets.UTF_8));
                }
            } else if (method.equals("DELETE") && path.startsWith("/")) {
                if (resumes.remove(path.substring(1)) == null) {
                    json(exchange, 404, "{\"message\":\"Resume not found\"}");
                    return;
                }
                deleted.add(path.substring(1));
                json(exchange, 200, "{}");
            } else {
                json(exchange, 404, "{\"message\":\"Not found\"}");
            }
        }
    }

    private void download(HttpExchange exchange) throws IOException {
        try (exchange) {
            String file = exchange.getRequestURI().getPath().substring("/downloads/".length());
            JsonNode data = resumes.get(file.replaceFirst("\\.pdf$", ""));
            if (data == null) {
                send(exchange, 404, "text/plain", new byte[0]);
            } else {
                send(exchange, 200, "application/pdf", print(data));
            }
        }
    }

    /** What a template prints, one line per piece of text. */
    static byte[] print(JsonNode data) throws IOException {
        List<String> lines = new ArrayList<>();
        JsonNode basics = data.path("basics");
        for (String field : List.of("name", "headline", "email", "phone", "location")) {
            lines.add(basics.path(field).asText(""));
        }
        lines.add(basics.path("website").path("url").asText(""));
        JsonNode summary = data.path("summary");
        if (!summary.path("hidden").asBoolean() && !summary.path("content").asText("").isBlank()) {
            lines.add(summary.path("title").asText());
            lines.add(text(summary.path("content").asText()));
        }
        for (JsonNode name : data.path("metadata").path("layout").path("pages").path(0).path("main")) {
            JsonNode section = data.path("sections").path(name.asText());
            List<String> items = new ArrayList<>();
            for (JsonNode item : section.path("items")) {
                if (item.path("hidden").asBoolean()) {
                    continue;
                }
                item.fields().forEachRemaining(field -> {
                    JsonNode value = field.getValue();
                    if (field.getKey().equals("website")) {
                        items.add(value.path("url").asText(""));
                    } else if (value.isTextual() && !field.getKey().equals("id") && !field.getKey().startsWith("icon")) {
                        items.add(text(value.asText()));
                    } else if (value.isArray()) {
                        value.forEach(v -> items.add(v.asText("")));
                    }
                });
            }
            if (!section.path("hidden").asBoolean() && !items.isEmpty()) {
                lines.add(section.path("title").asText());
                lines.addAll(items);
            }
        }
        boolean letter = "letter".equals(data.path("metadata").path("page").path("format").asText());
        return pdf(lines.stream().filter(l -> !l.isBlank()).toList(), letter ? PDRectangle.LETTER : PDRectangle.A4);
    }

    private static String text(String html) {
        return Jsoup.parse(html).wholeText().replaceAll("\\s+", " ").strip();
    }

    private static byte[] pdf(List<String> lines, PDRectangle paper) throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream font = FakeReactiveResume.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDType0Font sans = PDType0Font.load(document, font);
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                StringBuilder current = new StringBuilder();
                for (String word : line.split(" ")) {
                    if (current.length() + word.length() > 90) {
                        wrapped.add(current.toString().strip());
                        current.setLength(0);
                    }
                    current.append(word).append(' ');
                }
                wrapped.add(current.toString().strip());
            }
            for (int start = 0; start < wrapped.size(); start += 60) {
                PDPage page = new PDPage(paper);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.beginText();
                    out.setFont(sans, 9);
                    out.setLeading(12);
                    out.newLineAtOffset(40, paper.getHeight() - 40);
                    for (String line : wrapped.subList(start, Math.min(wrapped.size(), start + 60))) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
