package io.jobwright.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import io.jobwright.web.Envelope;
import io.jobwright.web.Json;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serving and uploading job PDFs: {@code GET /pdfs/resume_<id>.pdf} (the seed's URL, with an ETag and the same auth
 * as the API), {@code GET /api/jobs/{id}/pdf}, and {@code POST /api/jobs/{id}/pdf} for the user's own PDF. PDFs are
 * served inline under the name {@code <Name>_<Employer>_<Title>.pdf} in ASCII; {@code ?download=1} makes it an
 * attachment.
 * File names are never taken from the request: the id is looked up and the stored path served.
 */
public final class PdfRoutes implements RouteModule {

    static final long MAX_PDF_BYTES = 10L * 1024 * 1024;
    private static final Pattern SEED_NAME = Pattern.compile("resume_([A-Za-z0-9-]{1,64})\\.pdf");

    private final JobService jobs;

    public PdfRoutes(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/pdfs/{file}", ctx -> {
            Matcher name = SEED_NAME.matcher(ctx.pathParam("file"));
            if (!name.matches()) {
                throw new NotFound("PDF not found");
            }
            serve(ctx, name.group(1));
        });
        routes.get("/api/jobs/{id}/pdf", ctx -> serve(ctx, JobRoutes.id(ctx)));
        routes.post("/api/jobs/{id}/pdf", ctx -> Envelope.ok(ctx, 201,
                jobs.view().full(jobs.uploadPdf(JobRoutes.id(ctx), uploaded(ctx)))));
    }

    private void serve(Context ctx, String jobId) throws IOException {
        Job job = jobs.get(jobId);
        Path file = jobs.pdfFile(jobId);
        String etag = "\"" + job.id() + "-" + (job.pdfGeneratedAt() == null ? 0 : job.pdfGeneratedAt().toEpochMilli())
                + "-" + Files.size(file) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "private, no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        boolean download = ctx.queryParam("download") != null && !"0".equals(ctx.queryParam("download"))
                && !"false".equals(ctx.queryParam("download"));
        ctx.header("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\""
                + jobs.downloadName(job) + "\"");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        InputStream in = Files.newInputStream(file);
        ctx.contentType("application/pdf").result(in);
    }

    /** The upload: raw PDF bytes, or JSON {@code {fileName, dataBase64}} as JobOps clients send it. */
    private static byte[] uploaded(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        long jsonLimit = MAX_PDF_BYTES * 4 / 3 + 4096;
        if (!type.startsWith("application/json")) {
            return Requests.bytes(ctx, MAX_PDF_BYTES);
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(Requests.bytes(ctx, jsonLimit));
        } catch (IOException e) {
            throw new InvalidRequest("Malformed JSON: " + e.getMessage());
        }
        JsonNode data = body == null ? null : body.get("dataBase64");
        if (data == null || !data.isTextual()) {
            throw InvalidRequest.field("dataBase64", "is required: the PDF's bytes in base64");
        }
        try {
            byte[] pdf = Base64.getMimeDecoder().decode(data.textValue());
            if (pdf.length > MAX_PDF_BYTES) {
                throw InvalidRequest.field("dataBase64", "the PDF must be 10 MB or smaller");
            }
            return pdf;
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.field("dataBase64", "is not valid base64");
        }
    }
}
