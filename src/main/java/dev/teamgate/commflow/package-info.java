/** The CommFlow REST API v1 under {@code /commflow/v1}. */
@NullMarked
package dev.teamgate.commflow;

import org.jspecify.annotations.NullMarked;
