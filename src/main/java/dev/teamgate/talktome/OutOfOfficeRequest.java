package dev.teamgate.talktome;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parameters of out-of-office, checked: dates strictly {@code YYYY-MM-DD} and in order; a
 * missing date or replacement means "clear it"; a channel, when given, wins over an account.
 */
record OutOfOfficeRequest(String accountEmail, LocalDate awayFrom, LocalDate awayUntil, String substitution,
                          String substitutionChannel) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static OutOfOfficeRequest from(TalkToMeParameters parameters) {
        String accountEmail = parameters.required("accountEmail");
        LocalDate from = date(parameters, "awayFrom");
        LocalDate until = date(parameters, "awayUntil");
        if (from != null && until != null && until.isBefore(from)) {
            throw TalkToMeErrors.invalidParameter("awayUntil", "The parameter awayUntil must not be before awayFrom.");
        }
        Optional<String> channel = parameters.optional("substitutionChannel");
        String substitution = channel.isPresent() ? null : parameters.optional("substitution").orElse(null);
        return new OutOfOfficeRequest(accountEmail, from, until, substitution, channel.orElse(null));
    }

    private static LocalDate date(TalkToMeParameters parameters, String name) {
        Optional<String> value = parameters.optional(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(value.get()).matches()) {
                return LocalDate.parse(value.get(), DateTimeFormatter.ISO_LOCAL_DATE);
            }
        } catch (DateTimeParseException notADay) {
            // falls through to the same answer as a wrong format: 2023-02-30 is no date either
        }
        throw TalkToMeErrors.invalidParameter(name,
                "The parameter " + name + " must be a date in the format YYYY-MM-DD.");
    }
}
