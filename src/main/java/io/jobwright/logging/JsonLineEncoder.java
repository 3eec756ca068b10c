package io.jobwright.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Writes each log event as one JSON object per line: {@code ts}, {@code level}, {@code logger}, {@code msg}, the
 * correlation fields from the MDC at the top level, and a short redacted {@code error}. The message is redacted
 * here, so a secret passed as a log argument never reaches the output.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int MAX_STACK_LINES = 12;

    @Override
    public byte[] headerBytes() {
        return new byte[0];
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("ts", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            json.writeStringField("level", event.getLevel().toString());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("msg", Redactor.text(event.getFormattedMessage()));
            Map<String, String> mdc = event.getMDCPropertyMap();
            if (mdc != null) {
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    json.writeStringField(entry.getKey(), Redactor.text(entry.getValue()));
                }
            }
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                json.writeStringField("error", Redactor.text(error.getClassName() + ": " + error.getMessage()));
                json.writeStringField("stack", stack(error));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    @Override
    public byte[] footerBytes() {
        return new byte[0];
    }

    private static String stack(IThrowableProxy error) {
        StringBuilder sb = new StringBuilder();
        StackTraceElementProxy[] frames = error.getStackTraceElementProxyArray();
        for (int i = 0; i < Math.min(frames.length, MAX_STACK_LINES); i++) {
            sb.append(frames[i].getSTEAsString()).append('\n');
        }
        return sb.toString();
    }

    /** Encodes text lines with the same redaction, for {@code JOBWRIGHT_LOG_FORMAT=text}. */
    public static final class Text extends EncoderBase<ILoggingEvent> {
        @Override
        public byte[] headerBytes() {
            return new byte[0];
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(event.getTimeStamp())).append(' ')
                    .append(event.getLevel()).append(' ')
                    .append(Redactor.text(event.getFormattedMessage()));
            Map<String, String> mdc = event.getMDCPropertyMap();
            if (mdc != null && !mdc.isEmpty()) {
                line.append(' ').append(mdc);
            }
            if (event.getThrowableProxy() != null) {
                line.append(" error=").append(Redactor.text(event.getThrowableProxy().getMessage()));
            }
            return line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return new byte[0];
        }
    }
}
