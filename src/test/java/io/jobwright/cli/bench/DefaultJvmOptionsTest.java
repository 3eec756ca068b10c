package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
