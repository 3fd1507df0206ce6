/**
 * Teamgate from a test: {@link dev.teamgate.testing.TeamgateTest @TeamgateTest} (JUnit 5), the
 * typed control-plane client {@link dev.teamgate.testing.TeamgateAdmin}, and
 * {@link dev.teamgate.testing.TeamgateContainer} (Testcontainers). Everything here talks to Teamgate
 * over HTTP only, exactly as a test in another JVM would; it imports no domain, platform, admin or
 * vendor code ({@code ModularityTests} checks this), so the same client works against an in-process
 * server, a separate jar or a container. JUnit and Testcontainers are optional dependencies of the
 * artifact: bring your own.
 */
@NullMarked
package dev.teamgate.testing;

import org.jspecify.annotations.NullMarked;
