package io.jobwright.resume;

/** One project of the base resume as the project picker sees it; {@code id} is stable across edits. */
public record ResumeProject(String id, String name, String description, String date, boolean visibleInBase) {
}
