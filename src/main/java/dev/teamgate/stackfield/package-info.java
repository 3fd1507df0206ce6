/** Stackfield incoming webhooks under {@code /stackfield/apiwh}. */
@NullMarked
package dev.teamgate.stackfield;

import org.jspecify.annotations.NullMarked;
