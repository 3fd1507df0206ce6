package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With the cache off (several instances on one database) every GET and every authentication is computed. */
@TestPropertySource(properties = "teamgate.read-cache.enabled=false")
class ReadCacheDisabledServerTest extends ServerTest {

    @Autowired
    MeterRegistry registry;

    @Autowired
    DataSource dataSource;

    @Test
    void noAnswerIsKeptAndTheDataSourceIsNotWrapped() {
        given().header("Authorization", "Bearer tv_alpha_ann_key").get("/testvendor/me").then().statusCode(200);
        given().header("Authorization", "Bearer tv_alpha_ann_key").get("/testvendor/me").then().statusCode(200);
        assertThat(registry.counter("teamgate.read.cache", "result", "kept").count()).isZero();
        assertThat(registry.counter("teamgate.read.cache", "result", "hit").count()).isZero();
        assertThat(registry.counter("teamgate.auth.cache", "result", "kept").count()).isZero();
        assertThat(registry.counter("teamgate.auth.cache", "result", "hit").count()).isZero();
        assertThat(dataSource).isNotInstanceOf(ProxyDataSource.class);
    }
}
