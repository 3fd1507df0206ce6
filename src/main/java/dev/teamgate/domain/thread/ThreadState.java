package dev.teamgate.domain.thread;

/**
 * What a post says about its thread; {@code null} leaves a value as it was. {@code actions} and
 * {@code fields} are JSON arrays as text.
 */
public record ThreadState(String title, String body, String externalUrl, String statusValue, String statusColor,
                          String actions, String fields) {
}
