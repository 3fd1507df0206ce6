package dev.teamgate.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

/** A body cut off for arriving too slowly is the client's fault: a 400, never a 500 with a stack trace. */
class ProblemMapperSlowBodyTest {

    @Test
    void aSlowBodyIsABadRequestWhereverItSitsInTheCauseChain() {
        assertThat(ProblemMapper.toProblem(new SlowRequestBodyException()).kind()).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(ProblemMapper.toProblem(new UncheckedIOException(new SlowRequestBodyException())).kind())
                .isEqualTo(ProblemKind.BAD_REQUEST);
        ApiProblem parsing = ProblemMapper.toProblem(new HttpMessageNotReadableException("I/O error",
                new SlowRequestBodyException(), new MockHttpInputMessage(new byte[0])));
        assertThat(parsing.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(parsing.message()).isEqualTo("The request body arrived too slowly; the connection was closed");
    }
}
