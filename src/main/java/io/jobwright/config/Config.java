package io.jobwright.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything Jobwright reads from its environment, read once at startup and passed down as small typed records.
 *
 * <p>Each key is looked up as an environment variable ({@code JOBWRIGHT_PORT}), then in
 * {@code jobwright.properties} inside the data directory ({@code port=3002}), then falls back to a named default.
 * A bad value stops startup with a message naming the key (secrets are never echoed).
 */
public record Config(Path dataDir, WebConfig web, DbConfig db, LlmConfig llm, LogConfig log, FetchConfig fetch,
                     ScheduleConfig schedule) {

    public static final int DEFAULT_PORT = 3001;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_DATA_DIR = "./data";
    public static final String PROPERTIES_FILE = "jobwright.properties";

    /** Where the HTTP server listens and how large request bodies may be. */
    public record WebConfig(String host, int port, long maxBodyBytes, long maxUploadBytes) {
        public static final long DEFAULT_MAX_BODY = 1024 * 1024;
        public static final long DEFAULT_MAX_UPLOAD = 15L * 1024 * 1024;
    }

    /** The database: an explicit JDBC URL, or {@code null} for SQLite in the data directory. */
    public record DbConfig(String url, String user, String password) {
        @Override
        public String toString() {
            return "DbConfig[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
        }
    }

    /** Default LLM connection; settings stored in the database override it. */
    public record LlmConfig(String provider, String baseUrl, String model, String apiKey) {
        @Override
        public String toString() {
            return "LlmConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                    + ", apiKey=" + (apiKey == null ? "none" : "****") + "]";
        }
    }

    /** Log output: {@code json} lines (default) or human-readable {@code text}. */
    public record LogConfig(String format) {
        public boolean json() {
            return !"text".equals(format);
        }
    }

    /**
     * Server-side fetches (job sources, URL import, detection): which otherwise refused addresses may be fetched.
     *
     * @param allowPrivate    {@code JOBWRIGHT_ALLOW_PRIVATE_FETCH=true}: every loopback, private, link-local and
     *                        metadata address may be fetched (a self-hosted mirror on the LAN, tests)
     * @param allowedNetworks {@code JOBWRIGHT_FETCH_ALLOW}: comma-separated addresses or CIDR ranges that may be
     *                        fetched though private ({@code 10.0.0.5,192.168.1.0/24})
     */
    public record FetchConfig(boolean allowPrivate, java.util.List<String> allowedNetworks) {
        public FetchConfig {
            allowedNetworks = java.util.List.copyOf(allowedNetworks);
        }
    }

    /**
     * Background work: schedules, the nightly re-check of open postings, and the webhook that starts runs.
     *
     * @param zone          the time zone schedules and the re-check use unless a schedule names its own
     *                      ({@code JOBWRIGHT_TIMEZONE}, default UTC)
     * @param recheckAt     when the nightly re-check runs, or null when it is off ({@code JOBWRIGHT_RECHECK_AT},
     *                      {@code HH:MM} or {@code off}, default 03:30)
     * @param pollInterval  how often the scheduler looks for due work ({@code JOBWRIGHT_SCHEDULER_POLL_MS}, default
     *                      10 000)
     * @param webhookSecret the bearer secret of {@code POST /api/webhook/trigger} unless the {@code webhookSecret}
     *                      setting is stored ({@code JOBWRIGHT_WEBHOOK_SECRET}); null turns the webhook off
     */
    public record ScheduleConfig(java.time.ZoneId zone, java.time.LocalTime recheckAt, java.time.Duration pollInterval,
                                 String webhookSecret) {
        public static final java.time.LocalTime DEFAULT_RECHECK_AT = java.time.LocalTime.of(3, 30);
        public static final long DEFAULT_POLL_MS = 10_000;

        @Override
        public String toString() {
            return "ScheduleConfig[zone=" + zone + ", recheckAt=" + recheckAt + ", pollInterval=" + pollInterval
                    + ", webhookSecret=" + (webhookSecret == null ? "none" : "****") + "]";
        }
    }

    /** Loads the configuration from the process environment. */
    public static Config load() {
        return load(System.getenv());
    }

    /**
     * Loads the configuration from the given environment map, then the properties file in the data dir.
     *
     * @throws ConfigException naming the key when a value is malformed
     */
    public static Config load(Map<String, String> env) {
        Path dataDir = Path.of(Optional.ofNullable(blankToNull(env.get("JOBWRIGHT_DATA_DIR"))).orElse(DEFAULT_DATA_DIR))
                .toAbsolutePath().normalize();
        Lookup lookup = new Lookup(env, readProperties(dataDir));
        WebConfig web = new WebConfig(
                lookup.string("JOBWRIGHT_HOST", DEFAULT_HOST),
                lookup.integer("JOBWRIGHT_PORT", DEFAULT_PORT, 0, 65535),
                lookup.longValue("JOBWRIGHT_MAX_BODY_BYTES", WebConfig.DEFAULT_MAX_BODY),
                lookup.longValue("JOBWRIGHT_MAX_UPLOAD_BYTES", WebConfig.DEFAULT_MAX_UPLOAD));
        DbConfig db = new DbConfig(
                lookup.string("JOBWRIGHT_DB_URL", null),
                lookup.string("JOBWRIGHT_DB_USER", null),
                lookup.string("JOBWRIGHT_DB_PASSWORD", null));
        if (db.url() != null && !db.url().startsWith("jdbc:postgresql:") && !db.url().startsWith("jdbc:sqlite:")) {
            throw new ConfigException("JOBWRIGHT_DB_URL must be a jdbc:postgresql: or jdbc:sqlite: URL, got '"
                    + db.url().replaceAll("password=[^&]*", "password=****") + "'");
        }
        LlmConfig llm = new LlmConfig(
                lookup.string("JOBWRIGHT_LLM_PROVIDER", null),
                lookup.string("JOBWRIGHT_LLM_BASE_URL", null),
                lookup.string("JOBWRIGHT_LLM_MODEL", null),
                lookup.string("JOBWRIGHT_LLM_API_KEY", null));
        String format = lookup.string("JOBWRIGHT_LOG_FORMAT", "json").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("text")) {
            throw new ConfigException("JOBWRIGHT_LOG_FORMAT must be json or text, got '" + format + "'");
        }
        String allowPrivate = lookup.string("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "false").toLowerCase(Locale.ROOT);
        if (!allowPrivate.equals("true") && !allowPrivate.equals("false")) {
            throw new ConfigException("JOBWRIGHT_ALLOW_PRIVATE_FETCH must be true or false, got '" + allowPrivate + "'");
        }
        FetchConfig fetch = new FetchConfig(allowPrivate.equals("true"),
                java.util.Arrays.stream(lookup.string("JOBWRIGHT_FETCH_ALLOW", "").split(","))
                        .map(String::trim).filter(v -> !v.isEmpty()).toList());
        return new Config(dataDir, web, db, llm, new LogConfig(format), fetch, schedule(lookup));
    }

    private static ScheduleConfig schedule(Lookup lookup) {
        String zoneText = lookup.string("JOBWRIGHT_TIMEZONE", "UTC");
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(zoneText);
        } catch (java.time.DateTimeException e) {
            throw new ConfigException("JOBWRIGHT_TIMEZONE must be a time zone such as UTC or Europe/Berlin, got '"
                    + zoneText + "'");
        }
        String recheckText = lookup.string("JOBWRIGHT_RECHECK_AT", ScheduleConfig.DEFAULT_RECHECK_AT.toString());
        java.time.LocalTime recheckAt = null;
        if (!recheckText.equalsIgnoreCase("off")) {
            try {
                recheckAt = java.time.LocalTime.parse(recheckText);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ConfigException("JOBWRIGHT_RECHECK_AT must be a time of day HH:MM or off, got '"
                        + recheckText + "'");
            }
        }
        long pollMs = lookup.longValue("JOBWRIGHT_SCHEDULER_POLL_MS", ScheduleConfig.DEFAULT_POLL_MS);
        if (pollMs < 50 || pollMs > 3_600_000) {
            throw new ConfigException("JOBWRIGHT_SCHEDULER_POLL_MS must be between 50 and 3600000, got " + pollMs);
        }
        return new ScheduleConfig(zone, recheckAt, java.time.Duration.ofMillis(pollMs),
                lookup.string("JOBWRIGHT_WEBHOOK_SECRET", null));
    }

    /** A copy listening on another port (0 picks a free one), for tests and the benchmark. */
    public Config withPort(int port) {
        return new Config(dataDir, new WebConfig(web.host(), port, web.maxBodyBytes(), web.maxUploadBytes()), db, llm, log, fetch,
                schedule);
    }

    private static Map<String, String> readProperties(Path dataDir) {
        Path file = dataDir.resolve(PROPERTIES_FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> byKey = new HashMap<>();
        props.forEach((k, v) -> byKey.put(k.toString().trim(), v.toString().trim()));
        return byKey;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Resolves one key through the environment, then the properties file. */
    private record Lookup(Map<String, String> env, Map<String, String> properties) {

        String string(String envKey, String fallback) {
            String fromEnv = blankToNull(env.get(envKey));
            if (fromEnv != null) {
                return fromEnv;
            }
            String fromFile = blankToNull(properties.get(propertyName(envKey)));
            return fromFile != null ? fromFile : fallback;
        }

        int integer(String envKey, int fallback, int min, int max) {
            long value = longValue(envKey, fallback);
            if (value < min || value > max) {
                throw new ConfigException(envKey + " must be between " + min + " and " + max + ", got " + value);
            }
            return (int) value;
        }

        long longValue(String envKey, long fallback) {
            String raw = string(envKey, null);
            if (raw == null) {
                return fallback;
            }
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new ConfigException(envKey + " must be a whole number, got '" + raw + "'");
            }
        }

        /** {@code JOBWRIGHT_DB_URL} is {@code db.url} in the properties file. */
        static String propertyName(String envKey) {
            return envKey.substring("JOBWRIGHT_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }
}
