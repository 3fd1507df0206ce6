package dev.teamgate.commflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The query of a list endpoint, parsed and checked: {@code page} (from 1), {@code per_page}
 * (1 to 100, default 25; more is a 400 rather than a silent clamp), {@code sort} and {@code order},
 * full-text {@code q}, and the endpoint's own filters. Anything else is a 400 naming the parameter.
 * Empty values count as absent. Filters take several values separated by commas or repeated.
 *
 * @param descending without {@code order}: newest first for timestamps, A to Z for everything else
 * @param orderGiven true when the request named an {@code order}
 * @param text the full-text search, trimmed, or null (read it as {@link #q()})
 * @param otherParameters the parameters other than paging, in request order, for the pagination links
 */
record ListQuery(int page, int perPage, String sort, boolean descending, boolean orderGiven, @Nullable String text,
                 Map<String, List<String>> filters, List<Map.Entry<String, String>> otherParameters) {

    static final int DEFAULT_PER_PAGE = 25;
    private static final int MAX_PER_PAGE = 100;
    private static final String PAGE = "page";
    private static final String PER_PAGE = "per_page";
    private static final String SORT = "sort";
    static final String ORDER = "order";
    private static final String Q = "q";

    /**
     * What one list endpoint accepts: its filters, its sort fields (sorting defaults to
     * {@code defaultSort}; see {@link #descending()}) and whether it has a full-text {@code q}.
     */
    record Options(List<String> filters, List<String> sortFields, String defaultSort, boolean searchable) {
    }

    static ListQuery parse(MultiValueMap<String, String> params, Options options) {
        int page = 1;
        int perPage = DEFAULT_PER_PAGE;
        String sort = options.defaultSort();
        String order = null;
        String q = null;
        Map<String, List<String>> filters = new LinkedHashMap<>();
        List<Map.Entry<String, String>> others = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            String name = entry.getKey();
            String value = lastNonEmpty(entry.getValue());
            switch (name) {
                case PAGE -> {
                    if (value != null) {
                        page = positive(PAGE, value, Integer.MAX_VALUE,
                                "The 'page' parameter must be a whole number of at least 1.");
                    }
                }
                case PER_PAGE -> {
                    if (value != null) {
                        perPage = positive(PER_PAGE, value, MAX_PER_PAGE,
                                "The 'per_page' parameter must be a whole number from 1 to " + MAX_PER_PAGE + ".");
                    }
                }
                case SORT -> {
                    if (value != null) {
                        if (!options.sortFields().contains(value)) {
                            throw CommFlowErrors.badParameter(SORT, "Cannot sort by '" + value + "'. Sort by one of: "
                                    + String.join(", ", options.sortFields()) + ".");
                        }
                        sort = value;
                    }
                    keep(others, name, entry.getValue());
                }
                case ORDER -> {
                    if (value != null) {
                        order = value.toLowerCase(Locale.ROOT);
                        if (!order.equals("asc") && !order.equals("desc")) {
                            throw CommFlowErrors.badParameter(ORDER, "The 'order' parameter must be 'asc' or 'desc'.");
                        }
                    }
                    keep(others, name, entry.getValue());
                }
                case Q -> {
                    if (!options.searchable()) {
                        throw CommFlowErrors.unknownParameter(name, "Unknown parameter 'q'. This list accepts: "
                                + String.join(", ", accepted(options)) + ".");
                    }
                    if (value != null && !value.isBlank()) {
                        if (value.length() > 500) {
                            throw CommFlowErrors.badParameter(Q, "The 'q' parameter must be at most 500 characters.");
                        }
                        q = value.trim();
                    }
                    keep(others, name, entry.getValue());
                }
                default -> {
                    if (!options.filters().contains(name)) {
                        throw CommFlowErrors.unknownParameter(name, "Unknown parameter '" + name + "'. This list accepts: "
                                + String.join(", ", accepted(options)) + ".");
                    }
                    List<String> values = new ArrayList<>();
                    for (String raw : entry.getValue()) {
                        for (String part : raw.split(",")) {
                            if (!part.isBlank()) {
                                values.add(part.trim());
                            }
                        }
                    }
                    if (!values.isEmpty()) {
                        filters.put(name, values);
                    }
                    keep(others, name, entry.getValue());
                }
            }
        }
        if ((long) (page - 1) * perPage > Integer.MAX_VALUE) {
            // The database offset is an int; no list is that long anyway.
            throw CommFlowErrors.badParameter(PAGE, "The 'page' parameter is too large for per_page=" + perPage + ".");
        }
        boolean descending = order == null ? sort.endsWith("_at") : order.equals("desc");
        return new ListQuery(page, perPage, sort, descending, order != null, q, filters, others);
    }

    Optional<String> q() {
        return Optional.ofNullable(text);
    }

    List<String> filter(String name) {
        return filters.getOrDefault(name, List.of());
    }

    boolean has(String filter) {
        return filters.containsKey(filter);
    }

    /**
     * A time filter: a date ({@code 2026-01-01}, midnight UTC), an ISO 8601 date-time with offset,
     * or epoch seconds.
     */
    Optional<Instant> instant(String name) {
        List<String> values = filter(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw CommFlowErrors.badParameter(name, "The '" + name + "' parameter takes one value.");
        }
        String value = values.get(0);
        try {
            if (value.matches("\\d{1,12}")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw CommFlowErrors.badParameter(name, "The '" + name + "' parameter must be a date (2026-01-01), "
                    + "a date-time (2026-01-01T10:30:00Z) or epoch seconds.");
        }
    }

    /** Every value of a filter must be one of {@code allowed}. */
    List<String> choices(String name, List<String> allowed) {
        List<String> values = filter(name);
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw CommFlowErrors.badParameter(name, "The '" + name + "' parameter must be one of: "
                        + String.join(", ", allowed) + ".");
            }
        }
        return values;
    }

    private static List<String> accepted(Options options) {
        List<String> all = new ArrayList<>(List.of(PAGE, PER_PAGE, SORT, ORDER));
        if (options.searchable()) {
            all.add(Q);
        }
        all.addAll(options.filters());
        return all;
    }

    private static void keep(List<Map.Entry<String, String>> others, String name, List<String> values) {
        for (String value : values) {
            others.add(Map.entry(name, value));
        }
    }

    private static String lastNonEmpty(List<String> values) {
        String found = null;
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                found = value;
            }
        }
        return found;
    }

    private static int positive(String name, String value, int max, String message) {
        if (!value.matches("\\d{1,10}")) {
            throw CommFlowErrors.badParameter(name, message);
        }
        long parsed = Long.parseLong(value);
        if (parsed < 1 || parsed > max) {
            throw CommFlowErrors.badParameter(name, message);
        }
        return (int) parsed;
    }
}
