package io.jobwright.ui;

import io.jobwright.job.Job;
import io.jobwright.job.TailoredSkills;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.SkillGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Tailor view's form: the job's description and tailored fields as editable text, and the base resume's
 * projects as picks under the project rules (locked ones always in, only selectable ones offered, at most
 * {@code maxProjects}).
 *
 * @param form     the field values (skills as one "Group: keyword, keyword" line per group) and errors
 * @param projects the picks, in resume order
 */
public record TailorView(Form form, List<Pick> projects, int maxProjects) {

    /** One project as the picker shows it. */
    public record Pick(String id, String name, boolean checked, boolean locked, boolean selectable) {
    }

    /** The form filled from the job as stored. */
    static TailorView of(Job job, List<ResumeProject> projects, ProjectRules rules) {
        Form form = Form.empty()
                .value("jobDescription", job.jobDescription())
                .value("tailoredHeadline", job.tailoredHeadline())
                .value("tailoredSummary", job.tailoredSummary())
                .value("tailoredSkills", skillLines(TailoredSkills.read(job.tailoredSkills())))
                .value("updatedAt", job.updatedAt().toString());
        return new TailorView(form, picks(projects, selected(job.selectedProjectIds()), rules), rules.max());
    }

    /** The form as the user submitted it, to show again with its errors. */
    static TailorView submitted(Form form, List<ResumeProject> projects, Set<String> checked, ProjectRules rules) {
        return new TailorView(form, picks(projects, checked, rules), rules.max());
    }

    /** The project rules from settings. */
    record ProjectRules(Set<String> locked, Set<String> selectable, int max) {
        boolean allows(String id) {
            return selectable.isEmpty() || selectable.contains(id) || locked.contains(id);
        }
    }

    static Set<String> selected(String stored) {
        return stored == null || stored.isBlank() ? Set.of()
                : Arrays.stream(stored.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    /** "Group: keyword, keyword" per line. */
    static String skillLines(List<SkillGroup> groups) {
        return groups.stream().map(g -> g.name() + ": " + String.join(", ", g.keywords()))
                .collect(Collectors.joining("\n"));
    }

    /** Reads "Group: keyword, keyword" lines back as {name, keywords} objects; a line without ":" is a group name. */
    static List<SkillGroup> parseSkillLines(String text) {
        List<SkillGroup> groups = new ArrayList<>();
        if (text == null) {
            return groups;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).trim();
            List<String> keywords = colon < 0 ? List.of() : Arrays.stream(line.substring(colon + 1).split(","))
                    .map(String::trim).filter(k -> !k.isEmpty()).toList();
            groups.add(new SkillGroup(name, keywords));
        }
        return groups;
    }

    private static List<Pick> picks(List<ResumeProject> projects, Set<String> checked, ProjectRules rules) {
        return projects.stream().map(p -> new Pick(p.id(), p.name(),
                checked.contains(p.id()) || rules.locked().contains(p.id()), rules.locked().contains(p.id()),
                rules.allows(p.id()))).toList();
    }
}
