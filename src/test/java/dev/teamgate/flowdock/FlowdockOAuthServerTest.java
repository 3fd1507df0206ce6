package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.SecretHasher;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flowdock's OAuth 2.0 endpoints, driven as a client library and a browser drive them. */
class FlowdockOAuthServerTest extends FlowdockServerTest {

    static final String CLIENT = "flowdock-demo-client";
    static final String SECRET = "flowdock-demo-secret";
    static final String CALLBACK = "http://localhost:3000/oauth/callback";

    @Autowired
    CredentialRepository credentials;

    static RequestSpecification browser() {
        return given().redirects().follow(false);
    }

    static Map<String, String> decode(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    static Map<String, String> query(String location) {
        return decode(URI.create(location).getRawQuery());
    }

    /** Approves as {@code user} with the consent page's form and returns the code from the redirect. */
    private String approvedCode(String user, String scope) {
        Response approved = browser().contentType(ContentType.URLENC)
                .formParam("response_type", "code").formParam("client_id", CLIENT).formParam("redirect_uri", CALLBACK)
                .formParam("scope", scope).formParam("state", "s 1&2").formParam("user", user)
                .formParam("decision", "approve")
                .post("/flowdock/oauth/authorize");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.header("Location")).startsWith(CALLBACK + "?code=");
        assertThat(query(approved.header("Location"))).containsEntry("state", "s 1&2");
        return query(approved.header("Location")).get("code");
    }

    static Response exchange(String code, String redirectUri) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("redirect_uri", redirectUri)
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token");
    }

    @Test
    void consentPageNamesTheApplicationItsScopesAndWhoApproves() {
        String page = browser().queryParam("client_id", CLIENT).queryParam("response_type", "code")
                .queryParam("redirect_uri", CALLBACK).queryParam("scope", "flow manage").queryParam("state", "<x>")
                .get("/flowdock/oauth/authorize")
                .then().statusCode(200).contentType("text/html").header("Cache-Control", "no-store")
                .extract().asString();
        assertThat(page).contains("<h1>Authorize AwesomeApp</h1>")
                .contains("in the organization <strong>Acme</strong>")
                .contains("<li><code>flow</code> Read and send messages to flows.</li>\n"
                        + "<li><code>manage</code> Manage flows, organizations and their users.</li>")
                .contains("<input type=\"hidden\" name=\"state\" value=\"&lt;x&gt;\">")
                .contains("<option value=\"2\" selected>Mike Miller (mike@example.com)</option>")
                .contains("<option value=\"9\">Joe Smith (joe@example.com)</option>");
    }

    @Test
    void authorizationCodeBecomesHashedTokensThatActForTheUserWithinTheirScopes() {
        String code = approvedCode("9", "flow offline_access");

        // Form-encoded by default, as the docs show; the refresh token comes with offline_access.
        Response answer = exchange(code, CALLBACK).then().statusCode(200)
                .contentType("application/x-www-form-urlencoded").header("Cache-Control", "no-store")
                .extract().response();
        Map<String, String> tokens = decode(answer.asString());
        assertThat(tokens.keySet()).containsExactly("access_token", "refresh_token", "expires_in", "scope", "token_type");
        assertThat(tokens).containsEntry("expires_in", "7200").containsEntry("scope", "flow,offline_access")
                .containsEntry("token_type", "bearer");
        assertThat(answer.asString()).contains("scope=flow%2Coffline_access");
        String access = tokens.get("access_token");

        // Stored as digests only.
        assertThat(credentials.findBySecretHash(SecretHasher.sha256Hex(access))).hasSize(1)
                .allSatisfy(c -> assertThat(c.getAccount().getExternalId()).isEqualTo("9"));
        assertThat(credentials.findAll()).noneMatch(c -> access.equals(c.getSecretHash()));

        given().header("Authorization", "Bearer " + access).get("/flowdock/flows/acme/my-flow")
                .then().statusCode(200).header("Flowdock-User", "9");
        given().queryParam("access_token", access).get("/flowdock/flows").then().statusCode(200)
                .header("Flowdock-User", "9");
        given().header("Authorization", "Bearer " + access).get("/flowdock/private").then().statusCode(403)
                .body(equalTo("{\"message\":\"The access token does not have the private scope\"}"));
        // The journal keeps neither the client secret, the code nor the tokens.
        String journal = given().queryParam("vendor", "flowdock").queryParam("path", "/flowdock/oauth/token")
                .get("/_admin/requests").then().statusCode(200).extract().asString();
        assertThat(journal).contains("/flowdock/oauth/token").doesNotContain(SECRET, code, access,
                tokens.get("refresh_token"));
    }

    @Test
    void accessTokensExpireOnTheTeamgateClockAndRefreshTokensRotate() {
        String code = approvedCode("2", "flow private offline_access");
        Response json = given().accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"grant_type\":\"authorization_code\",\"code\":\"" + code + "\",\"redirect_uri\":\"" + CALLBACK
                        + "\",\"client_id\":\"" + CLIENT + "\",\"client_secret\":\"" + SECRET + "\"}")
                .post("/flowdock/oauth/token").then().statusCode(200).contentType("application/json")
                .body("token_type", equalTo("bearer")).body("expires_in", equalTo(7200))
                .body("scope", equalTo("flow,private,offline_access")).extract().response();
        String access = json.path("access_token");
        String refresh = json.path("refresh_token");

        clock.advance(Duration.ofHours(2));
        given().header("Authorization", "Bearer " + access).get("/flowdock/flows").then().statusCode(401)
                .body(equalTo("{\"message\":\"Invalid access token\"}"));

        Response renewed = given().accept(ContentType.JSON).contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token").then().statusCode(200)
                .body("scope", equalTo("flow,private,offline_access")).extract().response();
        given().header("Authorization", "Bearer " + renewed.path("access_token")).get("/flowdock/flows")
                .then().statusCode(200).header("Flowdock-User", "2");

        // The used refresh token is gone.
        given().accept(ContentType.JSON).contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":"
                        + "\"The refresh token is invalid, expired or revoked\"}"));
    }

    @Test
    void aReplayedCodeIsRefusedAndRevokesTheTokensIssuedFromIt() {
        String code = approvedCode("9", "flow offline_access");
        Map<String, String> first = decode(exchange(code, CALLBACK).then().statusCode(200).extract().asString());
        given().header("Authorization", "Bearer " + first.get("access_token")).get("/flowdock/flows").then().statusCode(200);

        exchange(code, CALLBACK).then().statusCode(400).contentType("application/json")
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":"
                        + "\"The authorization code has already been used\"}"));

        given().header("Authorization", "Bearer " + first.get("access_token")).get("/flowdock/flows").then().statusCode(401);
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", first.get("refresh_token"))
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void wrongRedirectUriWrongSecretAndExpiredCodesAreRefused() {
        String code = approvedCode("9", "flow");
        exchange(code, "http://localhost:3000/elsewhere").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":"
                        + "\"redirect_uri does not match the authorization request\"}"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", CALLBACK).formParam("client_id", CLIENT).formParam("client_secret", "wrong")
                .post("/flowdock/oauth/token").then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Flowdock\"")
                .body(equalTo("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));

        clock.advance(Duration.ofMinutes(10));
        exchange(code, CALLBACK).then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":\"The authorization code has expired\"}"));
    }

    @Test
    void passwordGrantWithClientCredentialsAsBasicAuthGivesDefaultScopesAndNoRefreshToken() {
        Map<String, String> tokens = decode(given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", "joe@example.com").formParam("password", "joe-password")
                .post("/flowdock/oauth/token").then().statusCode(200).extract().asString());
        assertThat(tokens).containsEntry("scope", "flow,private").doesNotContainKey("refresh_token");
        given().header("Authorization", "Bearer " + tokens.get("access_token")).get("/flowdock/private")
                .then().statusCode(200).header("Flowdock-User", "9");
        given().header("Authorization", "Bearer " + tokens.get("access_token")).contentType(ContentType.JSON)
                .body("{\"nick\":\"J\"}").put("/flowdock/users/9").then().statusCode(403)
                .body(equalTo("{\"message\":\"The access token does not have the profile scope\"}"));

        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", "joe@example.com").formParam("password", "nope")
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid username or password\"}"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("scope", "flow everything")
                .formParam("username", "joe@example.com").formParam("password", "joe-password")
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_scope\",\"error_description\":\"Unknown scope everything\"}"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", CLIENT).formParam("client_secret", SECRET)
                .post("/flowdock/oauth/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC).formParam("client_id", CLIENT)
                .post("/flowdock/oauth/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_request\",\"error_description\":\"grant_type is required\"}"));
    }

    @Test
    void authorizationErrorsGoBackToTheAppOnlyWhenClientAndRedirectUriAreKnown() {
        browser().queryParam("client_id", "nobody").queryParam("response_type", "code")
                .get("/flowdock/oauth/authorize").then().statusCode(400).header("Location", nullValue())
                .header("WWW-Authenticate", nullValue())
                .body(equalTo("{\"error\":\"invalid_client\",\"error_description\":\"Unknown client_id nobody\"}"));
        browser().queryParam("client_id", CLIENT).queryParam("response_type", "code")
                .queryParam("redirect_uri", "https://evil.example/steal")
                .get("/flowdock/oauth/authorize").then().statusCode(400).header("Location", nullValue())
                .body("error", equalTo("invalid_request"));

        Response token = browser().queryParam("client_id", CLIENT).queryParam("response_type", "token")
                .queryParam("state", "abc").get("/flowdock/oauth/authorize");
        assertThat(token.statusCode()).isEqualTo(302);
        assertThat(query(token.header("Location"))).containsEntry("error", "unsupported_response_type")
                .containsEntry("state", "abc");
        assertThat(token.header("Location")).startsWith(CALLBACK + "?error=");

        Response scope = browser().queryParam("client_id", CLIENT).queryParam("response_type", "code")
                .queryParam("scope", "flow admin").get("/flowdock/oauth/authorize");
        assertThat(query(scope.header("Location"))).containsEntry("error", "invalid_scope");

        Response denied = browser().contentType(ContentType.URLENC).formParam("response_type", "code")
                .formParam("client_id", CLIENT).formParam("decision", "deny").post("/flowdock/oauth/authorize");
        assertThat(query(denied.header("Location"))).containsEntry("error", "access_denied");
    }

    @Test
    void anOutOfBandApplicationReadsItsCodeFromAFlowdockPage() {
        Response approved = browser().queryParam("client_id", CLIENT).queryParam("response_type", "code")
                .queryParam("redirect_uri", "urn:ietf:wg:oauth:2.0:oob").queryParam("auto_approve", "true")
                .get("/flowdock/oauth/authorize");
        assertThat(approved.statusCode()).isEqualTo(302);
        String prefix = base() + "/oauth/authorize/";
        assertThat(approved.header("Location")).startsWith(prefix);
        String code = approved.header("Location").substring(prefix.length());
        browser().get(approved.header("Location")).then().statusCode(200).contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("<pre id=\"code\">" + code + "</pre>"));
        exchange(code, "urn:ietf:wg:oauth:2.0:oob").then().statusCode(200);
    }
}
