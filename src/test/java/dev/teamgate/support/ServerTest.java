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

/**
 * Base of the full-server tests: a real server on a random port, REST Assured pointed at it, and
 * the one reset path run after each test so tests never see each other's writes. Every vendor
 * response REST Assured receives passes the OpenAPI contract check ({@link ContractFilter}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
