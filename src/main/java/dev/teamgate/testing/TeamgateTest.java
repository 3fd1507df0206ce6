package dev.teamgate.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against Teamgate: one server per test run (shared by every class
 * with the same settings, stopped when the run ends), a clean state before each test, and a
 * {@link Teamgate} handle for any test or lifecycle method that declares one as a parameter.
 *
 * <pre>{@code
 * @TeamgateTest
 * class MyTest {
 *     @Test void posts(Teamgate teamgate) { ... teamgate.baseUrl(Vendor.FLOWDOCK) ... }
 * }
 * }</pre>
 *
 * <p>By default Teamgate runs inside the test JVM (docs/testing.md lists what that puts on the class
 * path); {@link #jar()} or {@link #image()} start it apart instead. The system properties
 * {@code teamgate.test.jar} and {@code teamgate.test.image} do the same for every class whose
 * annotation names neither.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TeamgateExtension.class)
public @interface TeamgateTest {

    /**
     * false (default): reset everything to the seed before each test; tests see the seeded
     * workspaces. true: no reset; each test gets, per vendor it asks for, a fresh copy of the seeded
     * workspace with new ids and secrets, deleted after the test, so test classes may run in parallel.
     */
    boolean workspacePerTest() default false;

    /** An executable jar to run as a separate process instead of in-process (e.g. {@code target/teamgate-0.1.0-SNAPSHOT-exec.jar}). */
    String jar() default "";

    /** A Docker image to run with Testcontainers instead of in-process (needs {@code org.testcontainers:testcontainers}). */
    String image() default "";

    /** Extra settings, {@code name=value} (e.g. {@code teamgate.admin.token=secret}). */
    String[] properties() default {};

    /** The admin token to send, when {@link #properties()} sets {@code teamgate.admin.token}. */
    String adminToken() default "";
}
