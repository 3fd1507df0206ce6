/** Teamgate's own Micrometer meters. */
@NullMarked
package dev.teamgate.platform.metrics;

import org.jspecify.annotations.NullMarked;
