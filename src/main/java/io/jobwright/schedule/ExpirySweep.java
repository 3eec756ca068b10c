package io.jobwright.schedule;

import java.time.Instant;

/**
 * What one expiry sweep did.
 *
 * @param openJobs          discovered and ready jobs it looked at
 * @param expiredByDeadline jobs expired because their deadline passed
 * @param rechecked         postings asked about at their source
 * @param expiredGone       jobs expired because their source reports the posting gone
 * @param unknown           re-checks whose source could not tell (it failed, or cannot re-check)
 * @param errors            jobs that changed while being expired and were left alone
 * @param note              why the sweep stopped early, or null
 */
public record ExpirySweep(String id, Instant startedAt, Instant finishedAt, int openJobs, int expiredByDeadline,
                          int rechecked, int expiredGone, int unknown, int errors, String note) {
}
