package io.jobwright.ui;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.jobwright.error.InvalidRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The resume a page's import form sent: the uploaded file if there is one, else the pasted JSON. */
final class ResumeUpload {

    /** Files above this are refused before they are read (the server's default upload limit). */
    static final int MAX_BYTES = 15 * 1024 * 1024;

    private ResumeUpload() {
    }

    /**
     * The document to import: the form's {@code file}, else its {@code pasted} text.
     *
     * @throws InvalidRequest on field {@code resume} when there is neither, or the file is too large
     */
    static byte[] document(Context ctx, String pasted) {
        byte[] document = uploaded(ctx);
        if (document == null) {
            document = pasted == null ? new byte[0] : pasted.getBytes(StandardCharsets.UTF_8);
        }
        if (document.length == 0 || new String(document, StandardCharsets.UTF_8).isBlank()) {
            throw InvalidRequest.field("resume", "choose a file or paste your resume's JSON");
        }
        return document;
    }

    private static byte[] uploaded(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return null;
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            return null;
        }
        if (file.size() > MAX_BYTES) {
            throw InvalidRequest.field("resume", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
