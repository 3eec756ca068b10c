package io.jobwright.cli.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The scenarios the bench runs against the jobs API and the jobs page, in the order they run. */
final class ApiScenarios {

    /** List-all responses are large; this keeps their run bounded even when they are fast. */
    static final int LIST_ALL_CAP = 500;
    /** Every scenario's name, in run order. */
    static final List<String> NAMES = List.of("list-all", "list-discovered", "page-50", "get-one", "patch", "revision",
            "jobs-page");
    private static final int PAGE_SIZE = 50;

    private ApiScenarios() {
    }

    /** The scenarios over the seeded jobs. */
    static List<Scenario> over(SeededJobs jobs) {
        List<String> ids = jobs.ids();
        List<String> discovered = jobs.discoveredIds();
        int lastOffset = Math.max(0, ids.size() - PAGE_SIZE);
        AtomicLong patches = new AtomicLong();
        return List.of(
                new Scenario("list-all", LIST_ALL_CAP, (client, slot) -> client.get("/api/jobs?view=list")),
                new Scenario("list-discovered", Scenario.UNCAPPED,
                        (client, slot) -> client.get("/api/jobs?status=discovered&view=list")),
                new Scenario("page-50", Scenario.UNCAPPED, (client, slot) -> client.get(
                        "/api/jobs?view=list&limit=" + PAGE_SIZE + "&offset=" + slot.random().nextInt(lastOffset + 1))),
                new Scenario("get-one", Scenario.UNCAPPED,
                        (client, slot) -> client.get("/api/jobs/" + ids.get(slot.random().nextInt(ids.size())))),
                new Scenario("patch", Scenario.UNCAPPED, (client, slot) -> client.json("PATCH",
                        "/api/jobs/" + ownDiscovered(discovered, slot),
                        Map.of("tailoredSummary", "Bench summary " + patches.incrementAndGet()))),
                new Scenario("revision", Scenario.UNCAPPED, (client, slot) -> client.get("/api/jobs/revision")),
                // The web app's jobs page: a random page of the All tab, rendered to HTML (50 rows, tab counts).
                new Scenario("jobs-page", Scenario.UNCAPPED, (client, slot) -> client.get(
                        "/jobs/all?page=" + (1 + slot.random().nextInt(Math.max(1, ids.size() / PAGE_SIZE))))));
    }

    /**
     * A random discovered job from this client's own share. Two clients never patch the same job at once, so a
     * version conflict in the results means a server bug, not a race the bench caused.
     */
    private static String ownDiscovered(List<String> discovered, Scenario.Slot slot) {
        int share = (discovered.size() - slot.index() + slot.clients() - 1) / slot.clients();
        if (share <= 0) {
            throw new BenchFailure("Not enough discovered jobs to give each of " + slot.clients() + " clients its own");
        }
        return discovered.get(slot.index() + slot.clients() * slot.random().nextInt(share));
    }
}
