package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultJvmOptionsTest {

    @TempDir
    Path project;

    @Test
    void options_beside_the_jar_are_read_without_comments_and_blank_lines() throws Exception {
        Files.createDirectories(project.resolve("bin"));
        Files.writeString(project.resolve("bin/jvm.options"), "# heading\n-XX:+UseSerialGC\n\n  -Xmx256m  # cap\n");
        assertThat(DefaultJvmOptions.besideJar(project.resolve("target/jobwright.jar")))
                .containsExactly("-XX:+UseSerialGC", "-Xmx256m");
    }

    @Test
    void no_options_file_means_no_options() {
        assertThat(DefaultJvmOptions.besideJar(project.resolve("target/jobwright.jar"))).isEmpty();
    }

    @Test
    void the_project_file_holds_a_heap_cap() {
        assertThat(DefaultJvmOptions.read(Path.of("bin/jvm.options"))).anyMatch(o -> o.startsWith("-Xmx"));
    }

    /** A JVM that adjusts an option says so on every start, in a line that is not JSON: the options must fit together. */
    @Test
    void the_project_options_start_a_jvm_without_a_word() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DefaultJvmOptions.read(Path.of("bin/jvm.options")));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).as(output).isZero();
        assertThat(output.lines().filter(line -> !line.matches("(openjdk|java) version .*|.*Runtime Environment.*"
                + "|.*(Server|Client) VM.*"))).as(output).isEmpty();
    }
}
