/** The request firewall: one decoded, unambiguous path before routing and authentication. */
@NullMarked
package dev.teamgate.platform.firewall;

import org.jspecify.annotations.NullMarked;
