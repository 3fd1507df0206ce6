package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One contact per email per workspace: parallel creates, explicit duplicates, and email changes. */
class CommFlowContactUniquenessServerTest extends CommFlowServerTest {

    @Test
    void parallelCreatesNamingTheSameNewEmailMakeOneContact() throws Exception {
        int parallel = 6;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String subject = "Parallel " + i;
                // Mixed case: the same address for CommFlow.
                String email = i % 2 == 0 ? "race@new.example" : "Race@New.Example";
                calls.add(() -> asJson(LIVE, "{\"subject\":\"" + subject + "\",\"contact\":{\"email\":\"" + email
                        + "\",\"name\":\"Racer\"}}").post("/commflow/v1/tickets")
                        .then().statusCode(201).extract().path("data.contact.id"));
            }
            List<String> contactIds = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                contactIds.add(result.get());
            }
            assertThat(contactIds).hasSize(parallel).containsOnly(contactIds.get(0));
        } finally {
            pool.shutdownNow();
        }
        as(LIVE).queryParam("email", "race@new.example").get("/commflow/v1/contacts")
                .then().statusCode(200).body("meta.total_count", equalTo(1));
    }

    @Test
    void creatingAContactWithAnEmailThatExistsIsA422NamingTheContact() {
        String first = asJson(LIVE, "{\"email\":\"twice@new.example\"}").post("/commflow/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
        asJson(LIVE, "{\"email\":\"TWICE@new.example\",\"name\":\"Again\"}").post("/commflow/v1/contacts")
                .then().statusCode(422).body(equalTo(error("invalid_request_error", "contact_exists",
                        "A contact with the email 'TWICE@new.example' already exists: " + first + ".", "email")));
        as(LIVE).queryParam("email", "twice@new.example").get("/commflow/v1/contacts")
                .then().body("meta.total_count", equalTo(1));
    }

    @Test
    void changingAnEmailToOneThatExistsIsA422AndKeepingItsOwnIsFine() {
        String a = asJson(LIVE, "{\"email\":\"a@new.example\"}").post("/commflow/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
        asJson(LIVE, "{\"email\":\"b@new.example\"}").post("/commflow/v1/contacts").then().statusCode(201);
        asJson(LIVE, "{\"email\":\"B@new.example\"}").patch("/commflow/v1/contacts/" + a)
                .then().statusCode(422).body("error.code", equalTo("contact_exists"));
        asJson(LIVE, "{\"email\":\"A@new.example\",\"name\":\"Same me\"}").patch("/commflow/v1/contacts/" + a)
                .then().statusCode(200).body("data.email", equalTo("A@new.example"));
    }
}
