package dev.teamgate.commflow;

/** A single resource: {@code {"data":{…}}}. */
record DataResponse<T>(T data) {
}
