/** Integration sources and their tokens. */
@NullMarked
package dev.teamgate.domain.integration;

import org.jspecify.annotations.NullMarked;
