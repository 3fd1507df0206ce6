package dev.teamgate.commflow;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A page of a list: {@code {"data":[…],"meta":{…},"links":{…}}}. */
record ListResponse<T>(List<T> data, Meta meta, Links links) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Meta(int currentPage, int perPage, int totalPages, long totalCount) {
    }

    /** Host-relative paths, as in the docs ({@code /v1/conversations?page=2}); null when there is no such page. */
    record Links(String first, String prev, String next, String last) {
    }
}
