package io.jobwright.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.status.NopStatusListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    /** Configuring a context takes over java.util.logging for it; hand JUL back to the tests' own context. */
    @AfterEach
    void restore_the_jul_bridge() {
        JulBridge bridge = new JulBridge();
        bridge.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        bridge.start();
    }

    @Test
    void configures_json_lines_on_stdout_with_quiet_libraries() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        ExecutionStatus status = setup.configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("console")).isInstanceOfSatisfying(ConsoleAppender.class, console -> {
            assertThat(console.isStarted()).isTrue();
            assertThat(console.getEncoder()).isInstanceOf(JsonLineEncoder.class);
        });
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel.font").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("io.jobwright.App").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getStatusManager().getCopyOfStatusListenerList())
                .hasAtLeastOneElementOfType(NopStatusListener.class);
        context.stop();
    }

    @Test
    void steps_aside_for_a_configuration_file_the_user_names() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        System.setProperty("logback.configurationFile", "custom-logback.xml");
        try {
            assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        } finally {
            System.clearProperty("logback.configurationFile");
        }
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
