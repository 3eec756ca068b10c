package io.jobwright.job;

import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.SkillGroup;
import io.jobwright.web.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A job's tailoring compared with the base resume, field by field, for {@code GET /api/jobs/{id}/tailoring/diff}:
 * headline and summary (base, tailored, changed), skills added, removed and reordered, projects shown and hidden,
 * reworded bullets beside their originals, and TruthGuard's findings.
 */
final class TailoringDiff {

    private TailoringDiff() {
    }

    static Map<String, Object> of(Job job, Resume base) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jobId", job.id());
        out.put("tailoringEngine", job.tailoringEngine());
        out.put("headline", text(base.headline(), job.tailoredHeadline()));
        out.put("summary", text(base.summary(), job.tailoredSummary()));
        out.put("skills", skills(base.skills(), TailoredSkills.read(job.tailoredSkills())));
        out.put("projects", projects(base.projects(), job.selectedProjectIds()));
        out.put("bullets", bullets(base, TailorJob.bullets(job)));
        out.put("findings", findings(job));
        return out;
    }

    private static Object findings(Job job) {
        if (job.tailoringFindings() == null) {
            return List.of();
        }
        try {
            return Json.MAPPER.readTree(job.tailoringFindings());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored tailoring findings are not JSON", e);
        }
    }

    private static Map<String, Object> text(String base, String tailored) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", base);
        m.put("tailored", tailored);
        m.put("changed", tailored != null && !Objects.equals(base, tailored));
        return m;
    }

    private static Map<String, Object> skills(List<SkillGroup> base, List<SkillGroup> tailored) {
        List<String> baseWords = words(base);
        List<String> tailoredWords = tailored.isEmpty() ? baseWords : words(tailored);
        Set<String> baseLower = lower(baseWords);
        Set<String> tailoredLower = lower(tailoredWords);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", base);
        m.put("tailored", tailored.isEmpty() ? null : tailored);
        m.put("added", tailoredWords.stream().filter(w -> !baseLower.contains(w.toLowerCase(java.util.Locale.ROOT))).toList());
        m.put("removed", baseWords.stream().filter(w -> !tailoredLower.contains(w.toLowerCase(java.util.Locale.ROOT))).toList());
        List<String> keptOrder = tailoredWords.stream().filter(w -> baseLower.contains(w.toLowerCase(java.util.Locale.ROOT))).toList();
        List<String> baseOrder = baseWords.stream().filter(w -> tailoredLower.contains(w.toLowerCase(java.util.Locale.ROOT))).toList();
        m.put("reordered", !keptOrder.equals(baseOrder));
        return m;
    }

    private static Map<String, Object> projects(List<ResumeProject> all, String selected) {
        List<String> shownInBase = all.stream().filter(ResumeProject::visibleInBase).map(ResumeProject::id).toList();
        List<String> picked = selected == null ? shownInBase
                : Arrays.stream(selected.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base", shownInBase);
        m.put("tailored", picked);
        m.put("added", picked.stream().filter(id -> !shownInBase.contains(id)).toList());
        m.put("removed", shownInBase.stream().filter(id -> !picked.contains(id)).toList());
        return m;
    }

    private static List<Map<String, Object>> bullets(Resume base, Map<String, String> rewrites) {
        Map<String, String> sources = new LinkedHashMap<>();
        base.work().forEach(w -> w.highlights().forEach(h -> sources.put(h.id(), h.text())));
        base.volunteer().forEach(v -> v.highlights().forEach(h -> sources.put(h.id(), h.text())));
        base.projectItems().forEach(p -> p.highlights().forEach(h -> sources.put(h.id(), h.text())));
        List<Map<String, Object>> out = new ArrayList<>();
        rewrites.forEach((id, text) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("base", sources.get(id));
            m.put("tailored", text);
            out.add(m);
        });
        return out;
    }

    private static List<String> words(List<SkillGroup> groups) {
        List<String> out = new ArrayList<>();
        for (SkillGroup g : groups) {
            if (g.keywords().isEmpty()) {
                out.add(g.name());
            }
            out.addAll(g.keywords());
        }
        return out;
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
