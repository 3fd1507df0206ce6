package dev.teamgate.teamfluence;

/** Teamfluence's one-field answer for errors and unfinished requests: {@code {"detail": "..."}}. */
record TeamfluenceDetail(String detail) {
}
