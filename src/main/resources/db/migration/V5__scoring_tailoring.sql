-- Which engine scored and tailored a job, the bullets it reworded (keyed by highlight id) and what TruthGuard
-- removed or reported. All nullable: jobs from before keep working unchanged.
ALTER TABLE jobs ADD COLUMN score_engine VARCHAR(200);
ALTER TABLE jobs ADD COLUMN tailoring_engine VARCHAR(200);
ALTER TABLE jobs ADD COLUMN tailored_bullets TEXT;
ALTER TABLE jobs ADD COLUMN tailoring_findings TEXT;
