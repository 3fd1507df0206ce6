/** Outbound webhooks: asynchronous, retried, recorded delivery of what vendors build and sign. */
@NullMarked
package dev.teamgate.platform.webhook;

import org.jspecify.annotations.NullMarked;
