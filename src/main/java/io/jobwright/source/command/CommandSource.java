package io.jobwright.source.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.net.FetchFailed;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.Payloads;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.jobwright.source.Payloads.text;

/**
 * Runs a program the user installed in {@code <data dir>/commands/} and reads postings from its standard output,
 * one JSON object per line, so scrapers written in any language plug in without changing Jobwright (the format is in
 * docs/sources.md). Only programs in that folder can run: a source's parameters name a file there, never a path,
 * because whoever can call the API must not be able to run arbitrary programs on the server.
 */
public final class CommandSource implements JobSource {

    public static final String FOLDER = "commands";
    private static final int DEFAULT_TIMEOUT_SECONDS = 300;
    private static final int MAX_LINE = 1_000_000;

    private static final SourceType TYPE = new SourceType("command", "External command (JSON lines)", List.of(
            SourceParam.required("command", "a program's file name in <data dir>/commands/"),
            SourceParam.optional("args", "arguments passed first, separated by spaces"),
            SourceParam.optional("timeoutSeconds", "how long the program may run (default 300)"),
            SourceParam.optional("baseUrl", "passed to the program as JOBWRIGHT_BASE_URL")), List.of(), null);

    private final Path folder;

    /** A command source running programs from {@code <dataDir>/commands}. */
    public CommandSource(Path dataDir) {
        this.folder = dataDir.resolve(FOLDER).toAbsolutePath().normalize();
    }

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        program(params);
        timeout(params);
    }

    @Override
    public void discover(Discovery d) {
        Path program = program(d.params());
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        String args = d.params().get("args");
        if (args != null) {
            command.addAll(Arrays.asList(args.strip().split("\\s+")));
        }
        command.addAll(d.search().terms());
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("JOBWRIGHT_SEARCH_TERMS", String.join("\n", d.search().terms()));
        builder.environment().put("JOBWRIGHT_SEARCH_LOCATION", d.search().location() == null ? "" : d.search().location());
        builder.environment().put("JOBWRIGHT_MAX_ITEMS", Integer.toString(d.search().maxItems()));
        if (d.params().get("baseUrl") != null) {
            builder.environment().put("JOBWRIGHT_BASE_URL", d.params().get("baseUrl"));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new FetchFailed("cannot start " + program.getFileName() + ": " + e.getMessage());
        }
        StderrTail stderr = new StderrTail(process.getErrorStream());
        Thread stderrReader = Thread.ofVirtual().start(stderr);
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(timeout(d.params()), TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        });
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = out.readLine()) != null) {
                number++;
                if (d.cancelled()) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    d.itemError("line " + number + " is longer than " + MAX_LINE + " characters; skipped");
                    continue;
                }
                JsonNode node;
                try {
                    node = Payloads.json(line, "line " + number);
                } catch (FetchFailed e) {
                    d.itemError(e.getMessage());
                    continue;
                }
                if (!node.isObject()) {
                    d.itemError("line " + number + " is not a JSON object; skipped");
                    continue;
                }
                d.posting(read(node));
            }
        } catch (IOException e) {
            throw new FetchFailed("reading the output of " + program.getFileName() + " failed: " + e.getMessage());
        } finally {
            watchdog.interrupt();
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        try {
            int exit = process.waitFor();
            stderrReader.join(java.time.Duration.ofSeconds(2));
            if (exit != 0 && !d.cancelled()) {
                throw new FetchFailed(program.getFileName() + " exited with status " + exit
                        + (stderr.tail().isBlank() ? "" : ": " + stderr.tail().strip()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line of the documented output shape. */
    static RawPosting read(JsonNode j) {
        Boolean remote = Payloads.bool(j, "remote");
        return RawPosting.builder(text(j, "id"), text(j, "title"))
                .company(text(j, "company"))
                .listingUrl(text(j, "url"))
                .applyUrl(text(j, "applyUrl"))
                .description(text(j, "description"))
                .location(text(j, "location"))
                .countryCode(text(j, "country"))
                .remote(remote)
                .workplace(text(j, "workplace"))
                .salaryText(text(j, "salary"))
                .salary(Payloads.number(j, "salaryMin"), Payloads.number(j, "salaryMax"), text(j, "salaryCurrency"),
                        text(j, "salaryInterval"))
                .postedAt(text(j, "datePosted"))
                .deadline(text(j, "deadline"))
                .jobType(text(j, "jobType"))
                .department(text(j, "department"))
                .companyUrl(text(j, "companyUrl"))
                .companyLogo(text(j, "companyLogo"))
                .build();
    }

    private Path program(SourceParams params) {
        String name = params.require("command");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw InvalidRequest.field("params.command", "must be a file name in <data dir>/" + FOLDER
                    + "/ (letters, digits, '.', '_' and '-'; no path)");
        }
        Path program = folder.resolve(name).normalize();
        if (!program.startsWith(folder) || !Files.isRegularFile(program) || !Files.isExecutable(program)) {
            throw InvalidRequest.field("params.command", "no executable file named '" + name + "' in the data"
                    + " directory's " + FOLDER + "/ folder; put the program there and make it executable");
        }
        return program;
    }

    private static int timeout(SourceParams params) {
        try {
            int n = Integer.parseInt(params.get("timeoutSeconds", Integer.toString(DEFAULT_TIMEOUT_SECONDS)));
            if (n < 1 || n > 3600) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidRequest.field("params.timeoutSeconds", "must be a whole number of seconds from 1 to 3600");
        }
    }

    /** Keeps the last few KB of a program's error output, for the error message. */
    private static final class StderrTail implements Runnable {
        private final InputStream in;
        private final StringBuilder tail = new StringBuilder();

        StderrTail(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    synchronized (tail) {
                        tail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (tail.length() > 2000) {
                            tail.delete(0, tail.length() - 2000);
                        }
                    }
                }
            } catch (IOException ignored) {
                // The program ended; what was read is kept.
            }
        }

        String tail() {
            synchronized (tail) {
                return tail.toString();
            }
        }
    }
}
