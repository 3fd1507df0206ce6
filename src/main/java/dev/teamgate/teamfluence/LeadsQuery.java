package dev.teamgate.teamfluence;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query of {@code GET /activity/{activityId}/leads}, bound by Spring. {@code qualified_only}
 * takes true/false, 1/0, yes/no or on/off in any case (Spring's boolean conversion); anything else
 * is Teamfluence's sentence ({@link #WRONG_TYPE}).
 */
record LeadsQuery(
        @Parameter(name = "qualified_only", description = "true: only qualified leads (default false)")
        @BindParam("qualified_only") @Nullable Boolean qualifiedOnly) {

    static final Map<String, String> WRONG_TYPE = Map.of("qualified_only", "must be true or false.");

    boolean qualified() {
        return Boolean.TRUE.equals(qualifiedOnly);
    }
}
