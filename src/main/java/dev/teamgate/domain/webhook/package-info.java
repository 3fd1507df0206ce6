/** Webhook subscriptions and their state. */
@NullMarked
package dev.teamgate.domain.webhook;

import org.jspecify.annotations.NullMarked;
