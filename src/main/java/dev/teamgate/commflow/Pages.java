package dev.teamgate.commflow;

import dev.teamgate.platform.nativeport.PrefixedRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Turns a Spring Data page into CommFlow's {@code meta} and {@code links}. An empty list still has
 * one (empty) page, so {@code first} and {@code last} always exist. Links keep the request's other
 * parameters and name {@code per_page} only when it is not the default, like the docs' example.
 */
final class Pages {

    private Pages() {
    }

    static Pageable pageable(ListQuery query) {
        return PageRequest.of(query.page() - 1, query.perPage());
    }

    static <E, T> ListResponse<T> of(Page<E> page, ListQuery query, HttpServletRequest request, Function<E, T> mapper) {
        return of(page.getContent().stream().map(mapper).toList(), page.getTotalElements(), query, request);
    }

    static <T> ListResponse<T> of(List<T> data, long total, ListQuery query, HttpServletRequest request) {
        int perPage = query.perPage();
        int current = query.page();
        int totalPages = (int) Math.max(1, (total + perPage - 1) / perPage);
        String base = PrefixedRequest.clientRequestUri(request);
        String prev = current > 1 ? link(base, Math.min(current - 1, totalPages), query) : null;
        String next = current < totalPages ? link(base, current + 1, query) : null;
        return new ListResponse<>(data, new ListResponse.Meta(current, perPage, totalPages, total),
                new ListResponse.Links(link(base, 1, query), prev, next, link(base, totalPages, query)));
    }

    private static String link(String base, int page, ListQuery query) {
        StringBuilder link = new StringBuilder(base).append("?page=").append(page);
        if (query.perPage() != ListQuery.DEFAULT_PER_PAGE) {
            link.append("&per_page=").append(query.perPage());
        }
        for (Map.Entry<String, String> parameter : query.otherParameters()) {
            link.append('&').append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2A", "*").replace("%2C", ",");
    }
}
