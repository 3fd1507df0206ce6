/** Rate limiting with bucket4j on the Teamgate clock, in memory or shared through PostgreSQL. */
@NullMarked
package dev.teamgate.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
