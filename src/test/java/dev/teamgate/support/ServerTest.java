package dev.teamgate.support;

import dev.teamgate.platform.clock.TeamgateClock;
import dev.teamgate.platform.reset.ResetService;
import dev.teamgate.support.contract.ContractFilter;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the full-server tests: a real server on a random port, REST Assured pointed at it, and
 * the one reset path run after each test so tests never see each other's writes.
 *
 * <p>Every full-server test shares this one application context (booting a server costs seconds;
 * CI boots it once). So the settings tests need are set here for all of them: every vendor's native
 * port is open, webhook retries are polled quickly, and the test vendor has a rate limit of five
 * calls an hour per key. A test that needs another value changes it at run time through the control
 * plane (for example {@code PUT /_admin/rate-limits/flowdock}); the one reset after each test puts it
 * back. Settings that cannot change at run time (admin token, thread pool, body limits) are tested
 * in the second context, {@link SandboxSettings}. Do not add {@code @TestPropertySource},
 * {@code @MockitoBean} or profiles to a server test: each variant boots another server.
 *
 * <p>Every vendor response REST Assured receives passes the OpenAPI contract check
 * ({@link ContractFilter}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "teamgate.testvendor.native-port=0",
        "teamgate.teamfluence.native-port=0",
        "teamgate.talktome.native-port=0",
        "teamgate.stackfield.native-port=0",
        "teamgate.commflow.native-port=0",
        "teamgate.flowdock.native-port=0",
        "teamgate.webhooks.poll-interval=20ms",
        "teamgate.testvendor.rate-limit.enabled=true",
        "teamgate.testvendor.rate-limit.capacity=5",
        "teamgate.testvendor.rate-limit.period=1h"})
public abstract class ServerTest {

    private static final ContractFilter CONTRACT = new ContractFilter();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ResetService resetService;

    @Autowired
    protected TeamgateClock clock;

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.port = port;
        RestAssured.basePath = "";
        // Every vendor response is checked against the vendor's published OpenAPI document.
        RestAssured.replaceFiltersWith(CONTRACT);
    }

    @AfterEach
    void resetState() {
        clock.reset();
        resetService.resetAll();
    }
}
