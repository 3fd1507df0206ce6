/** The Flowdock REST and streaming API under {@code /flowdock}. */
@NullMarked
package dev.teamgate.flowdock;

import org.jspecify.annotations.NullMarked;
