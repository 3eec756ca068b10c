package io.jobwright.ai.offline;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.jobwright.Lazy;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), a model that ships inside the jar: nothing is downloaded.
 * The model is loaded on first use (or by {@link #warmUp}) and shared; it is safe to use from several threads.
 * Text longer than the model's window (256 word pieces) is cut by the model's tokenizer.
 */
public final class Embeddings {

    private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);
    private static final int MAX_CHARS = 2_000;
    private static final int SHORT_CACHE_SIZE = 20_000;

    private final Lazy<EmbeddingModel> model = new Lazy<>(() -> {
        long began = System.nanoTime();
        EmbeddingModel loaded = new MiniLm();
        LOG.info("Embedding model loaded in {} ms", (System.nanoTime() - began) / 1_000_000);
        return loaded;
    });
    private final ConcurrentHashMap<String, float[]> shortCache = new ConcurrentHashMap<>();

    /** Loads the model now, so the first score does not pay for it; returns the load time in milliseconds. */
    public long warmUp() {
        long began = System.nanoTime();
        model();
        return (System.nanoTime() - began) / 1_000_000;
    }

    /** The unit-length embedding of a text; blank text gives a zero vector. */
    float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[384];
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return normalized(model().embed(cut).content().vector());
    }

    /**
     * The embedding of a short text such as a job title, remembered: titles repeat across postings, and embedding
     * one costs as much fixed overhead as a sentence.
     */
    float[] embedShort(String text) {
        String key = text == null ? "" : text.strip();
        float[] cached = shortCache.get(key);
        if (cached != null) {
            return cached;
        }
        float[] vector = embed(key);
        if (shortCache.size() < SHORT_CACHE_SIZE) {
            shortCache.put(key, vector);
        }
        return vector;
    }

    /** The embeddings of several texts, in order. */
    List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? " "
                : t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t)).toList();
        return model().embedAll(segments).content().stream().map(e -> normalized(e.vector())).toList();
    }

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private EmbeddingModel model() {
        return model.get();
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
