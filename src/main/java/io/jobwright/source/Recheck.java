package io.jobwright.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * One posting to ask its source about again: the source's parameters, the id and listing URL the posting was
 * delivered with, and the fetcher to use. Made by {@link SourceService#recheck}; used by one source on one thread.
 */
public record Recheck(SourceParams params, String sourceJobId, String listingUrl, SafeFetcher fetcher) {

    /**
     * GETs a single-posting endpoint and reads the answer: 404 and 410 mean the posting is gone; a JSON answer is
     * handed to {@code closed}, which returns why the posting is closed, or null when it is open. Any other failure
     * (a 500, a timeout, a refused address) is unknown, never gone: a flaky board must not expire anybody's jobs.
     */
    public PostingCheck json(URI uri, Function<JsonNode, String> closed) {
        SafeFetcher.Response response;
        try {
            response = fetcher.send(SafeFetcher.Request.get(uri, Map.of("Accept", "application/json")));
        } catch (FetchFailed e) {
            return e.status() == 404 || e.status() == 410 ? PostingCheck.gone(e.getMessage())
                    : PostingCheck.unknown(e.getMessage());
        }
        JsonNode body;
        try {
            body = Payloads.json(response);
        } catch (FetchFailed e) {
            return PostingCheck.unknown(e.getMessage());
        }
        String why = closed.apply(body);
        return why == null ? PostingCheck.open() : PostingCheck.gone(why);
    }

    /** As {@link #json(URI, Function)} for endpoints whose answer is 200 while the posting is open. */
    public PostingCheck json(URI uri) {
        return json(uri, body -> null);
    }
}
