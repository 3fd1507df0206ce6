package dev.teamgate.platform.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.RawHttp;
import dev.teamgate.support.ServerTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the servlet container refuses by itself still answers 4xx in the owning vendor's shape (the
 * test vendor: {@code {"failure":{...}}}), or an RFC 9457 problem outside every vendor; never
 * Tomcat's HTML page, never a 5xx.
 */
class ContainerErrorServerTest extends ServerTest {

    private static final String HOST = "Host: 127.0.0.1\r\nConnection: close\r\n";

    @Test
    void aBadHttpVersionIsABadRequestInTheVendorsShape() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /testvendor/public/ping HTTP/9.9\r\n" + HOST + "\r\n");

        assertVendorShaped(answer, 400);
    }

    @Test
    void anEncodedSlashOnTheControlPlaneIsAProblemDocument() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/_admin%2Freset");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400");
    }

    @Test
    void anEncodedSlashUnderAVendorIsInTheVendorsShape() throws IOException {
        assertVendorShaped(RawHttp.get(port, "/testvendor/public%2Fping"), 400);
    }

    @Test
    void invalidPercentEncodingInTheQueryIsABadRequest() throws IOException {
        assertVendorShaped(RawHttp.get(port, "/testvendor/public/ping?x=%zz"), 400);
        assertVendorShaped(RawHttp.get(port, "/testvendor/rooms/general/messages?x=%zz",
                "Authorization: Bearer tv_alpha_ann_key"), 400);
    }

    @Test
    void moreThanAThousandParametersIsABadRequest() throws IOException {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            query.append(i == 0 ? "?" : "&").append("p=1");
        }
        assertVendorShaped(RawHttp.get(port, "/testvendor/rooms/general/messages" + query,
                "Authorization: Bearer tv_alpha_ann_key"), 400);
    }

    @Test
    void moreThanAThousandFormParametersIsABadRequest() throws IOException {
        String form = "content=x" + "&p=1".repeat(1200);
        RawHttp.Answer answer = RawHttp.send(port, "POST /testvendor/rooms/general/messages HTTP/1.1\r\n" + HOST
                + "Authorization: Bearer tv_alpha_ann_key\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.length() + "\r\n\r\n" + form);

        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.body()).startsWith("{\"failure\":{");
    }

    @Test
    void anOverlongRequestLineIsA414InTheVendorsShape() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/testvendor/public/ping?x=" + "a".repeat(20_000));

        assertVendorShaped(answer, 414);
    }

    @Test
    void anOverlongPathUnderAVendorIsA414InTheVendorsShape() throws IOException {
        assertVendorShaped(RawHttp.get(port, "/testvendor/public/" + "p".repeat(20_000)), 414);
    }

    @Test
    void anOverlongRequestLineOutsideEveryVendorIsA414Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/_admin/requests?x=" + "a".repeat(20_000));

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":414").contains("\"instance\":\"/_admin/requests\"");
    }

    @Test
    void overlongHeadersAreRefusedInJson() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/testvendor/public/ping", "X-Big: " + "b".repeat(20_000));

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body()).startsWith("{");
    }

    @Test
    void malformedChunkingIsABadRequestInTheVendorsShape() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST /testvendor/rooms/general/messages HTTP/1.1\r\n" + HOST
                + "Authorization: Bearer tv_alpha_ann_key\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"content\":\"x\"}\r\n0\r\n\r\n");

        assertVendorShaped(answer, 400);
    }

    @Test
    void anUnknownExpectationIsRefusedInTheVendorsShape() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST /testvendor/rooms/general/messages HTTP/1.1\r\n" + HOST
                + "Authorization: Bearer tv_alpha_ann_key\r\nContent-Type: application/json\r\n"
                + "Expect: 200-maybe\r\nContent-Length: 2\r\n\r\n{}");

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body()).startsWith("{\"failure\":{");
    }

    @Test
    void aWildcardContentTypeIsRefusedInTheVendorsShape() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST /testvendor/rooms/general/messages HTTP/1.1\r\n" + HOST
                + "Authorization: Bearer tv_alpha_ann_key\r\nContent-Type: */*\r\nContent-Length: 17\r\n\r\n"
                + "{\"content\":\"x\"}\r\n");

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body()).startsWith("{\"failure\":{");
    }

    private static void assertVendorShaped(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"failure\":{\"kind\":");
    }
}
