package io.jobwright.ai.truth;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.resume.Resume;
import io.jobwright.resume.SkillGroup;
import java.util.List;
import java.util.Map;

/**
 * A tailor that lies the way models do: the job's title as headline, an employer, a degree, a school, a certification
 * and a skill the user never had, inflated numbers in a reworded bullet, a bullet id that does not exist, and a
 * do-not-use term, mixed in with true, reworded text that must survive.
 */
final class AdversarialTailor implements Tailor {

    @Override
    public Proposal propose(Resume base, JobPosting job, WritingStyle style) {
        String summary = "Senior Backend Engineer who builds search and storage systems in Java and Rust. "
                + "Previously led the search platform at Google for five years. "
                + "Holds a PhD in Computer Science from Stanford University. "
                + "AWS Certified Solutions Architect with deep Golang expertise. "
                + "Spearheaded synergy across teams. "
                + "Improved query latency by 80% across 12 products. "
                + "Enjoys profiling hot paths and designing indexes.";
        List<SkillGroup> skills = List.of(
                new SkillGroup("Languages", List.of("Rust", "Java", "Golang", "Scala")),
                new SkillGroup("Data", List.of("PostgreSQL", "postgres", "Snowflake", "Indexing")),
                new SkillGroup("Kotlin", List.of()));
        Map<String, String> bullets = Map.of(
                "work-searchly-h1", "Built a Rust inverted-index storage engine handling 40,000 queries per second",
                "work-searchly-h2", "Cut p99 query latency by 75% for 3 million users through CPU profiling",
                "work-ledgerworks-h1", "Developed Java microservices at Amazon on PostgreSQL and Kafka",
                "work-invented-h9", "Managed a team of 20 engineers");
        return new Proposal(job.title(), summary, skills, bullets, "fake:adversarial");
    }

    @Override
    public List<String> pickProjects(Resume base, JobPosting job, ProjectChoice choice) {
        return List.of("proj-does-not-exist");
    }
}
