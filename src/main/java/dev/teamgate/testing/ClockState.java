package dev.teamgate.testing;

import java.time.Instant;

/** The Teamgate clock: its current time and whether it is frozen. */
public record ClockState(Instant now, boolean frozen) {
}
