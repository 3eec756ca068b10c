package io.jobwright.resume;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** STUB: stores the base resume with revisions. */
public final class ResumeService {

    public ResumeService(Jdbi jdbi, Clock clock) {
    }

    /** The current base resume, if one was imported. */
    public Optional<Resume> current() {
        return Optional.empty();
    }

    /** The current base resume's revision number, 0 when there is none. */
    public int currentRevision() {
        return 0;
    }
}
