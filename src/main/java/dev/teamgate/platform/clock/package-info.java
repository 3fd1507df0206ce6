/** The one freezable, movable clock. */
@NullMarked
package dev.teamgate.platform.clock;

import org.jspecify.annotations.NullMarked;
