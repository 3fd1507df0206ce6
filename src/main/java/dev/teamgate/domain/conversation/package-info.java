/** Conversations. */
@NullMarked
package dev.teamgate.domain.conversation;

import org.jspecify.annotations.NullMarked;
