package dev.teamgate.stackfield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** The code table and the HTTP status decision, for every problem the platform can hand over. */
class StackfieldErrorsTest {

    final StackfieldErrors errors = new StackfieldErrors(DataSize.ofGigabytes(1));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MALFORMED_BODY         | 200 | 4031 | Invalid request.",
            "UNSUPPORTED_MEDIA_TYPE | 200 | 4031 | Invalid request.",
            "BAD_REQUEST            | 200 | 4034 | Invalid request.",
            "VALIDATION             | 200 | 4056 | Invalid request. Property could not be parsed.",
            "UNAUTHENTICATED        | 200 | 4035 | Invalid request. ObjectId is invalid.",
            "PAYMENT_REQUIRED       | 200 | 4039 | This organization is not a payed organization.",
            "RATE_LIMITED           | 200 | 4040 | API call limit exceeded.",
            "PAYLOAD_TOO_LARGE      | 200 | 4042 | File is too big. Max 1GB.",
            "FORBIDDEN              | 200 | 4030 | Request could not be completed.",
            "CONFLICT               | 200 | 4030 | Request could not be completed.",
            "GONE                   | 200 | 4030 | Request could not be completed.",
            "NOT_FOUND              | 404 | 4030 | Request could not be completed.",
            "METHOD_NOT_ALLOWED     | 405 | 4030 | Request could not be completed.",
            "INTERNAL               | 500 | 4030 | Request could not be completed."})
    void everyPlatformProblemHasAStatusAndACode(ProblemKind kind, int status, String code, String text) {
        RenderedError rendered = errors.render(ApiProblem.of(kind, "platform wording is not shown"));
        assertThat(rendered.status()).isEqualTo(status);
        assertThat(rendered.body()).isEqualTo(WebhookResult.error(code, text));
    }

    @Test
    void theTableCoversEveryProblemKind() {
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(StackfieldErrors.codeFor(kind)).isNotNull();
        }
    }

    @Test
    void aResultCodeAlwaysTravelsWithHttp200AndItsOwnText() {
        for (ResultCode code : ResultCode.values()) {
            RenderedError rendered = errors.render(code.problem());
            assertThat(rendered.status()).isEqualTo(200);
            assertThat(rendered.body()).isEqualTo(WebhookResult.error(code.code(), code.text()));
        }
    }

    @Test
    void aCodedProblemOfAnyKindStays200() {
        ApiProblem coded = ApiProblem.of(ProblemKind.NOT_FOUND, "Double request.").withCode("4057");
        assertThat(errors.render(coded).status()).isEqualTo(200);
    }

    @Test
    void a405NamesTheAllowedMethodAndTheRateLimitAddsNoHeaders() {
        RenderedError wrongMethod = errors.render(ApiProblem.of(ProblemKind.METHOD_NOT_ALLOWED, "x")
                .withDetails(Map.of("allow", "POST")));
        assertThat(wrongMethod.headers()).isEqualTo(Map.of("Allow", "POST"));
        RenderedError limited = errors.render(ApiProblem.of(ProblemKind.RATE_LIMITED, "x").withRetryAfter(Duration.ofMillis(300)));
        assertThat(limited.headers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1GB, File is too big. Max 1GB.", "2GB, File is too big. Max 2GB.", "5MB, File is too big. Max 5MB.",
            "1KB, File is too big. Max 1KB.", "1536B, File is too big. Max 1536B."})
    void theFileSizeTextNamesTheConfiguredLimit(String limit, String text) {
        assertThat(StackfieldErrors.fileTooBigText(DataSize.parse(limit))).isEqualTo(text);
        RenderedError rendered = new StackfieldErrors(DataSize.parse(limit))
                .render(ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE, "too large"));
        assertThat(rendered.body()).isEqualTo(WebhookResult.error("4042", text));
    }
}
