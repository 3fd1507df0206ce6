/** Deadlines for slow request bodies. */
@NullMarked
package dev.teamgate.platform.slowclient;

import org.jspecify.annotations.NullMarked;
