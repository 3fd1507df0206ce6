package dev.teamgate.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The second (and last) full-server context: a locked-down shared sandbox with the settings that
 * cannot change at run time, all set small so their limits are reached quickly. Put it on a
 * {@link ServerTest} subclass; every class that carries it shares one server. It has a database of
 * its own, so its seed is not the default context's.
 *
 * <p>Control-plane calls need {@link #ADMIN} here. The generic body limit is 3 KB so that the
 * Stackfield body limit (2 KB) is reached first on Stackfield paths.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:teamgate-sandbox;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256",
        "teamgate.admin.token=" + SandboxSettings.TOKEN,
        "teamgate.http.max-body-size=3KB",
        "management.endpoints.web.exposure.include=health,prometheus",
        // slow clients: four workers, and a body must arrive within 1 s plus 1 s per MB
        "server.tomcat.threads.max=4",
        "server.tomcat.threads.min-spare=4",
        "teamgate.http.body-timeout=1s",
        "teamgate.http.body-min-rate=1MB",
        // idle streams hold no connection: a pool smaller than the number of streams
        "spring.datasource.hikari.maximum-pool-size=10",
        "spring.datasource.hikari.connection-timeout=3000",
        // webhook retries: three attempts, 10 s then 30 s apart
        "teamgate.webhooks.max-attempts=3",
        "teamgate.webhooks.initial-delay=10s",
        "teamgate.webhooks.multiplier=3",
        // Stackfield's knobs, small
        "teamgate.stackfield.files.max-file-size=1KB",
        "teamgate.stackfield.files.organization-storage=1536B",
        "teamgate.stackfield.files.directory=${java.io.tmpdir}/teamgate-tests/stackfield-limits",
        "teamgate.stackfield.files.blocked-extensions=sh",
        "teamgate.stackfield.max-body-size=2KB",
        "teamgate.stackfield.max-users-per-request=3",
        "teamgate.stackfield.rate-limit.enabled=false",
        "teamgate.stackfield.double-request-window=0s",
        // talk-to-me in Berlin, with a day of tolerance and the secret accepted as a key
        "teamgate.talktome.zone=Europe/Berlin",
        "teamgate.talktome.key-zones=Europe/Berlin",
        "teamgate.talktome.tolerance-days=1",
        "teamgate.talktome.accept-secret-as-key=true"})
public @interface SandboxSettings {

    String TOKEN = "let-me-in";

    /** The control plane's Authorization header in this context. */
    String ADMIN = "Bearer " + TOKEN;
}
