/** Tickets. */
@NullMarked
package dev.teamgate.domain.ticket;

import org.jspecify.annotations.NullMarked;
