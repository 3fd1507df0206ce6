/** The control plane at {@code /_admin}: reset, fixtures, journal, credentials, faults, clock, rate limits, webhook deliveries and the dashboard; RFC 9457 problem errors. */
@NullMarked
package dev.teamgate.admin;

import org.jspecify.annotations.NullMarked;
