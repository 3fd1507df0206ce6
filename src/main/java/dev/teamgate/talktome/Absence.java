package dev.teamgate.talktome;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What an absence (first and last day, either open) means on a given day: whether the person is
 * away that day, and the sentence person-info shows ({@code Away until 08/20/2023.}).
 */
record Absence(LocalDate from, LocalDate until) {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    boolean isSet() {
        return from != null || until != null;
    }

    /** Away on {@code day}: within the set bounds, both inclusive; an open bound reaches forever. */
    boolean awayOn(LocalDate day) {
        return isSet() && (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /**
     * {@code Away until MM/DD/YYYY.} (or {@code Away.} without an end) while away; {@code Away from
     * ... until ....} for an absence still to come; the empty string otherwise.
     */
    String infoOn(LocalDate day) {
        if (awayOn(day)) {
            return until == null ? "Away." : "Away until " + US_DATE.format(until) + ".";
        }
        if (from != null && day.isBefore(from)) {
            return until == null ? "Away from " + US_DATE.format(from) + "."
                    : "Away from " + US_DATE.format(from) + " until " + US_DATE.format(until) + ".";
        }
        return "";
    }
}
