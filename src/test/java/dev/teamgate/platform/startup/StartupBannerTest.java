package dev.teamgate.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void shortUnprefixedLinesPointAtTheDashboardAndSwaggerUi() {
        VendorApi vendor = VendorApi.builder("commflow").pathPrefix("/commflow").baseUrlPath("/commflow/v1")
                .errorRenderer(p -> new RenderedError(500, java.util.Map.of(), ""))
                .authenticator(r -> AuthOutcome.refused(ApiProblem.of(ProblemKind.UNAUTHENTICATED, "no")))
                .build();
        VendorRegistry registry = new VendorRegistry(List.of(vendor));
        String text = new StartupBanner(registry, new NativePorts(registry)).text("http://localhost:8080");

        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).as("the text starts on a line of its own, after the log prefix").isEmpty();
        assertThat(lines).contains("  Dashboard    http://localhost:8080/_admin",
                "  Swagger UI   http://localhost:8080/swagger-ui.html",
                "  Credentials  http://localhost:8080/_admin/credentials",
                "  commflow     http://localhost:8080/commflow/v1");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
