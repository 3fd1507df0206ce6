package dev.teamgate.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** One authenticated call per vendor with a plain HttpClient, as an application under test would make. */
final class VendorCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private VendorCalls() {
    }

    static HttpResponse<String> flowdockFlows(Teamgate teamgate) {
        String token = teamgate.workspace(Vendor.FLOWDOCK).credential("API_KEY").secret();
        return send(HttpRequest.newBuilder(URI.create(teamgate.baseUrl(Vendor.FLOWDOCK) + "/flows"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((token + ":x").getBytes(StandardCharsets.UTF_8))));
    }

    static HttpResponse<String> commflowMe(Teamgate teamgate) {
        return send(HttpRequest.newBuilder(URI.create(teamgate.baseUrl(Vendor.COMMFLOW) + "/v1/me"))
                .header("Authorization", "Bearer " + teamgate.workspace(Vendor.COMMFLOW).secret()));
    }

    static HttpResponse<String> teamfluencePosts(Teamgate teamgate) {
        Credential key = teamgate.workspace(Vendor.TEAMFLUENCE).credential();
        return send(HttpRequest.newBuilder(URI.create(teamgate.baseUrl(Vendor.TEAMFLUENCE) + "/external/" + key.get("profileId")
                + "/posts")).header("Authorization", "Bearer " + key.secret()));
    }

    static HttpResponse<String> stackfieldChat(Teamgate teamgate, String title) {
        String hook = teamgate.workspace(Vendor.STACKFIELD).credential(c -> "chat".equals(c.binding()), "chat").secret();
        return send(HttpRequest.newBuilder(URI.create(teamgate.baseUrl(Vendor.STACKFIELD) + "/apiwh/" + hook))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Title\":\"" + title + "\"}")));
    }

    static HttpResponse<String> talkToMeIsAccount(Teamgate teamgate, String email) {
        Credential company = teamgate.workspace(Vendor.TALKTOME).credential();
        return send(HttpRequest.newBuilder(URI.create(teamgate.baseUrl(Vendor.TALKTOME) + "/api/is-account?companyId="
                + company.get("companyId") + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&key=" + company.get("todayKey"))));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
