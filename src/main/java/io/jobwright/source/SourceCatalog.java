package io.jobwright.source;

import io.jobwright.source.adzuna.AdzunaSource;
import io.jobwright.source.arbeitnow.ArbeitnowSource;
import io.jobwright.source.ashby.AshbySource;
import io.jobwright.source.command.CommandSource;
import io.jobwright.source.feed.FeedSource;
import io.jobwright.source.greenhouse.GreenhouseSource;
import io.jobwright.source.jsonld.JsonLdSource;
import io.jobwright.source.lever.LeverSource;
import io.jobwright.source.personio.PersonioSource;
import io.jobwright.source.recruitee.RecruiteeSource;
import io.jobwright.source.remoteok.RemoteOkSource;
import io.jobwright.source.remotive.RemotiveSource;
import io.jobwright.source.smartrecruiters.SmartRecruitersSource;
import io.jobwright.source.workday.WorkdaySource;
import java.nio.file.Path;
import java.util.List;

/** Every source type Jobwright ships, in the order the UI lists them. */
public final class SourceCatalog {

    private SourceCatalog() {
    }

    /** All types; the external-command source runs programs from {@code <dataDir>/commands}. */
    public static Sources all(Path dataDir) {
        return new Sources(List.of(new GreenhouseSource(), new LeverSource(), new AshbySource(),
                new SmartRecruitersSource(), new RecruiteeSource(), new WorkdaySource(), new PersonioSource(),
                new RemotiveSource(), new ArbeitnowSource(), new RemoteOkSource(), new AdzunaSource(),
                new FeedSource(), new JsonLdSource(), new CommandSource(dataDir)));
    }
}
