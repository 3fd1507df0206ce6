/** Message threads. */
@NullMarked
package dev.teamgate.domain.thread;

import org.jspecify.annotations.NullMarked;
