package io.jobwright.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Greenhouse job boards served on loopback for the pipeline bench, each on its own address (127.0.0.1, 127.0.0.2…)
 * so the app's per-host politeness spacing does not serialise them, as it would not for real boards on different
 * hosts. Postings come from {@link PostingGenerator}; a share of them are reposted under another id with a gender
 * marker in the title, the near-duplicates dedupe must catch.
 */
final class LoopbackBoards implements AutoCloseable {

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> baseUrls = new ArrayList<>();

    /**
     * Starts {@code boards} boards sharing {@code postings} postings, every {@code duplicateEvery}-th of them a repost
     * of an earlier one (0 for none); {@code seed} fixes the text.
     */
    LoopbackBoards(int boards, int postings, int duplicateEvery, long seed) {
        PostingGenerator generator = new PostingGenerator(seed);
        int perBoard = (postings + boards - 1) / boards;
        for (int b = 0; b < boards; b++) {
            byte[] payload = payload(generator, b * perBoard, Math.min(postings, (b + 1) * perBoard), duplicateEvery, seed);
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + (b + 1)), 0), 0);
                server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                server.createContext("/", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, payload.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(payload);
                    }
                });
                server.start();
                servers.add(server);
                baseUrls.add("http://127.0.0." + (b + 1) + ":" + server.getAddress().getPort());
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("Cannot serve a loopback board on 127.0.0." + (b + 1), e);
            }
        }
    }

    /** Each board's base URL, for a Greenhouse source's {@code baseUrl}. */
    List<String> baseUrls() {
        return List.copyOf(baseUrls);
    }

    private static byte[] payload(PostingGenerator generator, int from, int to, int duplicateEvery, long seed) {
        ObjectNode root = BenchClient.JSON.createObjectNode();
        ArrayNode jobs = root.putArray("jobs");
        for (int n = from; n < to; n++) {
            boolean repost = duplicateEvery > 0 && n % duplicateEvery == duplicateEvery - 1 && n > from;
            PostingGenerator.Posting p = generator.posting(repost ? n - 1 : n);
            ObjectNode job = jobs.addObject();
            job.put("id", seed * 1_000_000 + n);
            job.put("title", repost ? p.title() + " (m/w/d)" : p.title());
            job.put("company_name", p.employer());
            job.put("absolute_url", "https://boards.example.org/" + seed + "/jobs/" + n);
            job.putObject("location").put("name", p.location());
            job.put("first_published", "2026-11-" + String.format("%02d", 1 + n % 28) + "T09:00:00Z");
            job.put("content", escape("<p>" + p.description().replace("\n\n", "</p><p>").replace("\n", "<br>")
                    + "</p><p>Salary: " + p.salary() + "</p>"));
        }
        root.putObject("meta").put("total", to - from);
        try {
            return BenchClient.JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greenhouse sends its HTML entity-escaped. */
    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
