package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommFlowOAuthServerTest extends CommFlowServerTest {

    static final String CLIENT = "cf_client_demo";
    static final String SECRET = "cf_secret_demo";
    static final String CALLBACK = "http://localhost:3000/oauth/callback";

    private static RequestSpecification browser() {
        return given().redirects().follow(false);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(location).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String codeFrom(Response redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.header("Location");
        assertThat(location).startsWith(CALLBACK + "?code=");
        return query(location).get("code");
    }

    private static Response token(Map<String, String> form) {
        return given().contentType(ContentType.URLENC).formParams(form).post("/commflow/oauth/token");
    }

    private static Map<String, String> codeGrant(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", CALLBACK);
        form.put("client_id", CLIENT);
        form.put("client_secret", SECRET);
        return form;
    }

    @Test
    void authorizeApproveExchangeCallAndRefresh() {
        // 1. The consent page names the app, the workspace, the scopes and who may approve.
        String page = browser().queryParam("response_type", "code").queryParam("client_id", CLIENT)
                .queryParam("redirect_uri", CALLBACK).queryParam("scope", "read:tickets conversations:read")
                .queryParam("state", "xyz 1&2")
                .get("/commflow/oauth/authorize")
                .then().statusCode(200).contentType("text/html").header("Cache-Control", "no-store")
                .extract().asString();
        assertThat(page).contains("<h1>Authorize Demo Integration</h1>")
                .contains("the workspace <strong>My Workspace</strong> (live mode)")
                .contains("<li>read:tickets</li>\n<li>read:conversations</li>")
                .contains("<form method=\"post\" action=\"authorize\">")
                .contains("<input type=\"hidden\" name=\"scope\" value=\"read:tickets read:conversations\">")
                .contains("<input type=\"hidden\" name=\"state\" value=\"xyz 1&amp;2\">")
                .contains("<option value=\"user_123\" selected>Developer (developer@company.com)</option>")
                .contains("<option value=\"user_124\">Alex Agent (alex@company.com)</option>");

        // 2. Approving as Alex sends the browser back with a code and the state.
        Response approved = browser().contentType(ContentType.URLENC)
                .formParam("response_type", "code").formParam("client_id", CLIENT).formParam("redirect_uri", CALLBACK)
                .formParam("scope", "read:tickets read:conversations").formParam("state", "xyz 1&2")
                .formParam("user", "user_124").formParam("decision", "approve")
                .post("/commflow/oauth/authorize");
        String code = codeFrom(approved);
        assertThat(code).matches("[A-Za-z0-9]{40}");
        assertThat(query(approved.header("Location"))).containsEntry("state", "xyz 1&2");

        // 3. The code becomes an access token and a refresh token.
        Response tokens = token(codeGrant(code)).then().statusCode(200)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("scope", equalTo("read:tickets read:conversations"))
                .body("access_token", startsWith("cf_at_"))
                .body("refresh_token", startsWith("cf_rt_"))
                .extract().response();
        String access = tokens.path("access_token");
        String refresh = tokens.path("refresh_token");

        // 4. The token acts for Alex, within its scopes, under the workspace's rate limit.
        as(access).get("/commflow/v1/me").then().statusCode(200)
                .header("X-RateLimit-Limit", "300")
                .body(equalTo("{\"id\":\"user_124\",\"email\":\"alex@company.com\",\"name\":\"Alex Agent\","
                        + "\"workspace\":{\"id\":\"ws_456\",\"name\":\"My Workspace\"}}"));
        as(access).get("/commflow/v1/tickets").then().statusCode(200).body("meta.total_count", equalTo(3));
        as(access).get("/commflow/v1/contacts").then().statusCode(403)
                .body("error.message", equalTo("This credential does not have the 'read:contacts' scope required for this request."));
        asJson(access, "{\"subject\":\"x\"}").post("/commflow/v1/tickets").then().statusCode(403);

        // 6. After an hour the access token has expired; the refresh token (sent with HTTP Basic) gets new ones.
        clock.advance(Duration.ofHours(1));
        as(access).get("/commflow/v1/me").then().statusCode(401)
                .body(equalTo(error("authentication_error", "access_token_expired",
                        "This access token has expired. Use the refresh token to get a new one.", null)));
        Response renewed = given().auth().preemptive().basic(CLIENT, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/commflow/oauth/token").then().statusCode(200)
                .body("scope", equalTo("read:tickets read:conversations")).extract().response();
        as(renewed.path("access_token")).get("/commflow/v1/me").then().statusCode(200).body("id", equalTo("user_124"));

        // 7. Refresh tokens rotate: the old one is spent.
        given().auth().preemptive().basic(CLIENT, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .post("/commflow/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));

        // 8. A code works once, and replaying it revokes every token issued from it (RFC 6749 section
        //    4.1.2), the refreshed ones included.
        String renewedAccess = renewed.path("access_token");
        String renewedRefresh = renewed.path("refresh_token");
        token(codeGrant(code)).then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":\"The authorization code has already been used.\"}"));
        as(renewedAccess).get("/commflow/v1/me").then().statusCode(401)
                .body("error.code", equalTo("access_token_revoked"));
        given().auth().preemptive().basic(CLIENT, SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", renewedRefresh)
                .post("/commflow/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void autoApproveRedirectsAtOnceAsTheAppsUser() {
        String code = codeFrom(browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + CALLBACK + "&state=s1&auto_approve=true"));
        String access = token(codeGrant(code)).then().statusCode(200)
                .body("scope", equalTo("read:conversations write:conversations read:contacts write:contacts "
                        + "read:tickets write:tickets read:webhooks write:webhooks read:users write:users "
                        + "read:files write:files"))
                .extract().path("access_token");
        as(access).get("/commflow/v1/me").then().body("id", equalTo("user_123"));
        asJson(access, "{\"subject\":\"From OAuth\"}").post("/commflow/v1/tickets").then().statusCode(201);
    }

    @Test
    void withOneRegisteredRedirectUriItMayBeLeftOutAndThenMustBeLeftOutAtTheTokenEndpointToo() {
        Response redirect = browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&auto_approve=true");
        String code = codeFrom(redirect);
        assertThat(redirect.header("Location")).doesNotContain("state=");
        Map<String, String> form = codeGrant(code);
        form.remove("redirect_uri");
        token(form).then().statusCode(200);
    }

    @Test
    void problemsWithClientOrRedirectUriAreShownNotRedirected() {
        browser().get("/commflow/oauth/authorize?response_type=code&client_id=nope&redirect_uri=" + CALLBACK)
                .then().statusCode(400).body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "No OAuth app has the client_id 'nope'.", "client_id")));
        browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=https://evil.example/cb").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'redirect_uri' is not registered for this app.", "redirect_uri")));
        browser().get("/commflow/oauth/authorize?response_type=code").then().statusCode(400)
                .body("error.param", equalTo("client_id"));
    }

    @Test
    void otherProblemsGoBackToTheAppAsErrors() {
        String base = "/commflow/oauth/authorize?client_id=" + CLIENT + "&redirect_uri=" + CALLBACK + "&state=s2";
        browser().get(base).then().statusCode(302)
                .header("Location", CALLBACK + "?error=invalid_request&error_description=response_type+is+required.&state=s2");
        browser().get(base + "&response_type=token").then().statusCode(302)
                .header("Location", CALLBACK + "?error=unsupported_response_type"
                        + "&error_description=Only+response_type%3Dcode+is+supported.&state=s2");
        browser().get(base + "&response_type=code&scope=admin:everything").then().statusCode(302)
                .header("Location", containsString("?error=invalid_scope&error_description=Unknown+scope+%27admin%3Aeverything%27."));
        browser().contentType(ContentType.URLENC).formParam("response_type", "code").formParam("client_id", CLIENT)
                .formParam("redirect_uri", CALLBACK).formParam("state", "s3").formParam("decision", "deny")
                .post("/commflow/oauth/authorize").then().statusCode(302)
                .header("Location", CALLBACK + "?error=access_denied&error_description=The+user+denied+the+request.&state=s3");
        browser().get(base + "&response_type=code&auto_approve=true&user=user_999").then().statusCode(400)
                .body("error.param", equalTo("user"));
    }

    @Test
    void theTokenEndpointAnswersInTheOAuthShape() {
        String code = codeFrom(browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + CALLBACK + "&auto_approve=true"));
        Map<String, String> wrongSecret = codeGrant(code);
        wrongSecret.put("client_secret", "guess");
        token(wrongSecret).then().statusCode(401).header("WWW-Authenticate", "Basic realm=\"CommFlow\"")
                .body(equalTo("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"}"));
        Map<String, String> otherRedirect = codeGrant(code);
        otherRedirect.put("redirect_uri", "http://localhost:3000/other");
        token(otherRedirect).then().statusCode(400).body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("redirect_uri does not match the authorization request."));
        Map<String, String> password = codeGrant(code);
        password.put("grant_type", "password");
        token(password).then().statusCode(400).body(equalTo("{\"error\":\"unsupported_grant_type\","
                + "\"error_description\":\"grant_type must be authorization_code or refresh_token.\"}"));
        Map<String, String> noGrant = codeGrant(code);
        noGrant.remove("grant_type");
        token(noGrant).then().statusCode(400).body("error", equalTo("invalid_request"));
        Map<String, String> unknownCode = codeGrant("not-a-code");
        token(unknownCode).then().statusCode(400).body("error", equalTo("invalid_grant"));
        // None of the failures spent the code; JSON bodies are accepted too.
        given().contentType(ContentType.JSON).body("{\"grant_type\":\"authorization_code\",\"code\":\"" + code
                        + "\",\"redirect_uri\":\"" + CALLBACK + "\",\"client_id\":\"" + CLIENT + "\",\"client_secret\":\"" + SECRET + "\"}")
                .post("/commflow/oauth/token").then().statusCode(200).body("token_type", equalTo("Bearer"));
    }

    @Test
    void codesExpireAfterTenMinutes() {
        String code = codeFrom(browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + CALLBACK + "&auto_approve=true"));
        clock.advance(Duration.ofMinutes(10));
        token(codeGrant(code)).then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":\"The authorization code has expired.\"}"));
    }

    @Test
    void pkceIsCheckedWhenTheAppUsedIt() throws Exception {
        String verifier = "a-long-random-verifier-of-at-least-forty-three-characters-1234";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String code = codeFrom(browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + CALLBACK + "&auto_approve=true&code_challenge=" + challenge
                + "&code_challenge_method=S256"));
        token(codeGrant(code)).then().statusCode(400)
                .body("error_description", equalTo("code_verifier is required for this authorization code."));
        Map<String, String> wrong = codeGrant(code);
        wrong.put("code_verifier", "something-else");
        token(wrong).then().statusCode(400).body("error", equalTo("invalid_grant"));
        Map<String, String> right = codeGrant(code);
        right.put("code_verifier", verifier);
        token(right).then().statusCode(200);
    }

    @Test
    void refreshingCanNarrowButNotWidenTheScope() {
        String code = codeFrom(browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + CALLBACK + "&auto_approve=true&scope=tickets:read,tickets:write"));
        String refresh = token(codeGrant(code)).then().statusCode(200)
                .body("scope", equalTo("read:tickets write:tickets")).extract().path("refresh_token");
        Map<String, String> wider = new LinkedHashMap<>(Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", CLIENT, "client_secret", SECRET, "scope", "read:contacts"));
        token(wider).then().statusCode(400).body("error", equalTo("invalid_scope"));
        Map<String, String> narrower = new LinkedHashMap<>(wider);
        narrower.put("scope", "read:tickets");
        String access = token(narrower).then().statusCode(200).body("scope", equalTo("read:tickets"))
                .extract().path("access_token");
        asJson(access, "{\"subject\":\"x\"}").post("/commflow/v1/tickets").then().statusCode(403);
    }

    @Test
    void appsRegisteredThroughTheControlPlaneWorkAndTheirRemovalRevokesTheirTokens() {
        Response created = given().contentType(ContentType.JSON).body("""
                {"workspace":"ws_456","mode":"test","name":"Test-mode robot","redirectUris":["https://robot.example/cb"],
                 "scopes":["tickets:read"],"autoApprove":true}""")
                .post("/_admin/commflow/oauth-apps").then().statusCode(201)
                .body("workspace", equalTo("my-workspace-test"))
                .body("workspaceId", equalTo("ws_456"))
                .body("mode", equalTo("test"))
                .body("scopes", org.hamcrest.Matchers.contains("read:tickets"))
                .body("autoApprove", equalTo(true))
                .body("clientId", startsWith("cf_client_"))
                .body("clientSecret", startsWith("cf_secret_"))
                .extract().response();
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        given().get("/_admin/commflow/oauth-apps/" + clientId).then().statusCode(200)
                .body("name", equalTo("Test-mode robot"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("clientSecret")));
        given().get("/_admin/commflow/oauth-apps").then().statusCode(200).body("count", equalTo(2))
                .body("apps.clientId", org.hamcrest.Matchers.contains(CLIENT, clientId));

        // The app auto-approves; its tokens are test-mode tokens.
        Response redirect = browser().get("/commflow/oauth/authorize?response_type=code&client_id=" + clientId);
        String code = query(redirect.header("Location")).get("code");
        String access = token(Map.of("grant_type", "authorization_code", "code", code, "client_id", clientId,
                "client_secret", secret)).then().statusCode(200).extract().path("access_token");
        as(access).get("/commflow/v1/tickets").then().statusCode(200).body("data.subject", org.hamcrest.Matchers.contains("Test ticket"));

        given().delete("/_admin/commflow/oauth-apps/" + clientId).then().statusCode(204);
        as(access).get("/commflow/v1/tickets").then().statusCode(401).body("error.code", equalTo("access_token_revoked"));
        given().get("/_admin/commflow/oauth-apps/" + clientId).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badControlPlaneInputIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"redirectUris\":[\"https://a.example/cb\"]}")
                .post("/_admin/commflow/oauth-apps").then().statusCode(400).contentType("application/problem+json")
                .body("param", equalTo("workspace"));
        given().contentType(ContentType.JSON).body("{\"workspace\":\"ws_nope\",\"name\":\"x\",\"redirectUris\":[\"https://a.example/cb\"]}")
                .post("/_admin/commflow/oauth-apps").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"workspace\":\"my-workspace\",\"name\":\"x\",\"redirectUris\":[\"not a uri\"]}")
                .post("/_admin/commflow/oauth-apps").then().statusCode(400).body("param", equalTo("redirectUris"));
        given().contentType(ContentType.JSON).body("{\"workspace\":\"my-workspace\",\"name\":\"x\",\"redirectUris\":[\"https://a.example/cb\"],"
                        + "\"scopes\":[\"root\"]}")
                .post("/_admin/commflow/oauth-apps").then().statusCode(400).body("param", equalTo("scopes"));
        given().contentType(ContentType.JSON).body("{\"workspace\":\"my-workspace\",\"name\":\"x\",\"redirectUris\":[\"https://a.example/cb\"],"
                        + "\"clientId\":\"" + CLIENT + "\"}")
                .post("/_admin/commflow/oauth-apps").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"workspace\":").post("/_admin/commflow/oauth-apps")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"workspace\":\"my-workspace\",\"name\":\"x\",\"redirectUris\":\"https://a.example/cb\"}")
                .post("/_admin/commflow/oauth-apps").then().statusCode(400).contentType("application/problem+json");
        given().delete("/_admin/commflow/oauth-apps/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/_admin/commflow/oauth-apps").then().body("count", equalTo(1));
    }
}
