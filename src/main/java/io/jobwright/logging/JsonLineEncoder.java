package io.jobwright.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * Writes each log event as one JSON object per line: {@code ts}, {@code level}, {@code logger}, {@code msg}, the
 * correlation fields from the MDC ({@code requestId}, {@code jobId}, {@code pipelineRunId}) at the top level,
 * structured {@code meta} from SLF4J key-value pairs, and a redacted {@code error} with a short {@code stack}.
 * Everything that can carry data goes through {@link Redactor} here, after the arguments are merged into the
 * message, so a secret passed as a log argument never reaches the output.
 *
 * <p>With format {@code text} (set from {@code JOBWRIGHT_LOG_FORMAT=text} by {@link LogSetup}) it writes
 * readable single lines with the same redaction instead; any other value means JSON. Logback calls it from one
 * appender at a time, and it keeps no per-event state.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final byte[] NOTHING = new byte[0];
    private static final int MAX_STACK_LINES = 12;
    private static final int MAX_CAUSE_LINES = 4;
    private static final int MAX_CAUSES = 3;

    private boolean text;

    /**
     * Chooses the output: {@code text} for readable lines, anything else (normally {@code json}) for JSON lines.
     *
     * @param format the value of {@code JOBWRIGHT_LOG_FORMAT}, case-insensitive
     */
    public void setFormat(String format) {
        text = format != null && format.trim().equalsIgnoreCase("text");
    }

    /** Nothing precedes the first line: every line must stand alone. */
    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    /**
     * One complete line, newline included, for one event. It never throws: an event it cannot encode becomes a
     * line saying so, because a logging failure must not break the caller.
     */
    @Override
    public byte[] encode(ILoggingEvent event) {
        try {
            return text ? textLine(event) : jsonLine(event);
        } catch (IOException | RuntimeException e) {
            return ("{\"level\":\"ERROR\",\"logger\":\"" + JsonLineEncoder.class.getName()
                    + "\",\"msg\":\"Could not encode a log event: " + e.getClass().getSimpleName() + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Nothing follows the last line. */
    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }

    private static byte[] jsonLine(ILoggingEvent event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("ts", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            json.writeStringField("level", event.getLevel().toString());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("msg", Redactor.text(event.getFormattedMessage()));
            for (Map.Entry<String, String> entry : mdc(event).entrySet()) {
                json.writeStringField(entry.getKey(), Redactor.text(entry.getValue()));
            }
            Map<String, Object> meta = meta(event);
            if (!meta.isEmpty()) {
                json.writeFieldName("meta");
                write(json, Redactor.value(meta));
            }
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                json.writeStringField("error", Redactor.text(describe(error)));
                json.writeStringField("stack", stack(error));
            }
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static byte[] textLine(ILoggingEvent event) {
        StringBuilder line = new StringBuilder()
                .append(Instant.ofEpochMilli(event.getTimeStamp())).append(' ')
                .append(event.getLevel()).append(' ')
                .append(event.getLoggerName()).append(" - ")
                .append(Redactor.text(event.getFormattedMessage()));
        mdc(event).forEach((key, value) -> line.append(' ').append(key).append('=').append(Redactor.text(value)));
        Map<String, Object> meta = meta(event);
        if (!meta.isEmpty()) {
            line.append(" meta=").append(Redactor.value(meta));
        }
        if (event.getThrowableProxy() != null) {
            line.append(" error=").append(Redactor.text(describe(event.getThrowableProxy())));
        }
        // A masked message may still hold line breaks; one event must stay one line for grep and log shippers.
        return (line.toString().replace("\r", "\\r").replace("\n", "\\n") + '\n').getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> mdc(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        return mdc == null ? Map.of() : mdc;
    }

    private static Map<String, Object> meta(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs == null || pairs.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        for (KeyValuePair pair : pairs) {
            meta.put(pair.key, pair.value);
        }
        return meta;
    }

    /** Writes the output of {@link Redactor#value}, which holds only maps, lists, strings, numbers and booleans. */
    private static void write(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    write(json, entry.getValue());
                }
                json.writeEndObject();
            }
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    write(json, item);
                }
                json.writeEndArray();
            }
            case Boolean bool -> json.writeBoolean(bool);
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case Number number -> json.writeNumber(number.toString());
            default -> json.writeString(value.toString());
        }
    }

    private static String describe(IThrowableProxy error) {
        String message = error.getMessage();
        return message == null ? error.getClassName() : error.getClassName() + ": " + message;
    }

    /**
     * The top frames of the error and of a few causes. Frames are class and method names, which carry no user
     * data; the cause messages do, so they are redacted like the error itself.
     */
    private static String stack(IThrowableProxy error) {
        StringBuilder sb = new StringBuilder();
        appendFrames(sb, error, MAX_STACK_LINES);
        IThrowableProxy cause = error.getCause();
        for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            sb.append("Caused by: ").append(Redactor.text(describe(cause))).append('\n');
            appendFrames(sb, cause, MAX_CAUSE_LINES);
        }
        return sb.toString();
    }

    private static void appendFrames(StringBuilder sb, IThrowableProxy error, int limit) {
        StackTraceElementProxy[] frames = error.getStackTraceElementProxyArray();
        int shown = Math.min(frames.length, limit);
        for (int i = 0; i < shown; i++) {
            sb.append("\tat ").append(frames[i].getStackTraceElement()).append('\n');
        }
        if (frames.length > shown) {
            sb.append("\t... ").append(frames.length - shown).append(" more\n");
        }
    }
}
