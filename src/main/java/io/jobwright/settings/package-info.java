/**
 * Settings changed in the UI or API: a typed registry ({@link io.jobwright.settings.Setting}), overrides stored in
 * the {@code settings} table on top of environment and built-in defaults, and secrets encrypted at rest with a key
 * kept in the data directory ({@link io.jobwright.settings.SecretBox}). Other features read values through
 * {@link io.jobwright.settings.SettingsService#get}.
 */
package io.jobwright.settings;
