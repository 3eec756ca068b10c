package io.jobwright.source;

/**
 * A pay range: amounts in {@code currency} (ISO 4217) per {@code interval} (year, month, week, day, hour); either
 * bound may be null, never both.
 *
 * @param text the salary as the source wrote it (or as built from structured fields)
 */
public record Salary(Double min, Double max, String currency, String interval, String text) {
}
