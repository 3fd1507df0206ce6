/** The seed fixtures and seeding on start-up. */
@NullMarked
package dev.teamgate.platform.seed;

import org.jspecify.annotations.NullMarked;
