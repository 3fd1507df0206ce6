package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pagination at its edges, on a workspace of 51 contacts loaded through the control plane. */
class CommFlowPagingServerTest extends CommFlowServerTest {

    static final String KEY = "sk_live_paging_key";

    @BeforeEach
    void loadFiftyOneContacts() {
        List<String> contacts = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            contacts.add("""
                    {"externalId":"contact_p%02d","name":"Person %02d","email":"p%02d@bulk.example","createdAt":"%s"}"""
                    .formatted(i, i, i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i)));
        }
        String fixture = """
                {"workspaces":[{"vendor":"commflow","slug":"paging","externalId":"ws_paging","name":"Paging","plan":"business",
                  "accounts":[{"slug":"owner","externalId":"user_p","name":"Owner","role":"OWNER"}],
                  "credentials":[{"kind":"API_KEY","account":"owner","secret":"%s"}],
                  "contacts":[%s]}]}""".formatted(KEY, String.join(",", contacts));
        given().contentType(ContentType.JSON).body(fixture).post("/_admin/fixtures").then().statusCode(201);
    }

    @Test
    void theFirstPageHasNoPrevAndLinksToTheNextAndLast() {
        as(KEY).get("/commflow/v1/contacts").then().statusCode(200)
                .body("data", hasSize(25))
                .body("data[0].id", equalTo("contact_p51"))
                .body("data[24].id", equalTo("contact_p27"))
                .body("meta.current_page", equalTo(1))
                .body("meta.per_page", equalTo(25))
                .body("meta.total_pages", equalTo(3))
                .body("meta.total_count", equalTo(51))
                .body("links.first", equalTo("/commflow/v1/contacts?page=1"))
                .body("links.prev", equalTo(null))
                .body("links.next", equalTo("/commflow/v1/contacts?page=2"))
                .body("links.last", equalTo("/commflow/v1/contacts?page=3"));
    }

    @Test
    void aMiddlePageLinksBothWays() {
        as(KEY).get("/commflow/v1/contacts?page=2").then()
                .body("data[0].id", equalTo("contact_p26"))
                .body("data[24].id", equalTo("contact_p02"))
                .body("links.prev", equalTo("/commflow/v1/contacts?page=1"))
                .body("links.next", equalTo("/commflow/v1/contacts?page=3"));
    }

    @Test
    void theLastPageHasTheRestAndNoNext() {
        as(KEY).get("/commflow/v1/contacts?page=3").then()
                .body("data.id", contains("contact_p01"))
                .body("meta.current_page", equalTo(3))
                .body("links.prev", equalTo("/commflow/v1/contacts?page=2"))
                .body("links.next", equalTo(null));
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndPointsBackToTheLast() {
        as(KEY).get("/commflow/v1/contacts?page=9").then().statusCode(200)
                .body("data", emptyIterable())
                .body("meta.current_page", equalTo(9))
                .body("meta.total_count", equalTo(51))
                .body("links.prev", equalTo("/commflow/v1/contacts?page=3"))
                .body("links.next", equalTo(null))
                .body("links.last", equalTo("/commflow/v1/contacts?page=3"));
    }

    @Test
    void perPageUpToOneHundredAndLinksKeepItAndTheFilters() {
        as(KEY).get("/commflow/v1/contacts?per_page=100").then()
                .body("data", hasSize(51)).body("meta.total_pages", equalTo(1)).body("links.next", equalTo(null))
                .body("links.last", equalTo("/commflow/v1/contacts?page=1&per_page=100"));
        as(KEY).get("/commflow/v1/contacts?sort=email&email=p1*&per_page=4&page=2").then()
                .body("data.id", contains("contact_p14", "contact_p15", "contact_p16", "contact_p17"))
                .body("meta.total_count", equalTo(10))
                .body("meta.total_pages", equalTo(3))
                .body("links.first", equalTo("/commflow/v1/contacts?page=1&per_page=4&sort=email&email=p1*"))
                .body("links.prev", equalTo("/commflow/v1/contacts?page=1&per_page=4&sort=email&email=p1*"))
                .body("links.next", equalTo("/commflow/v1/contacts?page=3&per_page=4&sort=email&email=p1*"))
                .body("links.last", equalTo("/commflow/v1/contacts?page=3&per_page=4&sort=email&email=p1*"));
        // Both words must match: "0" is in Person 01 to 09 and in the tens (p10, p20, …).
        as(KEY).queryParam("q", "person 0").get("/commflow/v1/contacts").then()
                .body("meta.total_count", equalTo(14))
                .body("links.first", equalTo("/commflow/v1/contacts?page=1&q=person+0"));
    }

    @Test
    void pagesNeverOverlapEvenWhenTheSortKeyTies() {
        // Every contact has the same company (none), so the id decides the order inside the tie.
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            seen.addAll(as(KEY).get("/commflow/v1/contacts?sort=updated_at&per_page=10&page=" + page)
                    .then().extract().path("data.id"));
        }
        org.assertj.core.api.Assertions.assertThat(seen).hasSize(51).doesNotHaveDuplicates();
    }

    @Test
    void badPagingParametersAre400s() {
        as(KEY).get("/commflow/v1/contacts?per_page=101").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'per_page' parameter must be a whole number from 1 to 100.", "per_page")));
        as(KEY).get("/commflow/v1/contacts?per_page=0").then().statusCode(400).body("error.param", equalTo("per_page"));
        as(KEY).get("/commflow/v1/contacts?page=0").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'page' parameter must be a whole number of at least 1.", "page")));
        as(KEY).get("/commflow/v1/contacts?page=-1").then().statusCode(400).body("error.param", equalTo("page"));
        as(KEY).get("/commflow/v1/contacts?page=two").then().statusCode(400).body("error.param", equalTo("page"));
        as(KEY).get("/commflow/v1/contacts?page=99999999999999999999").then().statusCode(400).body("error.param", equalTo("page"));
        as(KEY).get("/commflow/v1/contacts?per_page=2.5").then().statusCode(400).body("error.param", equalTo("per_page"));
        // Empty values are the defaults.
        as(KEY).get("/commflow/v1/contacts?page=&per_page=&sort=&q=").then().statusCode(200).body("meta.per_page", equalTo(25));
    }

    @Test
    void aPageBeyondWhatAnyListCanHoldIsA400NotA500() {
        as(KEY).get("/commflow/v1/contacts?page=21474837&per_page=100").then().statusCode(200)
                .body("data", emptyIterable()).body("links.prev", equalTo("/commflow/v1/contacts?page=1&per_page=100"));
        as(KEY).get("/commflow/v1/contacts?page=2147483647&per_page=100").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'page' parameter is too large for per_page=100.", "page")));
        as(KEY).get("/commflow/v1/conversations/conv_123/messages?page=2147483647").then().statusCode(400);
    }
}
