/** The Teamfluence external API under {@code /teamfluence/external}. */
@NullMarked
package dev.teamgate.teamfluence;

import org.jspecify.annotations.NullMarked;
