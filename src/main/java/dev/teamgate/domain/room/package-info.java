/** Rooms (a Flowdock flow, a Stackfield room) and their members. */
@NullMarked
package dev.teamgate.domain.room;

import org.jspecify.annotations.NullMarked;
