package io.jobwright.job;

import io.jobwright.render.RenderOptions;
import io.jobwright.render.RenderSettings;
import io.jobwright.render.ResumeRenderer;
import io.jobwright.resume.JsonResumeWriter;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The part of every PDF fingerprint that is the same for all jobs: a hash of the base resume's content, the render
 * options (theme, paper, heading language) and the id of the renderer the settings choose (its version, or the
 * Reactive Resume server). When any of them changes, every generated PDF becomes stale. The last answer is kept, so
 * asking again for the same resume, options and renderer costs no hashing. Thread-safe.
 */
public final class RenderKey {

    private record Cached(Resume resume, String optionsKey, String rendererId, String key) {
    }

    private final ResumeService resumes;
    private final RenderSettings renderSettings;
    private final ResumeRenderer renderer;
    private volatile Cached cached;

    public RenderKey(ResumeService resumes, RenderSettings renderSettings, ResumeRenderer renderer) {
        this.resumes = resumes;
        this.renderSettings = renderSettings;
        this.renderer = renderer;
    }

    /** The key for the current base resume and settings; {@code "none"} when there is no base resume. */
    public String current() {
        return resumes.current().map(r -> of(r, renderSettings.optionsFor(r), renderer.chosen().id())).orElse("none");
    }

    /** The options the settings choose for this resume. */
    public RenderOptions optionsFor(Resume resume) {
        return renderSettings.optionsFor(resume);
    }

    /** The key of rendering {@code resume} with {@code options} by the renderer with id {@code rendererId}. */
    public String of(Resume resume, RenderOptions options, String rendererId) {
        Cached known = cached;
        if (known != null && known.resume() == resume && known.optionsKey().equals(options.key())
                && known.rendererId().equals(rendererId)) {
            return known.key();
        }
        String key = sha256(JsonResumeWriter.write(resume).toString() + "\u0000" + options.key() + "\u0000" + rendererId);
        cached = new Cached(resume, options.key(), rendererId, key);
        return key;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
