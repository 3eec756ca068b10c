package io.jobwright.job;

import io.jobwright.resume.Resume;
import java.util.List;
import java.util.Map;

/** Applies reworded bullets, keyed by highlight id, to a copy of a resume; unknown ids change nothing. */
final class BulletRewrites {

    private BulletRewrites() {
    }

    static Resume apply(Resume resume, Map<String, String> rewrites) {
        if (rewrites.isEmpty()) {
            return resume;
        }
        List<Resume.Work> work = resume.work().stream().map(w -> new Resume.Work(w.id(), w.name(), w.position(),
                w.location(), w.url(), w.description(), w.startDate(), w.endDate(), w.summary(),
                reworded(w.highlights(), rewrites), w.visible())).toList();
        List<Resume.Volunteer> volunteer = resume.volunteer().stream().map(v -> new Resume.Volunteer(v.id(),
                v.organization(), v.position(), v.url(), v.startDate(), v.endDate(), v.summary(),
                reworded(v.highlights(), rewrites), v.visible())).toList();
        List<Resume.Project> projects = resume.projectItems().stream().map(p -> new Resume.Project(p.id(), p.name(),
                p.description(), reworded(p.highlights(), rewrites), p.keywords(), p.startDate(), p.endDate(), p.url(),
                p.roles(), p.entity(), p.type(), p.visible())).toList();
        return new Resume(resume.basics(), work, volunteer, resume.education(), resume.awards(), resume.certificates(),
                resume.publications(), resume.skillItems(), resume.languages(), resume.interests(), resume.references(),
                projects);
    }

    private static List<Resume.Highlight> reworded(List<Resume.Highlight> highlights, Map<String, String> rewrites) {
        return highlights.stream().map(h -> rewrites.containsKey(h.id())
                ? new Resume.Highlight(h.id(), rewrites.get(h.id()), h.visible()) : h).toList();
    }
}
