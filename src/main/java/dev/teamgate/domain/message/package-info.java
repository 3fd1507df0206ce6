/** Messages and their per-room sequence. */
@NullMarked
package dev.teamgate.domain.message;

import org.jspecify.annotations.NullMarked;
