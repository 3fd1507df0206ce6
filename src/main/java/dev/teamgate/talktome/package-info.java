/** The talk-to-me (MEMOIO) accounts API under {@code /talktome}. */
@NullMarked
package dev.teamgate.talktome;

import org.jspecify.annotations.NullMarked;
