package dev.teamgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The postgres profile against a real PostgreSQL server: the same Flyway migrations apply, and two
 * instances sharing one database see each other's writes. {@code .ci/run} installs and starts a
 * server and sets TEAMGATE_TEST_POSTGRES_URL; without it these tests are skipped, saying why.
 */
class PostgresProfileIT {

    static final String URL = System.getenv("TEAMGATE_TEST_POSTGRES_URL");
    static final String USER = System.getenv().getOrDefault("TEAMGATE_TEST_POSTGRES_USER", "teamgate");
    static final String PASSWORD = System.getenv().getOrDefault("TEAMGATE_TEST_POSTGRES_PASSWORD", "teamgate");

    // Two instances are started once for the class (each start costs 10-30 s of CI time); the
    // tests use data of their own and put back what they change.
    static TeamgateProcess first;
    static TeamgateProcess second;

    @BeforeAll
    static void twoInstancesOnAnEmptyDatabase() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "PostgreSQL profile tests skipped: no server configured. Set TEAMGATE_TEST_POSTGRES_URL "
                        + "(and _USER/_PASSWORD) to a database these tests may wipe; .ci/run starts one.");
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
        String[] postgres = {"--spring.profiles.active=postgres",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD};
        Path log = Files.createTempFile("teamgate-postgres-it", ".log");
        first = TeamgateProcess.start(log, postgres);
        second = TeamgateProcess.start(log, postgres);
    }

    /** Each instance's own state (its rate-limit policies, say) and the shared database back to the seed. */
    @AfterEach
    void resetBoth() throws Exception {
        assertThat(first.postJson("/_admin/reset", "").statusCode()).isEqualTo(200);
        assertThat(second.postJson("/_admin/reset", "").statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (TeamgateProcess instance : new TeamgateProcess[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void twoInstancesShareOneDatabase() throws Exception {
        String seeded = first.get("/_admin/fixtures").body();

        int status = first.postJson("/_admin/fixtures", "{\"workspaces\":[{\"vendor\":\"itvendor\",\"slug\":\"shared\","
                + "\"name\":\"Shared\",\"accounts\":[{\"slug\":\"a\",\"name\":\"A\"}],"
                + "\"rooms\":[{\"slug\":\"r\",\"kind\":\"channel\",\"name\":\"R\",\"messages\":[{\"event\":\"message\","
                + "\"content\":\"written through the first instance\"}]}]}]}").statusCode();
        assertThat(status).isEqualTo(201);

        String seenBySecond = second.get("/_admin/fixtures?workspace=itvendor/shared").body();
        assertThat(seenBySecond).contains("written through the first instance");

        // The second instance found a migrated, seeded database and did not seed it again.
        assertThat(second.postJson("/_admin/reset?workspace=itvendor/shared", "").statusCode()).isEqualTo(200);
        assertThat(first.get("/_admin/fixtures").body()).isEqualTo(seeded);
    }

    @Test
    void aRateLimitHoldsAcrossInstances() throws Exception {
        String policy = "{\"enabled\":true,\"capacity\":3,\"period\":\"PT1H\"}";
        for (TeamgateProcess instance : new TeamgateProcess[] {first, second}) {
            assertThat(instance.putJson("/_admin/rate-limits/teamfluence", policy).statusCode()).isEqualTo(200);
        }
        String posts = "/teamfluence/external/2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b/posts";
        String key = "Bearer tfk_growth_steven_owner_key";
        assertThat(first.get(posts, key).statusCode()).isEqualTo(200);
        assertThat(second.get(posts, key).statusCode()).isEqualTo(200);
        assertThat(first.get(posts, key).statusCode()).isEqualTo(200);
        // the fourth call, on either instance, finds the shared bucket empty
        assertThat(second.get(posts, key).statusCode()).isEqualTo(429);
        assertThat(first.get(posts, key).statusCode()).isEqualTo(429);
    }

    @Test
    void bulkMessagesAndPagesOnPostgresAndNoInstanceAnswersFromAStaleCache() throws Exception {
        String mike = "Basic " + Base64.getEncoder().encodeToString("deadbeefdeadbeef:".getBytes(StandardCharsets.UTF_8));
        String page = "/flowdock/flows/acme/my-flow/messages?limit=30";
        HttpResponse<String> bulk = first.postJson("/_admin/flowdock/flows/acme/my-flow/messages/bulk",
                "{\"count\":2000,\"content\":\"bulk line\"}");
        assertThat(bulk.statusCode()).isEqualTo(201);
        Matcher lastId = Pattern.compile("\"lastId\":(\\d+)").matcher(bulk.body());
        assertThat(lastId.find()).isTrue();

        // The newest page, read through the other instance, ends with the last bulk message.
        HttpResponse<String> newest = second.get(page, mike);
        assertThat(newest.statusCode()).isEqualTo(200);
        assertThat(newest.body()).contains("\"id\":" + lastId.group(1)).contains("bulk line ");

        // A write through the first instance is seen by the second at once: no instance answers
        // from a copy of its own.
        assertThat(first.postJson("/_admin/flowdock/flows/acme/my-flow/messages/bulk",
                "{\"count\":1,\"content\":\"one more\"}").statusCode()).isEqualTo(201);
        assertThat(second.get(page, mike).body()).contains("one more");
    }
}
