package dev.teamgate.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Spring's web exceptions carry their status (ErrorResponse); the kind and message follow from it. */
class ProblemMapperSpringErrorsTest {

    @Test
    void noResourceIsNotFound() {
        ApiProblem problem = ProblemMapper.toProblem(new NoResourceFoundException(HttpMethod.GET, "/x", "x"));
        assertThat(problem.kind()).isEqualTo(ProblemKind.NOT_FOUND);
        assertThat(problem.message()).isEqualTo("No such endpoint");
    }

    @Test
    void notAcceptableIsABadRequest() {
        ApiProblem problem = ProblemMapper.toProblem(
                new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)));
        assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(problem.message()).isEqualTo("The requested response type is not available");
    }

    @Test
    void anUploadTooLargeIsPayloadTooLarge() {
        ApiProblem problem = ProblemMapper.toProblem(new MaxUploadSizeExceededException(1024));
        assertThat(problem.kind()).isEqualTo(ProblemKind.PAYLOAD_TOO_LARGE);
        assertThat(problem.message()).isEqualTo("The request is too large");
    }

    @Test
    void anUnsatisfiedParameterConditionIsABadRequestNotA500() {
        ApiProblem problem = ProblemMapper.toProblem(new UnsatisfiedServletRequestParameterException(
                new String[] {"type=a"}, Map.of("type", new String[] {"b"})));
        assertThat(problem.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
    }

    @Test
    void aServerSideStatusStaysInternalWithoutDetails() {
        ApiProblem problem = ProblemMapper.toProblem(
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "pool exhausted at db-3"));
        assertThat(problem.kind()).isEqualTo(ProblemKind.INTERNAL);
        assertThat(problem.message()).isEqualTo("Internal server error");
    }
}
