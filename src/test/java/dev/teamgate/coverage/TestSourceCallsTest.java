package dev.teamgate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.coverage.TestSourceCalls.Call;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSourceCallsTest {

    private static DocumentedOperation op(String method, String path) {
        return new DocumentedOperation("v", method, path, "op", "docs", null);
    }

    private static Call call(String method, String path) {
        return new Call(method, path, Path.of("X.java"));
    }

    @Test
    void aLiteralPathReachesTheOperationWhoseVariablesItFills() {
        DocumentedOperation messages = op("GET", "/flowdock/flows/{org}/{flow}/messages");

        assertThat(TestSourceCalls.reaches(call("GET", "/flowdock/flows/acme/my-flow/messages?limit=1"), messages)).isTrue();
        assertThat(TestSourceCalls.reaches(call("GET", "/flowdock/v1/flows/acme/my-flow/messages"), messages)).isTrue();
        assertThat(TestSourceCalls.reaches(call("POST", "/flowdock/flows/acme/my-flow/messages"), messages)).isFalse();
        assertThat(TestSourceCalls.reaches(call("GET", "/flowdock/flows/acme/my-flow"), messages)).isFalse();
    }

    @Test
    void unreadablePartsAndPathParametersStandForSegments() {
        String any = TestSourceCalls.ANY;

        assertThat(TestSourceCalls.reaches(call("GET", "/commflow/v1/contacts/" + any),
                op("GET", "/commflow/v1/contacts/{id}"))).isTrue();
        assertThat(TestSourceCalls.reaches(call("GET", "/commflow/v1/contacts/" + any),
                op("GET", "/commflow/v1/contacts/{id}/notes"))).isFalse();
        assertThat(TestSourceCalls.reaches(call("GET", "/flowdock/flows/" + any + "/messages"),
                op("GET", "/flowdock/flows/{org}/{flow}/messages"))).isTrue();
        assertThat(TestSourceCalls.reaches(call("PUT", "/x/teamspaces/{slug}/billing"),
                op("PUT", "/x/teamspaces/{slug}/billing"))).isTrue();
    }

    @Test
    void constantsAndConcatenationsAreRead(@TempDir Path sources) throws Exception {
        Files.writeString(sources.resolve("BaseTest.java"), "static final String API = \"/teamfluence/external\";");
        Files.writeString(sources.resolve("PostsTest.java"), """
                static final String STEVEN = "/1";
                void t() { given().get(API + STEVEN + "/posts").then(); given().get(path()).then(); }
                void u() {
                    String flow = "/flowdock/flows/acme/another-flow";
                    String read = given().body("{}").post(flow).then().extract().path("id");
                    given().delete(flow + "/messages/" + read);
                }
                """);

        List<Call> calls = TestSourceCalls.scan(sources);

        assertThat(calls).extracting(Call::method, Call::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET", "/teamfluence/external/1/posts"),
                org.assertj.core.groups.Tuple.tuple("POST", "/flowdock/flows/acme/another-flow"),
                org.assertj.core.groups.Tuple.tuple("DELETE", "/flowdock/flows/acme/another-flow/messages/"
                        + TestSourceCalls.ANY));
    }
}
