package io.jobwright.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.db.Dialect;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * db-scheduler on Jobwright's database: planned work lives in {@code scheduled_tasks}, so it survives restarts, and
 * an execution is claimed by one instance only when several share a PostgreSQL database. Build it, hand its
 * {@link #client()} to whoever plans work, then {@link #start} it with the tasks; {@link #stop} at shutdown.
 */
public final class BackgroundScheduler implements AutoCloseable {

    private final DataSource dataSource;
    private final JdbcCustomization jdbc;
    private final Config.ScheduleConfig config;
    private final Clock clock;
    private final String instanceId;
    private final SchedulerClient client;
    private Scheduler scheduler;

    public BackgroundScheduler(Database database, Config.ScheduleConfig config, Clock clock, String instanceId) {
        this.dataSource = database.dataSource();
        this.jdbc = database.dialect() == Dialect.POSTGRES ? new PostgreSqlJdbcCustomization(false, true)
                : new SqliteCustomization();
        this.config = config;
        this.clock = clock;
        this.instanceId = instanceId;
        this.client = SchedulerClient.Builder.create(dataSource).jdbcCustomization(jdbc).build();
    }

    /** Plans, moves and cancels executions; usable before {@link #start}. */
    public SchedulerClient client() {
        return client;
    }

    /**
     * Starts executing due work: {@code tasks} may be planned through the client; {@code startTasks} (recurring
     * ones) are also planned now unless already planned.
     */
    public <T extends Task<?> & OnStartup> void start(List<Task<?>> tasks, List<T> startTasks) {
        scheduler = Scheduler.create(dataSource, tasks)
                .startTasks(startTasks)
                .jdbcCustomization(jdbc)
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(instanceId))
                .pollingInterval(config.pollInterval())
                .threads(2)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
    }

    /** Looks for due work now instead of at the next poll. */
    public void checkNow() {
        if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    /** Stops executing; work in flight gets a few seconds, and is revived by another instance or the next start. */
    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * SQLite has no database-specific support in db-scheduler: its generic SQL works, except the row limit, which
     * SQLite writes as {@code LIMIT n}. Timestamps are stored in UTC (as epoch milliseconds by the SQLite driver).
     */
    private static final class SqliteCustomization extends DefaultJdbcCustomization {
        SqliteCustomization() {
            super(true);
        }

        @Override
        public String getName() {
            return "SQLite";
        }

        @Override
        public String getQueryLimitPart(int limit) {
            return " LIMIT " + limit;
        }
    }
}
