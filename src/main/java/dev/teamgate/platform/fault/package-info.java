/** Fault injection: rules from the control plane that delay, drop or fail vendor requests. */
@NullMarked
package dev.teamgate.platform.fault;

import org.jspecify.annotations.NullMarked;
