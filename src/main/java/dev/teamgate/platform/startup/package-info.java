/** The start-up banner. */
@NullMarked
package dev.teamgate.platform.startup;

import org.jspecify.annotations.NullMarked;
