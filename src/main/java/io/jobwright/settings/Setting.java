package io.jobwright.settings;

/** One typed setting: its key, value type, default and whether it is a secret. */
public record Setting<T>(String key, Class<T> type, T defaultValue, boolean secret) {

    public static final Setting<Boolean> AUTO_TAILOR_ON_MANUAL_IMPORT =
            new Setting<>("autoTailorOnManualImport", Boolean.class, Boolean.TRUE, false);
    public static final Setting<Integer> RESUME_MAX_PROJECTS =
            new Setting<>("resumeMaxProjects", Integer.class, 3, false);
}
